package press.reader.layout;

import java.util.function.IntSupplier;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Fills the printer's signature in the same layout pass that makes the pages. The stylesheet ends the book with
 * a page sequence of blank pages marked {@code bp:padding} (as many as the signature could need, one per child
 * of its flow); by the time it arrives, FOP has laid out every page before it, so the page count is known, not
 * guessed: this filter keeps as many blank pages as the count needs and drops the others (the whole sequence
 * when none is needed). Without it, the blank pages took a layout pass of their own after the page count was
 * known.
 */
final class SignaturePadding extends ForwardingHandler {
    /** The marker attribute on the padding page sequence: in the stylesheets' own namespace. */
    static final String NS = "urn:bookpress";
    static final String MARKER = "padding";

    private final int signature;
    private final IntSupplier pagesSoFar;
    /** Depth inside the padding sequence (0 = outside); its blank pages are the children of its flow (depth 2). */
    private int depth;
    private int keep;
    private int slots;
    /** Depth of an element being dropped with everything inside it (0 = none). */
    private int dropping;
    private boolean seen;
    private int pagesBefore = -1;

    /**
     * @param signature  pages per signature (0 or 1: no padding, and the marked sequence is dropped)
     * @param pagesSoFar the pages FOP has laid out so far
     */
    SignaturePadding(DefaultHandler next, int signature, IntSupplier pagesSoFar) {
        super(next);
        this.signature = signature;
        this.pagesSoFar = pagesSoFar;
    }

    /** How many blank pages make {@code pages} a multiple of {@code signature}. */
    static int needed(int pages, int signature) {
        return signature <= 1 || pages % signature == 0 ? 0 : signature - pages % signature;
    }

    /** Whether the stylesheet wrote a marked padding sequence. */
    boolean seen() {
        return seen;
    }

    /** The pages laid out before the padding sequence (-1 when there was none). */
    int pagesBefore() {
        return pagesBefore;
    }

    /** The blank pages kept. */
    int kept() {
        return Math.min(keep, slots);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (dropping > 0) {
            dropping++;
            return;
        }
        if (depth == 0 && atts.getIndex(NS, MARKER) >= 0) {
            seen = true;
            pagesBefore = pagesSoFar.getAsInt();
            keep = needed(pagesBefore, signature);
            if (keep == 0) {
                dropping = 1;
                return;
            }
            depth = 1;
            AttributesImpl rest = new AttributesImpl(atts);
            rest.removeAttribute(atts.getIndex(NS, MARKER));
            super.startElement(uri, localName, qName, rest);
            return;
        }
        if (depth > 0) {
            depth++;
            if (depth == 3 && ++slots > keep) {
                depth--;
                dropping = 1;
                return;
            }
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (dropping > 0) {
            dropping--;
            return;
        }
        if (depth > 0) depth--;
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (dropping == 0) super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (dropping == 0) super.ignorableWhitespace(ch, start, length);
    }
}
