package press.reader.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.helper.Levenshtein;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import press.reader.xml.SecureXml;

/**
 * A CSL style from the org.citationstyles:styles jar on the classpath, read with a secure parser (no DTDs,
 * no external entities) and handed to citeproc-java as text, patched as {@link StylePatches} describes.
 * citeproc-java itself parses the text we give it; that text has no DOCTYPE, so its own (unsecured)
 * parser has nothing external to fetch.
 */
final class CslStyle {
    private final String id;
    private final Document document;
    private final boolean noteStyle;
    private final String layoutPrefix;
    private final String layoutSuffix;
    private final String layoutDelimiter;
    private final int nearNoteDistance;
    private final String subsequentAuthorSubstitute;
    private final Map<String, String> variants = new ConcurrentHashMap<>();

    private CslStyle(String id, Document document) {
        this.id = id;
        this.document = document;
        Element root = document.getDocumentElement();
        this.noteStyle = "note".equals(root.getAttribute("class"));
        Element layout = citationLayout(root);
        this.layoutPrefix = layout == null ? "" : layout.getAttribute("prefix");
        this.layoutSuffix = layout == null ? "" : layout.getAttribute("suffix");
        this.layoutDelimiter = layout == null ? "" : layout.getAttribute("delimiter");
        this.nearNoteDistance = nearNoteDistance(root);
        Element bibliography = StylePatches.children(root, "bibliography").stream().findFirst().orElse(null);
        this.subsequentAuthorSubstitute = bibliography == null || !bibliography.hasAttribute("subsequent-author-substitute")
                ? null : bibliography.getAttribute("subsequent-author-substitute");
        StylePatches.splitMultiVariableNames(root);
    }

    /** Loads {@code styleId} (e.g. "chicago-notes-bibliography"); a dependent style loads its parent. */
    static CslStyle load(String styleId) {
        if (styleId == null || !styleId.matches("[a-z0-9][a-z0-9._-]*")) {
            throw unknown(String.valueOf(styleId));
        }
        Document doc = read("/" + styleId + ".csl");
        if (doc == null) doc = read("/dependent/" + styleId + ".csl");
        if (doc == null) throw unknown(styleId);
        String parent = independentParent(doc);
        if (parent != null) {
            String parentId = parent.substring(parent.lastIndexOf('/') + 1);
            doc = read("/" + parentId + ".csl");
            if (doc == null) {
                throw new UnknownStyleException("citation style '" + styleId + "' depends on '" + parentId
                        + "', which is not in the CSL styles on the classpath");
            }
        }
        return new CslStyle(styleId, doc);
    }

    private static Document read(String resource) {
        URL url = CslStyle.class.getResource(resource);
        return url == null ? null : read(url);
    }

    /** Parses a style with DTDs and external entities refused (a DOCTYPE is an error). */
    static Document read(URL url) {
        try (InputStream in = url.openStream()) {
            DocumentBuilder builder = SecureXml.documentBuilderFactory().newDocumentBuilder();
            return builder.parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read CSL style " + url + ": " + e.getMessage(), e);
        }
    }

    private static String independentParent(Document doc) {
        for (Element info : StylePatches.children(doc.getDocumentElement(), "info")) {
            for (Element link : StylePatches.children(info, "link")) {
                if ("independent-parent".equals(link.getAttribute("rel"))) return link.getAttribute("href");
            }
        }
        return null;
    }

    private static Element citationLayout(Element root) {
        for (Element citation : StylePatches.children(root, "citation")) {
            for (Element layout : StylePatches.children(citation, "layout")) return layout;
        }
        return null;
    }

    /** CSL: {@code near-note-distance} on cs:citation, 5 if not given. */
    private static int nearNoteDistance(Element root) {
        for (Element citation : StylePatches.children(root, "citation")) {
            String d = citation.getAttribute("near-note-distance");
            if (d.matches("\\d+")) return Integer.parseInt(d);
        }
        return 5;
    }

    /** CSL: the bibliography's {@code subsequent-author-substitute} ("———" in Chicago's classic styles), or null. */
    String subsequentAuthorSubstitute() {
        return subsequentAuthorSubstitute;
    }

    int nearNoteDistance() {
        return nearNoteDistance;
    }

    private static UnknownStyleException unknown(String styleId) {
        StringBuilder msg = new StringBuilder("unknown citation style '").append(styleId).append("'");
        try {
            Collection<String> similar = Levenshtein.findMinimum(new ArrayList<>(CSL.getSupportedStyles()),
                    styleId, 3, 8);
            if (!similar.isEmpty()) msg.append("; did you mean ").append(String.join(", ", similar)).append('?');
        } catch (IOException | RuntimeException e) {
            // suggestions are a courtesy; the message below is enough
        }
        msg.append(" A style id is the file name, without .csl, of a style in the CSL styles repository "
                + "(https://github.com/citation-style-language/styles, bundled as org.citationstyles:styles), "
                + "e.g. chicago-notes-bibliography or chicago-author-date; https://www.zotero.org/styles "
                + "lists them all.");
        return new UnknownStyleException(msg.toString());
    }

