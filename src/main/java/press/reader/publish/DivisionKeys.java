package press.reader.publish;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import press.reader.assemble.DocBook;
import press.reader.layout.PageMap;
import press.reader.xml.Elements;

/**
 * For each division of the book (introduction, essay, back-matter section), the hash of everything its EPUB
 * document is made from: its own XML, where its anchors fell in print, which file holds each target it links to,
 * the book's metadata and the styles. Equal hash, equal XHTML: the division need not be transformed.
 */
final class DivisionKeys {
    private DivisionKeys() {}

    static Map<String, String> compute(Document doc, PageMap pages, String common) {
        Element book = doc.getDocumentElement();
        List<Element> divisions = new ArrayList<>();
        StringBuilder idMap = new StringBuilder();
        StringBuilder info = new StringBuilder();
        for (Node n = book.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if (DocBook.id(e).isEmpty()) {
                info.append(serialize(e));
                continue;
            }
            divisions.add(e);
            for (String id : ids(e)) idMap.append(id).append('=').append(DocBook.id(e)).append('\n');
            // a part's file is its title page; each of its chapters is a division (and a file) of its own
            if (e.getLocalName().equals("part")) {
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (!(c instanceof Element chapter) || DocBook.id(chapter).isEmpty()) continue;
                    divisions.add(chapter);
                    for (String id : ids(chapter)) idMap.append(id).append('=').append(DocBook.id(chapter)).append('\n');
                }
            }
        }
        String global = BuildCache.hash(common, info);
        Map<String, String> divisionOf = new HashMap<>();
        for (String line : idMap.toString().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) divisionOf.put(line.substring(0, eq), line.substring(eq + 1));
        }
        Map<String, String> keys = new LinkedHashMap<>();
        String wholeBookKey = null; // serialized once, for the divisions that depend on the whole book
        for (int i = 0; i < divisions.size(); i++) {
            Element d = divisions.get(i);
            StringBuilder slice = new StringBuilder();
            for (String id : ids(d)) slice.append(id).append(':').append(pages.page(id)).append('\n');
            slice.append("end:").append(pages.page(DocBook.id(d) + "--end")).append('\n');
            // links to other divisions name the file that holds their target
            for (String target : linkTargets(d)) slice.append("link:").append(target).append('>').append(divisionOf.get(target)).append('\n');
            if (i + 1 < divisions.size()) slice.append("next:").append(pages.page(DocBook.id(divisions.get(i + 1))));
            // The index and the chronology point into the whole book, with print pages: they depend on everything.
            boolean wholeBook = d.getLocalName().equals("index") || "chronology".equals(d.getAttribute("role"));
            if (wholeBook && wholeBookKey == null) wholeBookKey = BuildCache.hash(global, serialize(book), pages.all());
            keys.put(DocBook.id(d), wholeBook ? wholeBookKey : BuildCache.hash(global, serialize(d), slice));
        }
        return keys;
    }

    private static SortedSet<String> linkTargets(Element root) {
        SortedSet<String> targets = new TreeSet<>();
        for (Element e : Elements.of(root.getElementsByTagNameNS("*", "*"))) {
            String t = e.getAttribute("linkend");
            if (!t.isEmpty()) targets.add(t);
        }
        return targets;
    }

    private static List<String> ids(Element root) {
        List<String> ids = new ArrayList<>();
        ids.add(DocBook.id(root));
        for (Element e : Elements.of(root.getElementsByTagNameNS("*", "*"))) {
            String id = DocBook.id(e);
            if (!id.isEmpty()) ids.add(id);
        }
        return ids;
    }

    private static String serialize(Node n) {
        try {
            StringWriter w = new StringWriter();
            TransformerFactory.newDefaultInstance().newTransformer()
                    .transform(new DOMSource(n), new StreamResult(w));
            return w.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
