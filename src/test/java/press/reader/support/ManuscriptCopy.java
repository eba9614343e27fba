package press.reader.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;

/** A writable copy of a test manuscript, to break on purpose, and `check` run on it. */
public final class ManuscriptCopy {
    private final Path root;

    private ManuscriptCopy(Path root) {
        this.root = root;
    }

    public static ManuscriptCopy of(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path d = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(d);
                else Files.copy(p, d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ManuscriptCopy(target);
    }

    public static ManuscriptCopy mini(Path target) {
        return of(TestBooks.MINI_MANUSCRIPT, target);
    }

    public Path root() {
        return root;
    }

    public String read(String name) {
        try {
            return Files.readString(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ManuscriptCopy write(String name, String text) {
        try {
            Files.createDirectories(root.resolve(name).getParent());
            Files.writeString(root.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds {@code text} as a paragraph of its own after the end of {@code name} (a blank line before it). */
    public ManuscriptCopy append(String name, String text) {
        return write(name, read(name) + "\n" + text + "\n");
    }

    /** Replaces exactly one occurrence of {@code from}, failing the test set-up if it is not there once. */
    public ManuscriptCopy replace(String name, String from, String to) {
        String text = read(name);
        if (text.indexOf(from) < 0 || text.indexOf(from) != text.lastIndexOf(from)) {
            throw new AssertionError("test set-up: '" + from + "' must occur once in " + name);
        }
        return write(name, text.replace(from, to));
    }

    /** Runs every check (as the `check` command does) and returns the diagnostics, fatal ones included. */
    public java.util.List<Diagnostic> check() {
        Diagnostics d = new Diagnostics();
        try {
            TestBooks.builder().check(root, d);
        } catch (UserError e) {
            d.addAll(e.diagnostics());
        }
        return d.all();
    }
}
