package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.Diagnostics;
import press.reader.pdf.AccessiblePdf;
import press.reader.pdf.ReproduciblePdf;
import press.reader.support.TestBooks;
import press.reader.xml.Xslt;

/**
 * The screen PDF is drawn from the page map the print layout's accepted pass was laid out from
 * ({@code PrintLayout.Result.laidOutFrom}, {@code BuildContext.Print}), beside that pass, not from the map the pass
 * produced. The two may differ where no printed number of the print XSL-FO reads them (the settle rule proves that
 * much for the print stylesheet only); the assumption is that the screen edition's XSL-FO does not read them either,
 * so the screen PDF drawn from either map is the same PDF. Here the two maps differ (a paragraph's anchor a page off,
 * as a cold build's last pass leaves it) and the screen PDFs drawn from both are compared byte for byte.
 */
class ScreenFromLaidOutMapTest {
    private static final String ISO = "2026-01-01T00:00:00Z";

    @Test
    void theScreenPdfFromTheMapTheAcceptedPassWasLaidOutFromIsTheOneFromTheMapItMade() throws Exception {
        var built = TestBooks.mini();
        Xslt xslt = TestBooks.workshop().xslt();
        XdmNode book = xslt.processor().newDocumentBuilder().build(built.file(".book.xml").toFile());
        PageMap made = PageMap.readXml(built.file(".pagemap.xml"));
        // a paragraph's anchor a page later: a place the print XSL-FO prints no number of
        Map<String, PageMap.Page> moved = new HashMap<>(made.all());
        String paragraph = moved.keySet().stream().filter(id -> id.endsWith("-p1")).sorted().findFirst().orElseThrow();
        PageMap.Page p = moved.get(paragraph);
        moved.put(paragraph, new PageMap.Page(p.index() + 1, p.folio()));
        PageMap seed = new PageMap(moved);

        FopEngine fop = new FopEngine(TestBooks.STYLES);
        PrintLayout layout = new PrintLayout(xslt, fop, TestBooks.STYLES)
                .byChapter(new ChapterLayout.Cache(), "test");
        Date date = new Date(TestBooks.EPOCH * 1000);
        Map<String, String> params = Map.of("creation-date", ISO);
        PrintLayout.Result print = layout.layout(book, params, date, new Diagnostics(), seed);

        assertEquals(1, print.passes(), "the pass from the moved map is accepted: its XSL-FO is the right map's");
        assertEquals(seed, print.laidOutFrom(), "the accepted pass was laid out from the moved map");
        assertEquals(made, print.pageMap(), "and made the right one");
        assertNotEquals(print.laidOutFrom(), print.pageMap(), "the two maps differ, so the test compares something");

        // as the screen edition finishes it (its file identifier made from its content: FOP's is made of the time)
        byte[] fromLaidOut = ReproduciblePdf.fix(layout.renderScreenBySequence(book, params, print.laidOutFrom(),
                date, new FopEngine.Messages(), AccessiblePdf.BY_SEQUENCE), ISO);
        byte[] fromMade = ReproduciblePdf.fix(layout.renderScreenBySequence(book, params, print.pageMap(), date,
                new FopEngine.Messages(), AccessiblePdf.BY_SEQUENCE), ISO);
        System.out.println("screen PDF from the map laid out from and from the map made (" + paragraph
                + " a page apart): " + fromLaidOut.length + " and " + fromMade.length + " bytes");
        assertArrayEquals(fromMade, fromLaidOut, "the screen XSL-FO reads a place the print XSL-FO does not");
    }
}
