package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/** A pass that draws nothing lays its links out as links to an address: no page waits for the page a link points to. */
class LinksNotFollowedTest {
    @Test
    void anInternalLinkBecomesALinkToAnAddressAndNothingElseChanges() throws Exception {
        List<Attributes> seen = new ArrayList<>();
        LinksNotFollowed filter = new LinksNotFollowed(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                seen.add(new AttributesImpl(atts));
            }
        });
        AttributesImpl link = new AttributesImpl();
        link.addAttribute("", "internal-destination", "internal-destination", "CDATA", "glossary-term");
        link.addAttribute("", "color", "color", "CDATA", "black");
        filter.startElement(FoChapters.FO, "basic-link", "fo:basic-link", link);
        AttributesImpl citation = new AttributesImpl();
        citation.addAttribute("", "ref-id", "ref-id", "CDATA", "glossary-term");
        filter.startElement(FoChapters.FO, "page-number-citation", "fo:page-number-citation", citation);

        assertNull(seen.get(0).getValue("internal-destination"));
        assertEquals(ChapterPdf.GOTO + "glossary-term", seen.get(0).getValue("external-destination"));
        assertEquals("black", seen.get(0).getValue("color"));
        assertEquals("glossary-term", seen.get(1).getValue("ref-id"), "a citation still waits for its page: it prints it");
    }
}
