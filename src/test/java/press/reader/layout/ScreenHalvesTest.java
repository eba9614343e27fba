package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import press.reader.pdf.AccessiblePdf;
import press.reader.support.TestBooks;
import press.reader.xml.Xslt;

/**
 * The screen PDF's second half of page sequences starts where the page map puts it, and is laid out again from where
 * the first half really ends when the map was wrong: the prediction decides when the work is done, not what prints.
 */
class ScreenHalvesTest {
    private static final String ISO = "2026-01-01T00:00:00Z";

    @Test
    void theSecondHalfStartsAtTheSequenceNearestTheMiddlePageWhoseStartTheMapTells() {
        List<FoChapters.Sequence> sequences = List.of(
                sequence("front", "title"), sequence("ch1", "ch1-p1"), sequence("ch2", "ch2-p1"),
                sequence("ch3"), sequence("index"));
        PageMap map = new PageMap(Map.of(
                "front", new PageMap.Page(1, "i"), "title", new PageMap.Page(1, "i"),
                "ch1", new PageMap.Page(5, "1"), "ch1-p1", new PageMap.Page(6, "2"),
                "ch2", new PageMap.Page(31, "27"), "ch2-p1", new PageMap.Page(31, "27"),
                "ch3", new PageMap.Page(52, "48"), "index", new PageMap.Page(61, "57")));

        assertEquals(new ScreenHalves.Start(2, 30, 27), ScreenHalves.secondHalf(sequences, map),
                "ch2 starts on page 31 of 61, nearer the middle than ch1's 5 or ch3's 52: 30 pages before it, "
                        + "numbered from 27");
    }

    @Test
    void noSequenceIsGuessedAtWhoseStartTheMapCannotTell() {
        List<FoChapters.Sequence> sequences = List.of(sequence("front"), sequence("preface"),
                sequence("ch1-p2", "ch1"), sequence("ch2"));
        PageMap map = new PageMap(Map.of(
                "front", new PageMap.Page(1, "i"),
                "preface", new PageMap.Page(3, "iii"),             // a roman folio: its number is not guessed at
                "ch1-p2", new PageMap.Page(8, "2"), "ch1", new PageMap.Page(7, "1"))); // its first place not first

        assertNull(ScreenHalves.secondHalf(sequences, map), "ch2 is not in the map; the others cannot be told");
    }

    @Test
    void aWrongPredictionIsLaidOutAgainFromWhereTheFirstHalfEnds() throws Exception {
        var built = TestBooks.mini();
        Xslt xslt = TestBooks.workshop().xslt();
        XdmNode book = xslt.processor().newDocumentBuilder().build(built.file(".book.xml").toFile());
        PageMap made = PageMap.readXml(built.file(".pagemap.xml"));
        PrintLayout layout = new PrintLayout(xslt, new FopEngine(TestBooks.STYLES), TestBooks.STYLES);
        Date date = new Date(TestBooks.EPOCH * 1000);
        Map<String, String> params = Map.of("creation-date", ISO);

        long before = ScreenHalves.mispredicted();
        byte[] right = layout.renderScreenBySequence(book, params, made, date, new FopEngine.Messages(),
                AccessiblePdf.BY_SEQUENCE, true);
        assertEquals(before, ScreenHalves.mispredicted(), "the map the layout made tells where the second half starts");
        ScreenHalves.Start start = layout.screenWork().secondHalf();
        assertNotNull(start, "the mini book's screen PDF is laid out in two halves");

        // every place two pages later, every arabic folio two higher: the second half is predicted two pages late
        // (what the stylesheet prints from the map changes too, but not where the sequences start)
        Map<String, PageMap.Page> wrong = new HashMap<>();
        made.all().forEach((id, p) -> wrong.put(id, new PageMap.Page(p.index() + 2,
                p.folio().matches("\\d+") ? String.valueOf(Integer.parseInt(p.folio()) + 2) : p.folio())));
        byte[] fromWrongStart = layout.renderScreenBySequence(book, params, new PageMap(wrong), date,
                new FopEngine.Messages(), AccessiblePdf.BY_SEQUENCE, true);
        assertEquals(before + 1, ScreenHalves.mispredicted(), "the second half was predicted two pages late");

        try (PDDocument a = Loader.loadPDF(right); PDDocument b = Loader.loadPDF(fromWrongStart)) {
            List<String> labels = labels(a);
            assertEquals(labels, labels(b), "laid out again from its real start, the second half is numbered as it "
                    + "prints");
            assertEquals(String.valueOf(start.number()), labels.get(start.pagesBefore()), "the labels compared are "
                    + "the layout's: the second half's first page is numbered as the right map said");
        }
    }

    private static List<String> labels(PDDocument pdf) throws Exception {
        return List.of(pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices());
    }

    /** A page sequence naming {@code ids}, in order. */
    private static FoChapters.Sequence sequence(String... ids) {
        FoChapters.Sequence s = new FoChapters.Sequence();
        s.ids.addAll(List.of(ids));
        return s;
    }
}
