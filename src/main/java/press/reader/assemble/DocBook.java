package press.reader.assemble;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import press.reader.manuscript.TitleMarks;
import press.reader.xml.SecureXml;

/** Small helpers for writing the book document: DocBook 5 elements in their namespace. */
public final class DocBook {
    public static final String NS = "http://docbook.org/ns/docbook";
    public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    public static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private final Document doc;

    public DocBook() {
        try {
            DocumentBuilder b = SecureXml.documentBuilderFactory().newDocumentBuilder();
            this.doc = b.newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    public Document document() {
        return doc;
    }

    public Element el(String name) {
        return doc.createElementNS(NS, name);
    }

    /** Appends a new element to {@code parent} and returns it. */
    public Element add(Element parent, String name) {
        Element e = el(name);
        parent.appendChild(e);
        return e;
    }

    /** Appends an element holding only text, unless the text is null or blank. */
    public Element addText(Element parent, String name, String text) {
        if (text == null || text.isBlank()) return null;
        Element e = add(parent, name);
        e.appendChild(doc.createTextNode(XmlText.clean(text)));
        return e;
    }

    /**
     * Appends an element holding an editor's one-line value whose titles are marked {@code *...*} (see
     * {@link press.reader.manuscript.TitleMarks}): a marked title becomes {@code <emphasis role="title">}, so that
     * every edition sets it by the same rule. Null if the value is null or blank.
     */
    public Element addMarked(Element parent, String name, String value) {
        if (value == null || value.isBlank()) return null;
        Element e = add(parent, name);
        marked(e, value);
        return e;
    }

    /** Appends an editor's one-line value with its marked titles (see {@link #addMarked}). */
    public void marked(Element parent, String value) {
        for (TitleMarks.Run r : TitleMarks.runs(value)) {
            if (r.title()) addText(parent, "emphasis", r.text()).setAttribute("role", "title");
            else text(parent, r.text());
        }
    }

    public void text(Element parent, String text) {
        if (!text.isEmpty()) parent.appendChild(doc.createTextNode(XmlText.clean(text)));
    }

    public static void id(Element e, String id) {
        e.setAttributeNS(XML_NS, "xml:id", id);
    }

    public static String id(Element e) {
        return e.getAttributeNS(XML_NS, "id");
    }

    /** The text a reader sees in {@code e}: index terms and notes are not part of it. */
    public static String visibleText(Node e) {
        StringBuilder sb = new StringBuilder();
        collect(e, sb);
        return sb.toString();
    }

    private static void collect(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Text t) {
                sb.append(t.getData());
            } else if (c instanceof Element e && !e.getLocalName().equals("indexterm")
                    && !e.getLocalName().equals("footnote")) {
                collect(e, sb);
            }
        }
    }

    /**
     * Removes the spaces at the end of {@code parent}'s text, looking past index terms and anchors: a note call or
     * a continued citation follows its word directly ("2018,²", never "2018 ,²").
     */
    public static void stripTrailingSpace(Element parent) {
        Node c = parent.getLastChild();
        while (c != null) {
            Node previous = c.getPreviousSibling();
            if (c instanceof Text t) {
                String kept = t.getData().stripTrailing();
                if (!kept.isEmpty()) {
                    t.setData(kept);
                    return;
                }
                parent.removeChild(t);
            } else if (!(c instanceof Element e && (e.getLocalName().equals("indexterm")
                    || e.getLocalName().equals("anchor")))) {
                return;
            }
            c = previous;
        }
    }
}
