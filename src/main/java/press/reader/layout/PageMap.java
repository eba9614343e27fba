package press.reader.layout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.xml.SecureXml;

/**
 * Where the layout put things: for every anchor id, the physical page (1-based) and the folio printed on it.
 * Only FOP knows this; it comes back from a layout pass, never from a guess.
 */
public final class PageMap {
    /** One page: its position in the PDF and its printed number ("v", "47"). */
    public record Page(int index, String folio) {}

    private final Map<String, Page> pages;

    public PageMap(Map<String, Page> pages) {
        this.pages = Collections.unmodifiableMap(new TreeMap<>(pages));
    }

    private PageMap(SortedMap<String, Page> pages, boolean view) {
        this.pages = Collections.unmodifiableSortedMap(pages);
    }

    /**
     * The map of {@code pages} as they are, not a copy, for a reader that is done with it before they change: the cold
     * pass gives each sequence the pages before it, and a copy for each was quadratic in the book's length (at ten
     * times the book, 7 % of its layouts' thread).
     */
    static PageMap viewOf(SortedMap<String, Page> pages) {
        return new PageMap(pages, true);
    }

    public static PageMap empty() {
        return new PageMap(Map.of());
    }

    /** This map with {@code newer}'s pages where it has them. */
    public PageMap with(PageMap newer) {
        Map<String, Page> merged = new HashMap<>(pages);
        merged.putAll(newer.pages);
        return new PageMap(merged);
    }

    public Page page(String id) {
        return pages.get(id);
    }

    public Map<String, Page> all() {
        return pages;
    }

    public int size() {
        return pages.size();
    }

    /** Writes the map as the XML the stylesheets read: {@code <pagemap><a id="" n="" f=""/>...}. */
    public void writeXml(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeXml(out);
        }
    }

    public void writeXml(OutputStream out) throws IOException {
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pagemap>\n");
            for (Map.Entry<String, Page> e : pages.entrySet()) {
                w.write("<a id=\"" + escape(e.getKey()) + "\" n=\"" + e.getValue().index() + "\" f=\""
                        + escape(e.getValue().folio()) + "\"/>\n");
            }
            w.write("</pagemap>\n");
        }
    }

    /** Reads a map written by {@link #writeXml}; an unreadable or missing file gives an empty map. */
    public static PageMap readXml(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** Parses the XML written by {@link #writeXml} (with the secure XML parser: a page map is read back from disk). */
    public static PageMap parse(String xml) {
        Map<String, Page> pages = new HashMap<>();
        try {
            SecureXml.saxParserFactory().newSAXParser().parse(new InputSource(new StringReader(xml)), new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if (!qName.equals("a")) return;
                    String id = atts.getValue("id");
                    String n = atts.getValue("n");
                    String f = atts.getValue("f");
                    if (id != null && n != null && f != null && n.matches("\\d{1,9}")) {
                        pages.put(id, new Page(Integer.parseInt(n), f));
                    }
                }
            });
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return empty();   // a damaged page map is only a missing one: the layout makes it again
        }
        return new PageMap(pages);
    }

    /**
     * The map as the document the stylesheets read ({@code $pagemap}): the XML of {@link #writeXml}, built in memory
     * and passed as a parameter, never through a file.
     */
    public XdmNode toDocument(Processor processor) {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            writeXml(xml);
            return processor.newDocumentBuilder().build(new StreamSource(new ByteArrayInputStream(xml.toByteArray())));
        } catch (IOException | SaxonApiException e) {
            throw new IllegalStateException("the page map cannot be read back", e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageMap other && pages.equals(other.pages);
    }

    @Override
    public int hashCode() {
        return pages.hashCode();
    }
}
