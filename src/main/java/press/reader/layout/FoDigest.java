package press.reader.layout;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.memo.Hash128;

/**
 * A fingerprint ({@link Hash128}) of the XSL-FO the stylesheet wrote, taken on its way to FOP. FOP lays out the same
 * XSL-FO the same way, so two runs of the stylesheet with the same fingerprint make the same pages: a layout
 * pass is settled when the stylesheet, given the page map that pass produced, writes the XSL-FO it was laid out
 * from — which costs one run of the stylesheet, not another layout. The fingerprints are compared within one
 * process only (settle rule, the laid-out sequences kept by a workshop): not cryptographic, as {@link Hash128} says.
 */
final class FoDigest extends ForwardingHandler {
    private final Hash128 hash = new Hash128();
    /** Text arrives in chunks that the parser or serializer may cut anywhere: it is fingerprinted whole. */
    private final StringBuilder text = new StringBuilder();

    /** {@code next}: where the events go on to, or null to only fingerprint them. */
    FoDigest(DefaultHandler next) {
        super(next);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        flushText();
        put('<', uri, localName);
        for (int i = 0; i < atts.getLength(); i++) {
            hash.put('@').put(nonNull(atts.getURI(i))).put(nonNull(atts.getLocalName(i))).put(nonNull(atts.getValue(i)));
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        flushText();
        put('>', uri, localName);
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        text.append(ch, start, length);
        super.characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        flushText();
        put('?', target, data);
        super.processingInstruction(target, data);
    }

    /** The fingerprint of everything received; call once, after the end of the document. */
    byte[] digest() {
        flushText();
        return hash.digest();
    }

    private void flushText() {
        if (text.length() == 0) return;
        put('"', "", text);
        text.setLength(0);
    }

    /** Each part with its length in front, so that no two different event streams give the same fingerprint. */
    private void put(char kind, CharSequence a, CharSequence b) {
        hash.put(kind).put(nonNull(a)).put(nonNull(b));
    }

    private static CharSequence nonNull(CharSequence s) {
        return s == null ? "" : s;
    }
}
