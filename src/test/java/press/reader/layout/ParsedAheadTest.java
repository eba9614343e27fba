package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * The sequences' PDFs a helper parses ahead of the assembly are the ones the assembly would parse itself, handed over
 * in its order; what the helper has not taken, the assembly parses; what it parsed and was not taken is let go.
 */
class ParsedAheadTest {
    @Test
    void theAssemblyTakesEachSequenceInOrderWhetherTheHelperParsedItOrNot() throws Exception {
        List<byte[]> pdfs = new ArrayList<>();
        for (int i = 1; i <= 6; i++) pdfs.add(pdfOf(i));
        ParsedAhead ahead = new ParsedAhead(pdfs);
        Thread helper = new Thread(ahead::help, "helper");
        helper.start();
        // the helper parses the first two before the assembly asks (it keeps two ahead of the one wanted)
        for (int tries = 0; ahead.parsedHere() < 2 && tries < 5_000; tries++) Thread.sleep(1);
        assertEquals(2, ahead.parsedHere(), "two parsed ahead, then it waits for the assembly");

        for (int i = 0; i < pdfs.size(); i++) {
            try (PDDocument d = ahead.take(i)) {
                assertEquals(i + 1, d.getNumberOfPages(), "sequence " + i + " is the " + (i + 1) + "-page PDF");
            }
        }
        ahead.close();
        helper.join(10_000);
        assertTrue(!helper.isAlive(), "the helper ends with the assembly");
        assertTrue(ahead.parsedHere() >= 2, "parsed by the helper: " + ahead.parsedHere());
    }

    @Test
    void withoutAHelperTheAssemblyParsesEverySequenceItself() throws Exception {
        List<byte[]> pdfs = List.of(pdfOf(1), pdfOf(2));
        ParsedAhead ahead = new ParsedAhead(pdfs);
        try (PDDocument a = ahead.take(0); PDDocument b = ahead.take(1)) {
            assertEquals(1, a.getNumberOfPages());
            assertEquals(2, b.getNumberOfPages());
        }
        ahead.close();
        assertEquals(0, ahead.parsedHere());
    }

    private static byte[] pdfOf(int pages) throws Exception {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) d.addPage(new PDPage(PDRectangle.A5));
            d.save(out);
            return out.toByteArray();
        }
    }
}
