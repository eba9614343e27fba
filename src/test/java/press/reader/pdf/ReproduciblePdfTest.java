package press.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
}
