package press.reader.layout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A fingerprint (SHA-256) of the XSL-FO the stylesheet wrote, taken on its way to FOP. FOP lays out the same
 * XSL-FO the same way, so two runs of the stylesheet with the same fingerprint make the same pages: a layout
 * pass is settled when the stylesheet, given the page map that pass produced, writes the XSL-FO it was laid out
 * from — which costs one run of the stylesheet, not another layout.
 */
final class FoDigest extends ForwardingHandler {
    private final MessageDigest sha;
    /** Text arrives in chunks that the parser or serializer may cut anywhere: it is fingerprinted whole. */
    private final StringBuilder text = new StringBuilder();

    /** {@code next}: where the events go on to, or null to only fingerprint them. */
    FoDigest(DefaultHandler next) {
        super(next);
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        flushText();
        put('<', uri, localName);
        for (int i = 0; i < atts.getLength(); i++) put('@', atts.getURI(i) + " " + atts.getLocalName(i), atts.getValue(i));
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
        return sha.digest();
    }

    private void flushText() {
        if (text.length() == 0) return;
        put('"', "", text.toString());
        text.setLength(0);
    }

    /** Each part with its length in front, so that no two different event streams give the same bytes. */
    private void put(char kind, String a, String b) {
        sha.update((byte) kind);
        for (String s : new String[] {a == null ? "" : a, b == null ? "" : b}) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            sha.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8),
                    (byte) bytes.length});
            sha.update(bytes);
        }
    }
}
