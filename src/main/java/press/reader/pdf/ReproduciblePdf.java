package press.reader.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Makes FOP's PDF depend only on its input. FOP stamps the XMP metadata date with the clock and draws the file
 * identifier (/ID) at random; both are replaced in place, with values of the same length, so no offset moves:
 * the date with the build's date (SOURCE_DATE_EPOCH), the identifier with a digest of the rest of the file.
 *
 * <p>What is replaced is what the patterns {@code <xmp:MetadataDate>([^<]*)</xmp:MetadataDate>} (every one) and
 * {@code /ID \[<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>\]} (the last one) match, found by scanning the bytes for their
 * literal beginnings: a regular expression over the file read as characters, one call a byte, was a tenth of a warm
 * print rebuild of a 3x book (ReproduciblePdfTest holds the two to the same results).
 */
public final class ReproduciblePdf {
    private static final byte[] DATE_OPEN = ascii("<xmp:MetadataDate>");
    private static final byte[] DATE_CLOSE = ascii("</xmp:MetadataDate>");
    private static final byte[] ID_OPEN = ascii("/ID [<");
    private static final byte[] ID_BETWEEN = ascii("> <");
    private static final byte[] ID_CLOSE = ascii(">]");

    private ReproduciblePdf() {}

    public static byte[] fix(byte[] pdf, String isoDate) {
        // One copy of the file, changed in place: every replacement has the length of what it replaces.
        byte[] out = pdf.clone();
        for (int at = indexOf(out, DATE_OPEN, 0); at >= 0; ) {
            int from = at + DATE_OPEN.length;
            int end = from;
            while (end < out.length && out[end] != '<') end++;
            if (startsWith(out, end, DATE_CLOSE)) {
                if (end - from == isoDate.length()) put(out, from, isoDate);
                at = indexOf(out, DATE_OPEN, end + DATE_CLOSE.length);
            } else {
                at = indexOf(out, DATE_OPEN, at + 1);
            }
        }
        // the last identifier: the trailer's (no match can begin inside another, so the last is the one found last)
        for (int at = lastIndexOf(out, ID_OPEN, out.length - ID_OPEN.length); at >= 0;
                at = lastIndexOf(out, ID_OPEN, at - 1)) {
            int first = at + ID_OPEN.length;
            int firstEnd = hexEnd(out, first);
            if (firstEnd == first || !startsWith(out, firstEnd, ID_BETWEEN)) continue;
            int second = firstEnd + ID_BETWEEN.length;
            int secondEnd = hexEnd(out, second);
            if (secondEnd == second || !startsWith(out, secondEnd, ID_CLOSE)) continue;
            // each half keeps its own length (FOP writes them alike), so no byte after them moves
            int len1 = firstEnd - first, len2 = secondEnd - second;
            put(out, first, "0".repeat(len1));
            put(out, second, "0".repeat(len2));
            String digest = digest(out);
            put(out, first, digest.substring(0, len1));
            put(out, second, digest.substring(0, len2));
            break;
        }
        return out;
    }

    /** The first place at or after {@code from} where {@code what} begins, or -1. */
    private static int indexOf(byte[] bytes, byte[] what, int from) {
        byte first = what[0];
        for (int i = Math.max(from, 0), last = bytes.length - what.length; i <= last; i++) {
            if (bytes[i] == first && startsWith(bytes, i, what)) return i;
        }
        return -1;
    }

    /** The last place at or before {@code from} where {@code what} begins, or -1. */
    private static int lastIndexOf(byte[] bytes, byte[] what, int from) {
        byte first = what[0];
        for (int i = Math.min(from, bytes.length - what.length); i >= 0; i--) {
            if (bytes[i] == first && startsWith(bytes, i, what)) return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] what) {
        if (at < 0 || at + what.length > bytes.length) return false;
        for (int k = 0; k < what.length; k++) if (bytes[at + k] != what[k]) return false;
        return true;
    }

    /** Where the run of hexadecimal digits from {@code at} ends. */
    private static int hexEnd(byte[] bytes, int at) {
        int i = at;
        while (i < bytes.length && isAsciiHex(bytes[i])) i++;
        return i;
    }

    private static boolean isAsciiHex(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
    }

    /** Writes the ASCII {@code s} over the bytes from {@code at}. */
    private static void put(byte[] bytes, int at, String s) {
        for (int i = 0; i < s.length(); i++) bytes[at + i] = (byte) s.charAt(i);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().withUpperCase().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
