package press.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReproduciblePdfTest {
    private static final String DATE = "2026-01-01T00:00:00Z";

    private static byte[] pdf(String id1, String id2, String date) {
        return ("%PDF-1.4\n<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\ntrailer << /ID [<" + id1 + "> <" + id2
                + ">] >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theSameBookGivesTheSameBytesWhateverTheRunsOwnIdAndDate() {
        byte[] a = ReproduciblePdf.fix(pdf("0123456789ABCDEF", "0123456789ABCDEF", "2030-05-05T10:11:12Z"), DATE);
        byte[] b = ReproduciblePdf.fix(pdf("FEDCBA9876543210", "FEDCBA9876543210", "2031-06-06T01:02:03Z"), DATE);
        assertArrayEquals(a, b);
        String text = new String(a, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(DATE), text);
        assertNotEquals(-1, text.indexOf("/ID [<"), text);
    }

    @Test
    void noByteMovesEvenWhenTheIdsHalvesDifferInLength() {
        byte[] in = pdf("0123456789ABCDEF", "01234567", "2030-05-05T10:11:12Z");
        byte[] out = ReproduciblePdf.fix(in, DATE);
        assertEquals(in.length, out.length);
        String text = new String(out, StandardCharsets.ISO_8859_1);
        String first = text.substring(text.indexOf("/ID [<") + 6, text.indexOf("> <"));
        String second = text.substring(text.indexOf("> <") + 3, text.indexOf(">]"));
        assertEquals(16, first.length());
        assertEquals(first.substring(0, 8), second);
    }

    /**
     * The bytes are scanned for the patterns' literal beginnings, not read as text by a regular expression: the same
     * results as the expressions' (the earlier implementation, kept here) on texts made of the patterns' pieces, whole
     * and broken, among random bytes.
     */
    @Test
    void theScanReplacesWhatTheRegularExpressionsMatch() throws Exception {
        String[] pieces = {"<xmp:MetadataDate>", "</xmp:MetadataDate>", "</xmp:Metadata", "<xmp:Meta", "/ID [<",
                "/ID [", "> <", ">]", ">", "<", "]", " ", "\n", "0123456789", "abcdef", "ABCDEF", "g", "\u00ff",
                DATE, "2030-05-05T10:11:12Z", "2030-05-05", "/ID [<0A> <0B>]", "/ID [<> <0B>]",
                "<xmp:MetadataDate>2030-05-05T10:11:12Z</xmp:MetadataDate>", "<xmp:MetadataDate>x</xmp:MetadataDate>"};
        Random random = new Random(17);
        for (int run = 0; run < 3000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                if (random.nextInt(8) == 0) text.append((char) random.nextInt(256));
                else text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] in = text.toString().getBytes(StandardCharsets.ISO_8859_1);
            assertArrayEquals(byRegularExpressions(in, DATE), ReproduciblePdf.fix(in, DATE), text.toString());
        }
    }

    /** ReproduciblePdf.fix as it was written with regular expressions. */
    private static byte[] byRegularExpressions(byte[] pdf, String isoDate) throws Exception {
        byte[] out = pdf.clone();
        Matcher date = Pattern.compile("<xmp:MetadataDate>([^<]*)</xmp:MetadataDate>")
                .matcher(new String(out, StandardCharsets.ISO_8859_1));
        while (date.find()) {
            if (date.group(1).length() == isoDate.length()) put(out, date.start(1), isoDate);
        }
        Matcher id = Pattern.compile("/ID \\[<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>\\]")
                .matcher(new String(out, StandardCharsets.ISO_8859_1));
        int last = -1;
        while (id.find()) last = id.start();
        if (last >= 0 && id.find(last)) {
            int first = id.start(1), second = id.start(2);
            int len1 = id.group(1).length(), len2 = id.group(2).length();
            put(out, first, "0".repeat(len1));
            put(out, second, "0".repeat(len2));
            String digest = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(out));
            put(out, first, digest.substring(0, len1));
            put(out, second, digest.substring(0, len2));
        }
        return out;
    }

    private static void put(byte[] bytes, int at, String s) {
        for (int i = 0; i < s.length(); i++) bytes[at + i] = (byte) s.charAt(i);
    }
}
