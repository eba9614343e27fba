package press.reader.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which build of the tool's own code is running, for the cache keys: a cache entry made by other code (an edited
 * class, a rebuilt jar) must not be served, since new code may make different outputs from the same inputs. The
 * version number alone did not change while developers rebuilt, and stale PDFs were served from old caches.
 * Cheap on purpose (it runs once per process): the jar's size and time, or each class file's path, size and time.
 */
final class CodeFingerprint {
    private CodeFingerprint() {}

    /** The fingerprint of the code {@code type} was loaded from, or "" when that cannot be told. */
    static String of(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) return "";
            return of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return "";
        }
    }

    /** A jar or a folder of classes: what changes whenever the code is rebuilt. */
    static String of(Path code) {
        try {
            if (Files.isRegularFile(code)) {
                return BuildCache.hash(code.getFileName().toString(), Files.size(code),
                        Files.getLastModifiedTime(code).toMillis());
            }
            if (!Files.isDirectory(code)) return "";
            try (Stream<Path> files = Files.walk(code)) {
                List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
                StringBuilder all = new StringBuilder();
                for (Path f : sorted) {
                    all.append(code.relativize(f)).append(' ').append(Files.size(f)).append(' ')
                            .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
                }
                return BuildCache.hash(all.toString());
            }
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
