package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import press.reader.cli.Main;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.publish.BookBuilder;
import press.reader.support.TestBooks;

/**
 * Helpers for hostile-input tests: a fresh copy of the mini manuscript to break, the command line run in-process
 * with its output captured, and the assertion every broken input must pass (a {@code file:line:} message, a
 * non-zero exit, no stack trace).
 */
final class Hostile {
    static final Path MINI = TestBooks.MINI_MANUSCRIPT;

    private Hostile() {}

    /** What one command-line run printed and returned. */
    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    /** Copies the mini manuscript to {@code dir/ms} and returns that folder. */
    static Path copyMini(Path dir) {
        Path target = dir.resolve("ms");
        try (Stream<Path> files = Files.walk(MINI)) {
            for (Path p : files.toList()) {
                Path dest = target.resolve(MINI.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static void write(Path root, String name, String text) {
        writeBytes(root, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static void writeBytes(Path root, String name, byte[] bytes) {
        try {
            Path p = root.resolve(name);
            Files.createDirectories(p.getParent());
            Files.deleteIfExists(p);
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Markdown piece: front matter with {@code title}, then {@code body}. */
    static String piece(String title, String body) {
        return "---\ntitle: " + title + "\n---\n" + body;
    }

    /**
     * Runs the command line in this JVM, capturing what it prints, over the warm parts every test shares (a new
     * workshop per run would read the fonts and parse the citation style each time). Tests run one at a time, so
     * this is safe.
     */
    static synchronized Run cli(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run(TestBooks::workshopFor, args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run check(Path manuscript) {
        return cli("check", "--manuscript", manuscript.toString(), "--styles", TestBooks.STYLES.toString());
    }

    /** The shared warm builder (compiled stylesheets and FOP fonts are reused across tests). */
    static BookBuilder builder() {
        return TestBooks.builder();
    }

    /** Runs `check` through the warm builder and returns every diagnostic, including a stopping error's. */
    static List<Diagnostic> diagnostics(Path manuscript) {
        Diagnostics d = new Diagnostics();
        try {
            builder().check(manuscript, d);
        } catch (UserError e) {
            d.addAll(e.diagnostics());
        }
        return d.all();
    }

    /**
     * The contract for a broken manuscript: exit code 1, a line {@code <file>:<line>: error: ...} containing
     * {@code words}, and nothing that looks like a stack trace or an internal error.
     */
    static void assertClearError(Run r, String file, int line, String words) {
        assertEquals(1, r.exit(), () -> "exit code; output:\n" + r.all());
        String where = file + ":" + line + ": error: ";
        // a column, where known, follows the line: file:line:column: error: ...
        java.util.regex.Pattern at = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(file + ":" + line + ":")
                + "(\\d+:)? error: .*");
        boolean found = r.all().lines().anyMatch(l -> at.matcher(l).matches() && l.contains(words));
        assertTrue(found, () -> "expected a line starting '" + where + "' containing '" + words + "'; output:\n" + r.all());
        assertNoTrace(r);
    }

    static void assertNoTrace(Run r) {
        String all = r.all();
        assertFalse(all.contains("\tat ") || all.contains("Exception") || all.contains("internal error"),
                () -> "a stack trace or internal error leaked:\n" + all);
    }
}
