package press.reader.cli;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import press.reader.diagnostics.UserError;

/**
 * Finds the styles folder: the one given, else ./styles, else the copy bundled in the jar (unpacked once and kept:
 * {@link BundledStyles}), so that `java -jar` works for an editor who has only a manuscript folder.
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
            if ("file".equals(url.getProtocol())) return Path.of(url.toURI()).getParent();
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                throw new IllegalStateException("the bundled styles are neither a folder nor in a jar: " + url);
            }
            return BundledStyles.unpacked(Path.of(jar.getJarFileURL().toURI()));
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
