package press.reader.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The editor's text files of a manuscript (Markdown, YAML, JSON) as they were at one build, by path relative to the
 * manuscript folder, so that the next build can show the text diff of what was edited. The raw captures in
 * sources/ are never edited and are left out.
 */
final class ManuscriptText {
    /** A file larger than this is not kept (a diff of it would not be read either). */
    static final long MAX_FILE = 2_000_000;

    final Map<String, String> files;

    private ManuscriptText(Map<String, String> files) {
        this.files = Map.copyOf(files);
    }

    static ManuscriptText of(Map<String, String> files) {
        return new ManuscriptText(files);
    }

    static ManuscriptText read(Path manuscript) {
        Map<String, String> files = new TreeMap<>();
        Path root = manuscript.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("sources/") || !rel.matches(".*\\.(md|yaml|yml|json)") || Files.size(p) > MAX_FILE) continue;
                try {
                    files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // Not readable as UTF-8 just now (half-saved, or another encoding): the build reports it.
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // A file that cannot be read now (being saved) is left out; the build reports what is wrong with it.
        }
        return new ManuscriptText(files);
    }
}
