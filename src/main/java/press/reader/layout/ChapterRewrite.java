package press.reader.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A page sequence's XSL-FO made fit to be laid out alone, as it lays out in the whole book: it starts on the page
 * number the sequences before it end at (FOP's "auto-odd" written as the number it comes to); a page-number
 * citation of a place in another sequence is the folio the page map gives it (the map the whole stylesheet run was
 * given, so the settle rule of {@link PrintLayout} covers it); a link to a place in another sequence is laid out as
 * a link to {@link ChapterPdf#GOTO}{@code id}, made a go-to action when the PDF is put together.
 */
final class ChapterRewrite extends ForwardingHandler {
    private final String startNumber;
    private final Set<String> own;
    private final Predicate<String> elsewhere;
    private final Map<String, PageMap.Page> pages;
    private int depth;
    /** Depth of a citation replaced by its folio (0: none). */
    private int dropping;
    private boolean unresolved;
    private final boolean keepUnresolved;
    /** The page of each place in another sequence this sequence cited, as the map gave it (null: none). */
    private final Map<String, PageMap.Page> pagesRead = new HashMap<>();

    /**
     * @param own       the ids of this sequence
     * @param elsewhere whether an id is one of the book's other sequences
     */
    ChapterRewrite(DefaultHandler next, int startNumber, Set<String> own, Predicate<String> elsewhere, PageMap map) {
        this(next, startNumber, own, elsewhere, map, false);
    }

    /**
     * @param keepUnresolved a citation of a place the map does not have is left to FOP (which sets it as wide as
     *                       "MMM" and finds no page for it): a layout that only finds how long the sequence is
     *                       ({@link ColdPass})
     */
    ChapterRewrite(DefaultHandler next, int startNumber, Set<String> own, Predicate<String> elsewhere, PageMap map,
                   boolean keepUnresolved) {
        super(next);
        this.keepUnresolved = keepUnresolved;
        this.startNumber = Integer.toString(startNumber);
        this.own = own;
        this.elsewhere = elsewhere;
        this.pages = map.all();
    }

    /** What the rewrite read of the page map: the page it found for each place cited in another sequence, or null. */
    Map<String, PageMap.Page> pagesRead() {
        return pagesRead;
    }

    /** Whether a citation of another sequence's place had no page in the map (the sequence cannot stand alone). */
    boolean unresolved() {
        return unresolved;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        if (dropping > 0) return;
        if (depth == 1) {
            AttributesImpl a = new AttributesImpl(atts);
            int i = a.getIndex("initial-page-number");
            if (i >= 0) a.setValue(i, startNumber);
            else a.addAttribute("", "initial-page-number", "initial-page-number", "CDATA", startNumber);
            super.startElement(uri, localName, qName, a);
            return;
        }
        if (FoChapters.FO.equals(uri) && localName.startsWith("page-number-citation")) {
            String ref = atts.getValue("ref-id");
            if (ref != null && !own.contains(ref) && elsewhere.test(ref)) {
                PageMap.Page p = pages.get(ref);
                pagesRead.put(ref, p);
                if (keepUnresolved && p == null) {
                    unresolved = true;
                    super.startElement(uri, localName, qName, atts);
                    return;
                }
                if (p == null || !localName.equals("page-number-citation")) {
                    unresolved = true;
                } else {
                    super.characters(p.folio().toCharArray(), 0, p.folio().length());
                }
                dropping = depth;
                return;
            }
        }
        if (FoChapters.FO.equals(uri) && localName.equals("basic-link")) {
            String target = atts.getValue("internal-destination");
            if (target != null && !own.contains(target) && elsewhere.test(target)) {
                AttributesImpl a = new AttributesImpl(atts);
                a.removeAttribute(a.getIndex("internal-destination"));
                a.addAttribute("", "external-destination", "external-destination", "CDATA", ChapterPdf.GOTO + target);
                super.startElement(uri, localName, qName, a);
                return;
            }
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (dropping > 0) {
            if (depth-- == dropping) dropping = 0;
            return;
        }
        depth--;
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (dropping == 0) super.characters(ch, start, length);
    }
}
