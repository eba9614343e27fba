package press.reader.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Zips an unpacked EPUB folder the way the OCF spec wants: "mimetype" first, stored, no extra field; then every
 * other file in sorted order with a fixed time, so the same book gives the same bytes ({@link OcfZipWriter}).
 */
final class EpubZip {
    private static final Pattern ALREADY_COMPRESSED =
            Pattern.compile("\\.(otf|ttf|woff2?|png|jpe?g)$");
    private EpubZip() {}

    static void zip(Path folder, OutputStream out, long epochMillis) throws IOException {
        zip(folder, Map.of(), Map.of(), out, epochMillis);
    }

    /**
     * Zips {@code folder} together with {@code asTheyAre}: files that belong in the package under the given names
     * (relative to the folder) but lie elsewhere, and {@code ready}: entries whose data is made already (a chapter
     * kept from an earlier build), which stand for the folder's file of that name if there is one. The entries are
     * in the order of their paths in the folder, as if all were files there.
     */
    static void zip(Path folder, Map<String, Path> asTheyAre, Map<String, ZipEntryData> ready, OutputStream out,
                    long epochMillis) throws IOException {
        // DOS time only, taken in UTC so that the bytes do not depend on the machine's time zone.
        LocalDateTime time = LocalDateTime.ofEpochSecond(Math.max(epochMillis / 1000, 315532800L), 0, ZoneOffset.UTC);
        try (OcfZipWriter zip = new OcfZipWriter(out, time)) {
            // first, stored, no extra field: what OCF asks of the mimetype
            zip.add("mimetype", ZipEntryData.store("application/epub+zip".getBytes(StandardCharsets.US_ASCII)));
            // each entry's place in the folder -> the file that holds its bytes (null: a ready entry)
            Map<Path, Path> sources = new TreeMap<>();
            for (Map.Entry<String, Path> e : asTheyAre.entrySet()) sources.put(folder.resolve(e.getKey()), e.getValue());
            for (String name : ready.keySet()) {
                if (sources.put(folder.resolve(name), null) != null) throw new IOException("two files for the EPUB's " + name);
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    if (sources.containsKey(f)) {
                        if (sources.get(f) != null) throw new IOException("two files for the EPUB's " + folder.relativize(f));
                    } else {
                        sources.put(f, f);
                    }
                }
            }
            for (Map.Entry<Path, Path> entry : sources.entrySet()) {
                String name = folder.relativize(entry.getKey()).toString().replace('\\', '/');
                if (name.equals("mimetype")) continue;
                ZipEntryData data = ready.get(name);
                if (data == null) {
                    byte[] plain = Files.readAllBytes(entry.getValue());
                    // Fonts and images are compressed already: deflating them again costs time and saves nothing.
                    data = ALREADY_COMPRESSED.matcher(name).find() ? ZipEntryData.store(plain) : ZipEntryData.deflate(plain);
                }
                zip.add(name, data);
            }
        }
    }
}
