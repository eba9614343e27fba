package press.reader.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String name = folder.relativize(f).toString().replace('\\', '/');
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
