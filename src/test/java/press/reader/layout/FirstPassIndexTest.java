package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.support.TestBooks;
import press.reader.xml.Xslt;

/**
 * A cold build's first pass (laid out page sequence by page sequence as the stylesheet writes them, {@link ColdPass};
 * or, for a book that cannot be, the whole book laid out without drawing) typesets the index from the pages laid out
 * by the time the stylesheet reaches it. The contents' folios read the page map before any page is laid out; when
 * the index read the same parameter, that read fixed the map, empty, and the pass's index had no page numbers: it
 * ended pages before the real one (the 3x book: page 203 of 205; the 10x book: 570 of 579), so the pass's page map
 * differed from the next pass's at {@code index--end} and the settle check ran the stylesheet over the whole book once
 * more (about 10 s at ten times the book) for an anchor no number prints.
 */
class FirstPassIndexTest {
    @Test
    void theLivePageMapIsReadAtTheIndexAndGivesItsPageNumbers() throws Exception {
        var built = TestBooks.mini();
        Xslt xslt = TestBooks.workshop().xslt();
        XdmNode book = xslt.processor().newDocumentBuilder().build(built.file(".book.xml").toFile());
        PageMap laidOut = PageMap.readXml(built.file(".pagemap.xml"));

        FoWatcher fo = new FoWatcher();
        boolean[] readInIndex = new boolean[1];
        int[] reads = new int[1];
        Map<String, Object> params = new HashMap<>();
        // a first pass from no map: nothing laid out when the stylesheet starts, every page before the index at it
        PrintLayout.pageMapParams(params, xslt.processor(), PageMap.empty(), () -> {
            reads[0]++;
            readInIndex[0] = fo.inIndex;
            return laidOut.toDocument(xslt.processor());
        });
        xslt.transform(TestBooks.STYLES.resolve("fo.xsl"), book, params, new SAXDestination(fo));

        Matcher locators = Pattern.compile(", \\d+").matcher(fo.index);
        int numbers = 0;
        while (locators.find()) numbers++;
        System.out.println("mini book, first pass: the live page map made " + reads[0] + " time(s), in the index: "
                + readInIndex[0] + "; " + numbers + " page numbers in the index");
        assertEquals(1, reads[0]);
        assertTrue(readInIndex[0], "the page map was made before the index: the contents' folios read it");
        assertTrue(numbers >= 5, "the index's page numbers from the pages laid out: " + fo.index);
    }

    /** Whether the XSL-FO written so far has reached the index, and the index's text. */
    private static final class FoWatcher extends DefaultHandler {
        boolean inIndex;
        final StringBuilder index = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            if ("index".equals(atts.getValue("id"))) inIndex = true;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inIndex) index.append(ch, start, length);
        }
    }
}
