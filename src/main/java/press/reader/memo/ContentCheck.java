package press.reader.memo;

import java.util.zip.CRC32C;

/**
 * A check that a stored file holds the bytes that were stored: their length and CRC-32C, as "length-crc" in hex. Not
 * a key (a key names what something was made from, and is a SHA-256: {@link Fingerprint}); this only tells a torn
 * or damaged copy from a whole one. A truncated file always fails on its length; any other damage passes unnoticed
 * with a chance of one in four billion, and no cryptographic strength is needed: whoever can write the cache can
 * write its keys too. SHA-256 of a 3 MB print PDF took 20–50 ms under the quick compiler that {@code watch} and the
 * launcher run with, at each store of a warm rebuild; CRC-32C, which the JDK computes with the processor's CRC
 * instruction, takes a fraction of a millisecond.
 */
public final class ContentCheck {
    private ContentCheck() {}

    /** The check of {@code bytes}: "length-crc", both in lower-case hex. */
    public static String of(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return Integer.toHexString(bytes.length) + "-" + Long.toHexString(crc.getValue());
    }
}