    String id() {
        return id;
    }

    boolean isNoteStyle() {
        return noteStyle;
    }

    /** False for the styles (92 of the repository's independent ones) that can cite but not list works. */
    boolean hasBibliography() {
        return !StylePatches.children(document.getDocumentElement(), "bibliography").isEmpty();
    }

    String layoutPrefix() {
        return layoutPrefix;
    }

    String layoutSuffix() {
        return layoutSuffix;
    }

    String layoutDelimiter() {
        return layoutDelimiter;
    }

    /**
     * The style for the bibliography: position tests untouched (citeproc-java rightly takes them as false
     * outside citations); disambiguate tests decided (see {@link StylePatches#resolveCiteConditions}).
     */
    String bibliographyXml() {
        return variants.computeIfAbsent("bibliography", k -> {
            Document copy = (Document) document.cloneNode(true);
            StylePatches.resolveCiteConditions(copy.getDocumentElement(), null);
            return serialize(copy);
        });
    }

    /**
     * The bibliography's style without its sort: works registered in the style's order (found by
     * {@link BibliographyOrder}) keep it.
     */
    String unsortedBibliographyXml() {
        return variants.computeIfAbsent("bibliography-unsorted", k -> {
            Document copy = (Document) document.cloneNode(true);
            StylePatches.resolveCiteConditions(copy.getDocumentElement(), null);
            for (Element bibliography : children(copy.getDocumentElement(), "bibliography")) {
                for (Element sort : children(bibliography, "sort")) bibliography.removeChild(sort);
            }
            return serialize(copy);
        });
    }

    /**
     * Whether the bibliography's layout or sort reads the citation number (numeric styles): citeproc-java numbers the
     * works as it sorts them, so they are left to it.
     */
    boolean bibliographyReadsCitationNumber() {
        for (Element bibliography : children(document.getDocumentElement(), "bibliography")) {
            if (mentions(bibliography, "citation-number")) return true;
        }
        return false;
    }

    /** Whether an attribute of {@code e} or of an element below it, or of a macro it calls, names {@code what}. */
    private boolean mentions(Element e, String what) {
        return mentions(e, what, new HashSet<>());
    }

    private boolean mentions(Element e, String what, Set<String> macrosSeen) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            if (attributes.item(i).getNodeValue().contains(what)) return true;
        }
        String macro = e.getAttribute("macro");
        if (!macro.isEmpty() && macrosSeen.add(macro)) {
            for (Element m : children(document.getDocumentElement(), "macro")) {
                if (m.getAttribute("name").equals(macro) && mentions(m, what, macrosSeen)) return true;
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && mentions(child, what, macrosSeen)) return true;
        }
        return false;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName() != null ? e.getLocalName() : e.getNodeName())) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The style for cites of {@code variant}; with {@code alone}, the citation layout has no prefix, suffix or
     * delimiter, for rendering one cite of a cluster on its own.
     */
    String citationXml(CiteVariant variant, boolean alone) {
        return variants.computeIfAbsent(variant + "/" + alone, k -> {
            Document copy = (Document) document.cloneNode(true);
            StylePatches.resolveCiteConditions(copy.getDocumentElement(), variant);
            if (variant.suppressAuthor()) StylePatches.removeAuthorNames(copy.getDocumentElement());
            if (alone) StylePatches.stripCitationLayoutAffixes(copy.getDocumentElement());
            return serialize(copy);
        });
    }

    /**
     * One identity transformer for every copy of a style (a book's citations need ten or so): a new factory each time
     * looked the JDK's up again and set up its serializer anew, a tenth of a second of a cold build's citations.
     * Guarded by the class: a transformer serves one document at a time.
     */
    private static Transformer identity;

    private static synchronized String serialize(Document doc) {
        try {
            if (identity == null) {
                TransformerFactory tf = TransformerFactory.newDefaultInstance();
                tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
                identity = tf.newTransformer();
                identity.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            }
            StringWriter out = new StringWriter();
            identity.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            identity = null;    // made anew for the next style: nothing half-written is kept
            throw new IllegalStateException("cannot serialize CSL style", e);
        }
    }

    /** For tests: the ids of the variants built so far. */
    List<String> builtVariants() {
        return List.copyOf(variants.keySet());
    }
}
