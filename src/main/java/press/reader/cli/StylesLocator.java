package press.reader.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import press.reader.diagnostics.UserError;

/**
 * Finds the styles folder: the one given, else ./styles, else the copy bundled in the jar (extracted once to a
 * temporary folder), so that `java -jar` works for an editor who has only a manuscript folder.
 */
final class StylesLocator {
    private StylesLocator() {}

    static Path locate(Path given) {
        if (given != null) {
            if (!Files.isRegularFile(given.resolve("fo.xsl"))) {
                throw UserError.at(given.toString(), 0, "BP200", "not a styles folder (no fo.xsl in it)");
            }
            return given;
        }
        Path local = Path.of("styles");
        if (Files.isRegularFile(local.resolve("fo.xsl"))) return local.toAbsolutePath();
        return bundled();
    }

    private static Path bundled() {
        var url = StylesLocator.class.getResource("/styles/fo.xsl");
        if (url == null) throw UserError.at("styles", 0, "BP200", "no styles folder found; pass --styles DIR");
        try {
            URI uri = url.toURI();
            if ("file".equals(uri.getScheme())) return Path.of(uri).getParent();
            Path target = Files.createTempDirectory("bookpress-styles");
            // Removed when the JVM exits (normally, on Ctrl-C or SIGTERM), so runs of the jar leave nothing behind.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(target), "remove-extracted-styles"));
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of());
                 Stream<Path> files = Files.walk(fs.getPath("/styles"))) {
                for (Path p : files.toList()) {
                    Path dest = target.resolve(fs.getPath("/styles").relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(dest);
                    else Files.copy(p, dest);
                }
            }
            return target;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot unpack the bundled styles: " + e.getMessage(), e);
        }
    }

    /** Deletes {@code root} and all in it, as far as it can: what cannot be deleted is left for a later try. */
    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary folder or an old archive: the system's cleaner, or the next try, removes what is left
        }
    }
}
