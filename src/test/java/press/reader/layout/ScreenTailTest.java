package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.reader.pdf.AccessiblePdf;
import press.reader.pdf.ReproduciblePdf;
import press.reader.support.TestBooks;
import press.reader.xml.Xslt;

/**
 * The build's thread takes the screen PDF's sequences from the last one back while the render lays them out in order:
 * what it lays out from where the map puts a sequence is used when the sequence really starts there, and laid out
 * again from its real start when it does not. The share decides who does the work, never what is printed.
 */
class ScreenTailTest {
    private static final String ISO = "2026-01-01T00:00:00Z";
    private static XdmNode book;
    private static PageMap made;
    private static PrintLayout layout;
    private static final Date DATE = new Date(TestBooks.EPOCH * 1000);
    private static final Map<String, String> PARAMS = Map.of("creation-date", ISO);

    @BeforeAll
    static void theMiniBook() throws Exception {
        var built = TestBooks.mini();
        Xslt xslt = TestBooks.workshop().xslt();
        book = xslt.processor().newDocumentBuilder().build(built.file(".book.xml").toFile());
        made = PageMap.readXml(built.file(".pagemap.xml"));
        layout = new PrintLayout(xslt, new FopEngine(TestBooks.STYLES), TestBooks.STYLES);
    }

    @Test
    void whatTheBuildsThreadTakesIsTheRendersOwnWhenTheMapIsRight() throws Exception {
        byte[] alone = render(made, null);
        ScreenTail tail = takenBeforeTheRenderGoesOn();
        long before = ScreenHalves.mispredicted();
        byte[] shared = render(made, tail);

        assertTrue(tail.laidOutHere() >= 2, "the build's thread took the sequences from the last one back: "
                + tail.laidOutHere());
        assertEquals(before, ScreenHalves.mispredicted(), "each started where the map said");
        assertArrayEquals(alone, shared, "the same PDF, whoever laid out which sequence");
    }

    @Test
    void aSequenceTakenFromAWrongStartIsLaidOutAgainFromItsRealOne() throws Exception {
        // every place two pages later, every arabic folio two higher: each sequence is predicted two pages late
        // (what the stylesheet prints from the map changes too, but not where the sequences start)
        Map<String, PageMap.Page> wrong = new HashMap<>();
        made.all().forEach((id, p) -> wrong.put(id, new PageMap.Page(p.index() + 2,
                p.folio().matches("\\d+") ? String.valueOf(Integer.parseInt(p.folio()) + 2) : p.folio())));
        PageMap twoPagesOff = new PageMap(wrong);
        byte[] alone = render(twoPagesOff, null);
        ScreenTail tail = takenBeforeTheRenderGoesOn();
        long before = ScreenHalves.mispredicted();
        byte[] shared = render(twoPagesOff, tail);

        assertTrue(tail.laidOutHere() >= 2, "the build's thread took sequences: " + tail.laidOutHere());
        assertEquals(before + tail.laidOutHere(), ScreenHalves.mispredicted(),
                "every sequence it took was laid out again");
        try (PDDocument a = Loader.loadPDF(alone); PDDocument b = Loader.loadPDF(shared)) {
            assertEquals(labels(a), labels(b), "laid out again from their real starts, the pages are numbered as "
                    + "they print");
        }
        assertArrayEquals(alone, shared, "and the PDF is the one the render makes alone");
    }

    @Test
    void aSequenceWhoseStartTheMapCannotTellIsLeftToTheRenderAndTheOnesBeforeItAreTaken() throws Exception {
        byte[] alone = render(made, null);
        // the last sequence's start is not told (as the blank pages of a signature, which name no place, are not)
        AtomicInteger last = new AtomicInteger(-1);
        ScreenTail tail = takenBeforeTheRenderGoesOn((i, s, map) -> {
            if (last.get() < 0) last.set(i);      // the first asked about is the last sequence
            return i == last.get() ? null : ScreenHalves.predicted(i, s, map);
        });
        byte[] shared = render(made, tail);

        assertTrue(tail.laidOutHere() >= 2, "the sequences before the last were taken: " + tail.laidOutHere());
        assertArrayEquals(alone, shared, "the same PDF, whoever laid out which sequence");
    }

    @Test
    void theSequencesParsedAheadOfTheAssemblyMakeTheSamePdf() throws Exception {
        byte[] alone = render(made, null);
        ScreenTail tail = new ScreenTail();
        tail.started();
        Thread share = new Thread(tail::takeShare, "the build's thread");
        share.start();
        byte[] shared;
        try {
            shared = render(made, tail);
        } finally {
            tail.finished();
            share.join(60_000);
        }
        assertTrue(!share.isAlive(), "the build's thread is done when the render is");
        assertArrayEquals(alone, shared, "the same PDF, whoever parsed which sequence");
    }

    /** A tail whose share is taken, whole, on another thread as soon as the render has its sequences. */
    private static ScreenTail takenBeforeTheRenderGoesOn() {
        return takenBeforeTheRenderGoesOn(ScreenHalves::predicted);
    }

    private static ScreenTail takenBeforeTheRenderGoesOn(ScreenTail.Predictor predictor) {
        AtomicReference<ScreenTail> self = new AtomicReference<>();
        ScreenTail tail = new ScreenTail(() -> {
            Thread share = new Thread(() -> self.get().takeShare(), "the build's thread");
            share.start();
            try {
                share.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, predictor);
        self.set(tail);
        return tail;
    }

    private static byte[] render(PageMap map, ScreenTail tail) throws Exception {
        // as the edition writes it: FOP's own dates and file identifier made the build's
        return ReproduciblePdf.fix(layout.renderScreenBySequence(book, PARAMS, map, DATE, new FopEngine.Messages(),
                AccessiblePdf.BY_SEQUENCE, false, tail), ISO);
    }

    private static List<String> labels(PDDocument pdf) throws Exception {
        return List.of(pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices());
    }
}
