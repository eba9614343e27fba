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
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips an unpacked EPUB folder the way the OCF spec wants: "mimetype" first, stored, no extra field; then every
 * other file in sorted order with a fixed time, so the same book gives the same bytes.
 */
final class EpubZip {
    private static final Pattern ALREADY_COMPRESSED =
            Pattern.compile("\\.(otf|ttf|woff2?|png|jpe?g)$");
    private EpubZip() {}

    static void zip(Path folder, OutputStream out, long epochMillis) throws IOException {
        zip(folder, Map.of(), out, epochMillis);
    }

    /**
     * Zips {@code folder} together with {@code asTheyAre}: files that belong in the package under the given names
     * (relative to the folder) but lie elsewhere. The entries are in the order of their paths in the folder, as if
     * those files had been copied there.
     */
    static void zip(Path folder, Map<String, Path> asTheyAre, OutputStream out, long epochMillis) throws IOException {
        // DOS time only (setTimeLocal within the DOS range adds no extra field, which OCF forbids on mimetype),
        // taken in UTC so that the bytes do not depend on the machine's time zone.
        LocalDateTime time = LocalDateTime.ofEpochSecond(Math.max(epochMillis / 1000, 315532800L), 0, ZoneOffset.UTC);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mimetype.length);
            m.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            m.setCrc(crc.getValue());
            m.setTimeLocal(time);
            zip.putNextEntry(m);
            zip.write(mimetype);
            zip.closeEntry();
            // each entry's place in the folder -> the file that holds its bytes
            Map<Path, Path> sources = new TreeMap<>();
            for (Map.Entry<String, Path> e : asTheyAre.entrySet()) sources.put(folder.resolve(e.getKey()), e.getValue());
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    if (sources.putIfAbsent(f, f) != null) throw new IOException("two files for the EPUB's " + folder.relativize(f));
                }
            }
            for (Map.Entry<Path, Path> entry : sources.entrySet()) {
                Path f = entry.getValue();
                String name = folder.relativize(entry.getKey()).toString().replace('\\', '/');
                if (name.equals("mimetype")) continue;
                ZipEntry e = new ZipEntry(name);
                e.setTimeLocal(time);
                if (ALREADY_COMPRESSED.matcher(name).find()) {
                    // Fonts and images are compressed already: deflating them again costs time and saves nothing.
                    byte[] data = Files.readAllBytes(f);
                    CRC32 c = new CRC32();
                    c.update(data);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    e.setCompressedSize(data.length);
                    e.setCrc(c.getValue());
                    zip.putNextEntry(e);
                    zip.write(data);
                } else {
                    zip.putNextEntry(e);
                    Files.copy(f, zip);
                }
                zip.closeEntry();
            }
        }
    }
}
