package press.reader.layout;

import java.util.LinkedHashSet;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The links of the screen PDF's render laid out as links to an address ({@link PrintLayout#LINK_ADDRESS}{@code id}),
 * and each place they point to named ({@code fox:destination}, after the last page sequence), for the PDF's
 * finishing to make them go-to actions again ({@code pdf/AccessiblePdf}). FOP lets a page go only once every link on
 * it has found its page: with links to the notes, the glossary and the index at the back, the tagged render held
 * nearly every page of the book until the end (at ten times the book, 557 of 580 pages; at fifty, more than the
 * gigabyte of heap the scale target allows). A named place waits for its page without keeping any page.
 * The print layout does the same to its page sequences ({@link ChapterRewrite}, {@link ChapterPdf}).
 */
final class AddressedLinks extends LinksNotFollowed {
    private static final String FOX = "http://xmlgraphics.apache.org/fop/extensions";
    /** The places linked to, in the order first linked (the PDF's bytes follow it). */
    private final Set<String> targets = new LinkedHashSet<>();
    private int depth;

    AddressedLinks(DefaultHandler next) {
        super(next);
    }

    /** The places named so far (a measure for tests: one per place, however many links point to it). */
    int named() {
        return targets.size();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    void linked(String target) {
        targets.add(target);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (--depth == 0 && FoChapters.FO.equals(uri) && localName.equals("root") && next != null) {
            nameDestinations(next, targets);
        }
        super.endElement(uri, localName, qName);
    }

    /**
     * Names each of {@code ids} as a place a link may point to ({@code fox:destination}, a child of the root): FOP
     * finds its page when it lays that place out, without holding the pages that link to it. Used here after the
     * page sequences and by {@link ChapterLayout} before a sequence laid out alone.
     */
    static void nameDestinations(ContentHandler to, Iterable<String> ids) throws SAXException {
        to.startPrefixMapping("fox", FOX);
        for (String id : ids) {
            AttributesImpl a = new AttributesImpl();
            a.addAttribute("", "internal-destination", "internal-destination", "CDATA", id);
            to.startElement(FOX, "destination", "fox:destination", a);
            to.endElement(FOX, "destination", "fox:destination");
        }
        to.endPrefixMapping("fox");
    }
}
