package press.reader.figure;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DOMDestination;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs styles/timeline-figure.xsl the way styles/fo.xsl and styles/epub/epub.xsl will: a stylesheet that
 * includes the module (and common.xsl, for its words) and calls the named template timeline-svg with the book document as context.
 */
final class TimelineFigure {
    static final String SVG = "http://www.w3.org/2000/svg";
    static final Path MODULE = Path.of("styles", "timeline-figure.xsl");
    /** The word list's function (bp:word), which the figure's words come from, as in fo.xsl and epub.xsl */
    static final Path COMMON = Path.of("styles", "common.xsl");
    static final Path SMALL = Path.of("src", "test", "resources", "figure", "chronology-small.xml");
    static final Path REAL = Path.of("src", "test", "resources", "figure", "chronology-real.xml");

    private static final String CALLER = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:include href="%s"/>
              <xsl:include href="%s"/>
              <xsl:template match="/"><xsl:call-template name="timeline-svg"/></xsl:template>
            </xsl:stylesheet>
            """;

    private TimelineFigure() {}

    /** The figure drawn from the chronology in {@code book}, with the module's parameters set as given. */
    static Document draw(Path book, Map<String, String> params) throws Exception {
        return draw(MODULE.getParent(), book, params);
    }

    /** As {@link #draw(Path, Map)}, with the modules and the word lists of another styles folder */
    static Document draw(Path styles, Path book, Map<String, String> params) throws Exception {
        Processor saxon = new Processor(false);
        String caller = CALLER.formatted(styles.resolve(MODULE.getFileName()).toAbsolutePath().toUri(),
                styles.resolve(COMMON.getFileName()).toAbsolutePath().toUri());
        XsltExecutable exe = saxon.newXsltCompiler().compile(new StreamSource(new StringReader(caller), "caller.xsl"));
        Xslt30Transformer t = exe.load30();
        Map<QName, net.sf.saxon.s9api.XdmValue> values = new java.util.HashMap<>();
        params.forEach((k, v) -> values.put(new QName(k), new XdmAtomicValue(v)));
        t.setStylesheetParameters(values);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document svg = f.newDocumentBuilder().newDocument();
        // as a build runs the styles: the book document is the global context item too (where the editor's settings are)
        XdmNode doc = saxon.newDocumentBuilder().build(book.toFile());
        t.setGlobalContextItem(doc);
        t.applyTemplates(doc, new DOMDestination(svg));
        return svg;
    }

    static Document draw(Path book) throws Exception {
        return draw(book, Map.of());
    }

    /** Elements named {@code local} in the SVG namespace, in document order. */
    static List<Element> elements(Document doc, String local) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG, local);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) list.add((Element) nodes.item(i));
        return list;
    }

    /** Rows of the chronology in {@code book}; and how many of them are context events. */
    static int[] rowsAndContext(Path book) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(book.toFile());
        NodeList rows = doc.getElementsByTagNameNS("http://docbook.org/ns/docbook", "row");
        int events = 0, context = 0;
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (row.getElementsByTagNameNS("http://docbook.org/ns/docbook", "date").getLength() == 0) continue;
            events++;
            Element para = (Element) row.getElementsByTagNameNS("http://docbook.org/ns/docbook", "para").item(0);
            if ("context".equals(para.getAttribute("role"))) context++;
        }
        return new int[] {events, context};
    }
}
