package press.reader.assemble;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The guard of the book document's links: every link in it (a {@code linkend} — a cross-reference, a glossary term's,
 * a chronology place's —, {@code linkends}, {@code endterm}, {@code otherterm}, an {@code xlink:href} to {@code #id})
 * must name an id the document has. The editor's cross-references are checked as they are read, at their line
 * (BP121); any other link was made by the tool, and one that leads nowhere is the tool's bug (a glossary term linked
 * to a glossary the book does not print made a dead link in both PDFs, refused as PDF/UA, and stopped the EPUB). It
 * is caught here, once, before a style sees it, instead of in one edition's output or another's. One pass over the
 * document.
 */
public final class DanglingLinks {
    private DanglingLinks() {}

    /** One link of the document: its element, the attribute that links, and the id it names. */
    public record Link(Element element, String attribute, String target) {
        /** The link as it is written, with the id of the nearest element around it that has one, to find it by. */
        public String describe() {
            String where = null;
            for (Node n = element; n instanceof Element e && where == null; n = n.getParentNode()) {
                String id = DocBook.id(e);
                if (!id.isEmpty()) where = id;
            }
            return "<" + element.getLocalName() + " " + attribute + "=\"" + target + "\">"
                    + (where == null ? "" : " in '" + where + "'");
        }
    }

    /** The links of {@code doc} that name an id it does not have, in document order. */
    public static List<Link> dangling(Document doc) {
        Set<String> ids = new HashSet<>();
        List<Link> links = new ArrayList<>();
        Node root = doc.getDocumentElement();
        // a walk without recursion: a deeply nested document must not exhaust the stack
        for (Node n = root; n != null; n = next(n, root)) {
            if (n instanceof Element e) read(e, ids, links);
        }
        List<Link> dangling = new ArrayList<>();
        for (Link l : links) if (!ids.contains(l.target())) dangling.add(l);
        return dangling;
    }

    /**
     * Fails with an internal error (a bug of the tool, not a mistake of the manuscript: the command line prints it in
     * one line, exit code 70) when a link of {@code doc} names an id it does not have, naming the first few.
     */
    static void check(Document doc) {
        List<Link> dangling = dangling(doc);
        if (dangling.isEmpty()) return;
        List<String> shown = dangling.stream().limit(5).map(Link::describe).toList();
        throw new IllegalStateException("the book document has " + dangling.size() + " link(s) to ids it does not have: "
                + String.join(", ", shown) + (dangling.size() > shown.size() ? ", …" : "")
                + " (a bug of bookpress, not a mistake of the manuscript: please report it with the manuscript)");
    }

    private static void read(Element e, Set<String> ids, List<Link> links) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String ns = a.getNamespaceURI();
            String name = a.getLocalName() != null ? a.getLocalName() : a.getName();
            String value = a.getValue();
            if (DocBook.XML_NS.equals(ns)) {
                if (name.equals("id")) ids.add(value);
            } else if (DocBook.XLINK_NS.equals(ns)) {
                if (name.equals("href") && value.startsWith("#")) links.add(new Link(e, "xlink:href", value.substring(1)));
            } else if (ns == null || ns.isEmpty()) {
                switch (name) {
                    case "linkend", "endterm", "otherterm" -> links.add(new Link(e, name, value));
                    case "linkends" -> {
                        for (String t : value.trim().split("\\s+")) if (!t.isEmpty()) links.add(new Link(e, name, t));
                    }
                    default -> { }
                }
            }
        }
    }

    /** The node after {@code n} in document order, within {@code root}'s subtree (null after its last). */
    private static Node next(Node n, Node root) {
        if (n.getFirstChild() != null) return n.getFirstChild();
        for (Node at = n; at != null && at != root; at = at.getParentNode()) {
            if (at.getNextSibling() != null) return at.getNextSibling();
        }
        return null;
    }
}
