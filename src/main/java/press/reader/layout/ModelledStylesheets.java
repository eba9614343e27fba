package press.reader.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The print stylesheets {@link DivisionSources} was checked against: the styles folder's own {@code *.xsl} files
 * (fo.xsl and its modules), each with the SHA-256 of its bytes when someone last compared every read the stylesheet
 * makes across divisions with what the key holds ({@value #RECORD}, beside this class). A warm rebuild keeps a
 * division's XSL-FO only while the styles folder's stylesheets are those bytes: a designer's edited fo.xsl, or a
 * {@code --styles} folder of their own, may read across divisions in ways the key does not model (the first note of
 * the book printed in every chapter's opening, "chapter n of N"), and a kept division would then print stale words
 * with no page moving to tell. Then every division is written again, as before the keys. A stock stylesheet changed
 * in this repository fails {@code ModelledStylesheetsTest} until the key is checked again and the record rewritten.
 */
public final class ModelledStylesheets {
    static final String RECORD = "division-sources-checked.txt";

    /** The digest (SHA-256) of a file's bytes; the build passes its remembered digests of the styles folder. */
    public interface Digests {
        byte[] of(Path file) throws IOException;
    }

    private ModelledStylesheets() {}

    /** Whether every stylesheet of the record is in {@code stylesDir} with the bytes the key was checked against. */
    public static boolean in(Path stylesDir, Digests digests) {
        try {
            for (Map.Entry<String, String> e : recorded().entrySet()) {
                Path file = stylesDir.resolve(e.getKey());
                if (!Files.isRegularFile(file) || !e.getValue().equals(HexFormat.of().formatHex(digests.of(file)))) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;   // a stylesheet that cannot be read fails the build where the stylesheet is compiled
        }
    }

    /** The record: file name → SHA-256 (hex), one "digest  name" line a file, as {@code sha256sum} writes them. */
    public static Map<String, String> recorded() {
        try (InputStream in = ModelledStylesheets.class.getResourceAsStream(RECORD)) {
            if (in == null) return Map.of("fo.xsl", "unrecorded");
            Map<String, String> record = new TreeMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.trim().split("\\s+", 2);
                record.put(parts[1], parts[0]);
            }
            return record;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The styles folder's own stylesheets (its top-level {@code *.xsl}) as the record would list them. */
    public static Map<String, String> current(Path stylesDir, Digests digests) throws IOException {
        Map<String, String> now = new TreeMap<>();
        try (Stream<Path> files = Files.list(stylesDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".xsl")).toList()) {
                now.put(f.getFileName().toString(), HexFormat.of().formatHex(digests.of(f)));
            }
        }
        return now;
    }
}
