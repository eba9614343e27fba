package press.reader.layout;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

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

    public static PageMap empty() {
        return new PageMap(Map.of());
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
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            writeXml(out);
        }
    }

    public void writeXml(java.io.OutputStream out) throws IOException {
        try (Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pagemap>\n");
            for (Map.Entry<String, Page> e : pages.entrySet()) {
                w.write("<a id=\"" + escape(e.getKey()) + "\" n=\"" + e.getValue().index() + "\" f=\""
                        + escape(e.getValue().folio()) + "\"/>\n");
            }
            w.write("</pagemap>\n");
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
