package press.reader.layout;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A link in the chain of SAX filters between the stylesheet and FOP: passes every event on to {@code next}
 * unchanged (to nothing when {@code next} is null); a filter overrides the events it changes.
 */
class ForwardingHandler extends DefaultHandler {
    protected final DefaultHandler next;

    ForwardingHandler(DefaultHandler next) {
        this.next = next;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        if (next != null) next.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        if (next != null) next.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        if (next != null) next.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (next != null) next.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (next != null) next.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (next != null) next.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (next != null) next.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (next != null) next.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (next != null) next.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (next != null) next.processingInstruction(target, data);
    }
}
