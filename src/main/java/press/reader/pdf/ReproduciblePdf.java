package press.reader.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes FOP's PDF depend only on its input. FOP stamps the XMP metadata date with the clock and draws the file
 * identifier (/ID) at random; both are replaced in place, with values of the same length, so no offset moves:
 * the date with the build's date (SOURCE_DATE_EPOCH), the identifier with a digest of the rest of the file.
 */
public final class ReproduciblePdf {
    private static final Pattern METADATA_DATE = Pattern.compile("<xmp:MetadataDate>([^<]*)</xmp:MetadataDate>");
    private static final Pattern FILE_ID = Pattern.compile("/ID \\[<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>\\]");

    private ReproduciblePdf() {}

    public static byte[] fix(byte[] pdf, String isoDate) {
        // One copy of the file, changed in place: every replacement has the length of what it replaces. The file is
        // read as ISO-8859-1 text (a byte is a char), through a view of the bytes, not a string copy of them: the
        // screen PDF of a book fifty times this one is tens of megabytes, and four copies of it were made here.
        byte[] out = pdf.clone();
        CharSequence text = new Latin1(out);
        Matcher date = METADATA_DATE.matcher(text);
        while (date.find()) {
            if (date.group(1).length() == isoDate.length()) put(out, date.start(1), isoDate);
        }
        Matcher id = FILE_ID.matcher(text);
        int last = -1;
        while (id.find()) last = id.start();
        if (last >= 0 && id.find(last)) {
            // each half keeps its own length (FOP writes them alike), so no byte after them moves
            int first = id.start(1), second = id.start(2);
            int len1 = id.group(1).length(), len2 = id.group(2).length();
            put(out, first, "0".repeat(len1));
            put(out, second, "0".repeat(len2));
            String digest = digest(out);
            put(out, first, digest.substring(0, len1));
            put(out, second, digest.substring(0, len2));
        }
        return out;
    }

    /** Writes the ASCII {@code s} over the bytes from {@code at}. */
    private static void put(byte[] bytes, int at, String s) {
        for (int i = 0; i < s.length(); i++) bytes[at + i] = (byte) s.charAt(i);
    }

    /** Bytes seen as ISO-8859-1 characters, without copying them. */
    private record Latin1(byte[] bytes, int from, int to) implements CharSequence {
        Latin1(byte[] bytes) {
            this(bytes, 0, bytes.length);
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[from + index] & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Latin1(bytes, from + start, from + end);
        }

        @Override
        public String toString() {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
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
