package press.reader.epub;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * An entry's data as it stands in the zip: deflated (or stored) once, with the CRC and length of the plain bytes. An
 * unchanged chapter's entry is kept between builds ({@link EpubWriter.DivisionCache}) and written again as it is:
 * {@code java.util.zip} can only deflate every entry anew.
 */
public record ZipEntryData(boolean deflated, byte[] data, long crc, int size) {
    /** The plain bytes deflated, always the same way (zlib's default level, no header), so the same bytes give the same entry. */
    public static ZipEntryData deflate(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
            byte[] buffer = new byte[16384];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return new ZipEntryData(true, out.toByteArray(), crc(plain), plain.length);
        } finally {
            deflater.end();
        }
    }

    /** The bytes as they are: for the mimetype (OCF wants it stored) and for fonts and images (compressed already). */
    public static ZipEntryData store(byte[] plain) {
        return new ZipEntryData(false, plain, crc(plain), plain.length);
    }

    private static long crc(byte[] plain) {
        CRC32 c = new CRC32();
        c.update(plain);
        return c.getValue();
    }
}
