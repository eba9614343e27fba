package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.Diagnostics;
import press.reader.pdf.AccessiblePdf;
import press.reader.pdf.ReproduciblePdf;
import press.reader.support.TestBooks;
import press.reader.xml.Xslt;

/**
 * A cold build's first print pass has the build's thread lay out the screen edition's sequences ahead
 * ({@link ScreenAhead}); the screen render takes those whose fingerprint is the one it gives them. What is printed
 * must not depend on it: the screen PDF rendered with the sequences laid out ahead is, byte for byte, the one rendered
 * without, and each sequence laid out ahead is taken (none is laid out twice). The turn is always the build's thread's
 * here (a build's waits for an idle second core while the print has sequences left), so the work is the same each run.
 */
class ScreenAheadTest {
    private static final String ISO = "2026-01-01T00:00:00Z";
    private static final Map<String, String> PARAMS = Map.of("creation-date", ISO);
    private static Xslt xslt;
    private static XdmNode book;
    private static FopEngine fop;
    private static Date date;

    @BeforeAll
    static void book() throws Exception {
        var built = TestBooks.mini();
        xslt = TestBooks.workshop().xslt();
        book = xslt.processor().newDocumentBuilder().build(built.file(".book.xml").toFile());
        fop = new FopEngine(TestBooks.STYLES);
        date = new Date(TestBooks.EPOCH * 1000);
    }

    @Test
    void theScreenSequencesLaidOutAheadAreTakenAndPrintTheSameBytes() throws Exception {
        ChapterLayout.Cache cache = new ChapterLayout.Cache();
        PrintLayout print = new PrintLayout(xslt, fop, TestBooks.STYLES).byChapter(cache, "test")
                .layOutScreenAhead(pages -> true, printBusy -> true);
        PrintLayout.Result r = print.layout(book, PARAMS, date, new Diagnostics(), null);
        long laid = cache.screenAheadLaid();
        System.out.println("mini book: " + laid + " screen sequences laid out ahead in the first pass");
        assertTrue(laid > 0, "the first pass laid screen sequences out ahead");

        FopEngine.Work before = fop.work();
        byte[] withAhead = screenPdf(new PrintLayout(xslt, fop, TestBooks.STYLES).takingScreenAhead(cache, "test"),
                r.laidOutFrom());
        FopEngine.Work render = since(before, fop.work());
        assertEquals(laid, cache.screenAheadTaken(), "every sequence laid out ahead taken by the render");
        byte[] without = screenPdf(new PrintLayout(xslt, fop, TestBooks.STYLES), r.laidOutFrom());
        FopEngine.Work whole = since(before, fop.work());
        System.out.println("mini book: the render drew " + render.pdfRenders() + " sequences, without them "
                + (whole.pdfRenders() - render.pdfRenders()));
        assertEquals(whole.pdfRenders() - render.pdfRenders() - laid, render.pdfRenders(),
                "the render drew only the sequences not laid out ahead");
        assertArrayEquals(without, withAhead, "the sequences laid out ahead print what the render's would");
    }

    @Test
    void aBookTooLongForTheHeapGetsNone() throws Exception {
        ChapterLayout.Cache cache = new ChapterLayout.Cache();
        new PrintLayout(xslt, fop, TestBooks.STYLES).byChapter(cache, "test")
                .layOutScreenAhead(pages -> false, printBusy -> true)
                .layout(book, PARAMS, date, new Diagnostics(), null);
        assertEquals(0, cache.screenAheadLaid(), "no room: nothing laid out ahead");
    }

    @Test
    void aFingerprintTakenWithAnotherContextIsNotTaken() throws Exception {
        ChapterLayout.Cache cache = new ChapterLayout.Cache();
        PrintLayout.Result r = new PrintLayout(xslt, fop, TestBooks.STYLES).byChapter(cache, "test")
                .layOutScreenAhead(pages -> true, printBusy -> true)
                .layout(book, PARAMS, date, new Diagnostics(), null);
        assertTrue(cache.screenAheadLaid() > 0);
        // the styles or the tool changed between the layout and the render: nothing of the first pass is theirs
        screenPdf(new PrintLayout(xslt, fop, TestBooks.STYLES).takingScreenAhead(cache, "other styles"),
                r.laidOutFrom());
        assertEquals(0, cache.screenAheadTaken());
    }

    @Test
    void theBooksPagesAreEstimatedInProportionToItsXslFo() {
        assertEquals(300, ScreenAhead.proportion(100, 1_000, 3_000));
        assertEquals(34, ScreenAhead.proportion(10, 3, 10), "rounded up");
        assertEquals(7, ScreenAhead.proportion(7, 0, 10), "nothing read yet: the pages so far");
    }

    private static byte[] screenPdf(PrintLayout layout, PageMap map) throws Exception {
        return ReproduciblePdf.fix(layout.renderScreenBySequence(book, PARAMS, map, date, new FopEngine.Messages(),
                AccessiblePdf.BY_SEQUENCE), ISO);
    }

    private static FopEngine.Work since(FopEngine.Work before, FopEngine.Work now) {
        return new FopEngine.Work(now.pdfRenders() - before.pdfRenders(), now.layoutsOnly() - before.layoutsOnly());
    }
}
