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
        // ISO-8859-1 maps bytes to chars one to one, so string offsets are byte offsets.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(text);
        Matcher date = METADATA_DATE.matcher(text);
        while (date.find()) {
            if (date.group(1).length() == isoDate.length()) out.replace(date.start(1), date.end(1), isoDate);
        }
        Matcher id = FILE_ID.matcher(out);
        int last = -1;
        while (id.find()) last = id.start();
        if (last >= 0 && id.find(last)) {
            int len = id.group(1).length();
            String zeros = "0".repeat(len);
            out.replace(id.start(1), id.end(1), zeros).replace(id.start(2), id.end(2), zeros);
            String digest = digest(out.toString().getBytes(StandardCharsets.ISO_8859_1)).substring(0, len);
            out.replace(id.start(1), id.end(1), digest).replace(id.start(2), id.end(2), digest);
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
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
