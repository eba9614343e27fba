package press.reader.layout;

import java.io.StringReader;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/** Test helpers: parse XML into a SAX handler, and write the events a handler receives back as compact text. */
final class SaxEvents {
    private SaxEvents() {}

    static void parse(String xml, DefaultHandler handler) throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.newSAXParser().parse(new InputSource(new StringReader(xml)), handler);
    }

    /** Elements as {@code <local attr="v">}, text as is, end tags as {@code </local>}. */
    static class Recorder extends DefaultHandler {
        final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            text.append('<').append(localName);
            for (int i = 0; i < atts.getLength(); i++) text.append(' ').append(atts.getQName(i)).append("=\"").append(atts.getValue(i)).append('"');
            text.append('>');
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            text.append("</").append(localName).append('>');
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }
    }
}
