package press.reader.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/**
 * Writes a zip of entries whose data is ready ({@link ZipEntryData}): each local header with its sizes and CRC (no
 * data descriptor), no extra fields, one fixed DOS time, then the central directory. {@code java.util.zip} cannot
 * take data deflated already, and Commons Compress, which can, would add three jars for these few headers. Only what
 * an EPUB needs: fewer than 65,535 entries, no entry or archive of 4 GB (no Zip64).
 */
final class OcfZipWriter implements AutoCloseable {
    private static final int UTF8_NAMES = 0x0800;
    private final OutputStream out;
    private final int dosTime;
    private final int dosDate;
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private long offset;
    private int entries;

    /** {@code time}: the local time every entry carries, in the DOS range (1980 onwards) */
    OcfZipWriter(OutputStream out, LocalDateTime time) {
        if (time.getYear() < 1980 || time.getYear() > 2107) throw new IllegalArgumentException("not a DOS time: " + time);
        this.out = out;
        this.dosTime = time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() / 2;
        this.dosDate = (time.getYear() - 1980) << 9 | time.getMonthValue() << 5 | time.getDayOfMonth();
    }

    void add(String name, ZipEntryData e) throws IOException {
        if (entries == 0xFFFF || offset + e.data().length > 0xFFFFFFFFL) throw new IOException("too large for a zip without Zip64");
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        int version = e.deflated() ? 20 : 10;
        int method = e.deflated() ? 8 : 0;
        ByteArrayOutputStream local = new ByteArrayOutputStream(30 + n.length);
        int32(local, 0x04034b50);
        int16(local, version);
        common(local, method, e, n);
        int16(local, 0);                  // extra field length
        local.write(n);
        local.writeTo(out);
        out.write(e.data());

        int32(central, 0x02014b50);
        int16(central, version);          // made by
        int16(central, version);          // needed to extract
        common(central, method, e, n);
        int16(central, 0);                // extra field length
        int16(central, 0);                // comment length
        int16(central, 0);                // disk number
        int16(central, 0);                // internal attributes
        int32(central, 0);                // external attributes
        int32(central, offset);
        central.write(n);

        offset += local.size() + e.data().length;
        entries++;
    }

    /** Flags, method, time, date, CRC, sizes and the name's length: the same in the local and the central header. */
    private void common(ByteArrayOutputStream b, int method, ZipEntryData e, byte[] name) {
        int16(b, UTF8_NAMES);
        int16(b, method);
        int16(b, dosTime);
        int16(b, dosDate);
        int32(b, e.crc());
        int32(b, e.data().length);
        int32(b, e.size());
        int16(b, name.length);
    }

    /** Writes the central directory and its end record; does not close the stream. */
    @Override
    public void close() throws IOException {
        central.writeTo(out);
        ByteArrayOutputStream end = new ByteArrayOutputStream(22);
        int32(end, 0x06054b50);
        int16(end, 0);                    // this disk
        int16(end, 0);                    // the central directory's disk
        int16(end, entries);
        int16(end, entries);
        int32(end, central.size());
        int32(end, offset);
        int16(end, 0);                    // comment length
        end.writeTo(out);
        out.flush();
    }

    private static void int16(ByteArrayOutputStream b, int v) {
        b.write(v);
        b.write(v >>> 8);
    }

    private static void int32(ByteArrayOutputStream b, long v) {
        b.write((int) v);
        b.write((int) (v >>> 8));
        b.write((int) (v >>> 16));
        b.write((int) (v >>> 24));
    }
}
