package press.reader.layout;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * A stretch of SAX events kept to be played again, to FOP or to a fingerprint: a chapter's XSL-FO, cut from the
 * stylesheet's output (see {@link FoChapters}), is laid out on its own only when its fingerprint is new.
 */
final class SaxRecording {
    /** One SAX event. */
    sealed interface Event permits Start, End, Text, Prefix, EndPrefix {
        void replay(ContentHandler to) throws SAXException;
    }

    record Start(String uri, String localName, String qName, Attributes atts) implements Event {
        public void replay(ContentHandler to) throws SAXException {
            to.startElement(uri, localName, qName, atts);
        }
    }

    record End(String uri, String localName, String qName) implements Event {
        public void replay(ContentHandler to) throws SAXException {
            to.endElement(uri, localName, qName);
        }
    }

    record Text(String text) implements Event {
        public void replay(ContentHandler to) throws SAXException {
            to.characters(text.toCharArray(), 0, text.length());
        }
    }

    record Prefix(String prefix, String uri) implements Event {
        public void replay(ContentHandler to) throws SAXException {
            to.startPrefixMapping(prefix, uri);
        }
    }

    record EndPrefix(String prefix) implements Event {
        public void replay(ContentHandler to) throws SAXException {
            to.endPrefixMapping(prefix);
        }
    }

    private final List<Event> events = new ArrayList<>();
    /** Text arrives in chunks cut anywhere: consecutive chunks are kept as one event, so equal text records equally. */
    private final StringBuilder text = new StringBuilder();

    void start(String uri, String localName, String qName, Attributes atts) {
        add(new Start(uri, localName, qName, new AttributesImpl(atts)));
    }

    void add(Event e) {
        flush();
        events.add(e);
    }

    void text(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    List<Event> events() {
        flush();
        return events;
    }

    private void flush() {
        if (text.length() == 0) return;
        events.add(new Text(text.toString()));
        text.setLength(0);
    }

    void replay(ContentHandler to) throws SAXException {
        for (Event e : events()) e.replay(to);
    }
}
