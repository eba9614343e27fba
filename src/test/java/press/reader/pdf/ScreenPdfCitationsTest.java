package press.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.layout.PageMap;
import press.reader.support.TestBooks;
import press.reader.xml.Xslt;

/**
 * The screen PDF was laid out whole by FOP, tagged (now page sequence by page sequence, layout/TaggedSequences); a
 * tagged PDF is written page after page, so FOP keeps every page
 * after one that cites a page it has not laid out yet until the citation resolves. The contents cited every chapter,
 * the index last: every page of the book stayed in memory to the end. From the settled page map the stylesheet
 * writes no citation of a place the map has: the folios are text. (A link to a later place holds its page too, until
 * the place is laid out.)
 */
@Tag("slow")   // reads the real book, laid out once per run of the suite
class ScreenPdfCitationsTest {
    @Test
    void fromTheSettledMapTheScreenEditionCitesNoPlaceTheMapHas() throws Exception {
        var built = TestBooks.real();
        Xslt xslt = new Xslt();
        XdmNode book = xslt.processor().newDocumentBuilder().build(built.file(".book.xml").toFile());
        PageMap map = PageMap.readXml(built.file(".pagemap.xml"));
        List<String> cited = new ArrayList<>();
        int[] contentsLinks = new int[1];
        xslt.transform(TestBooks.STYLES.resolve("fo.xsl"), book, Map.of("pagemap", map.toDocument(xslt.processor()),
                "edition", "screen", "print-standard", "pdf-ua-1"), new SAXDestination(new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes atts) {
                        if (localName.startsWith("page-number-citation") && map.page(atts.getValue("ref-id")) != null) {
                            cited.add(atts.getValue("ref-id"));
                        }
                        if (localName.equals("basic-link") && atts.getValue("internal-destination") != null) {
                            contentsLinks[0]++;
                        }
                    }
                }));
        System.out.println("screen edition from the settled map: " + contentsLinks[0] + " internal links, "
                + cited.size() + " page-number citations of places the map has");
        assertTrue(contentsLinks[0] > 100, "the book's links are there");
        assertEquals(List.of(), cited);
    }
}
