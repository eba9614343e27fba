package press.reader.layout;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The links of a layout pass that draws nothing ({@link LayoutOnlyRenderer}), made links to an address: FOP lets a
 * page go only once every link on it has found the page it points to, so a page linking to the glossary or the notes
 * at the back of the book was kept until the back was laid out, and the pass held nearly every page of the book at
 * once (at fifty times the book, more than a gigabyte). Where a link goes moves nothing on the page (the layout by
 * page sequence lays links to other sequences out so too, {@link ChapterRewrite}), and the pass draws no link.
 * {@link AddressedLinks} does the same for a render that draws its links, and names their places.
 */
class LinksNotFollowed extends ForwardingHandler {
    LinksNotFollowed(DefaultHandler next) {
        super(next);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        int i = FoChapters.FO.equals(uri) && localName.equals("basic-link") ? atts.getIndex("internal-destination") : -1;
        if (i < 0) {
            super.startElement(uri, localName, qName, atts);
            return;
        }
        AttributesImpl a = new AttributesImpl(atts);
        String target = a.getValue(i);
        linked(target);
        a.removeAttribute(i);
        a.addAttribute("", "external-destination", "external-destination", "CDATA", ChapterPdf.GOTO + target);
        super.startElement(uri, localName, qName, a);
    }

    /** Told each place a link points to, as the link is laid out to its address. */
    void linked(String target) {
    }
}
