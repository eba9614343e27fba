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

    /** This map with {@code newer}'s pages where it has them. */
    public PageMap with(PageMap newer) {
        Map<String, Page> merged = new java.util.HashMap<>(pages);
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

    /** Reads a map written by {@link #writeXml}; an unreadable or missing file gives an empty map. */
    public static PageMap readXml(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** Parses the XML written by {@link #writeXml}. */
    public static PageMap parse(String xml) {
        Map<String, Page> pages = new java.util.HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<a id=\"([^\"]*)\" n=\"(\\d+)\" f=\"([^\"]*)\"/>")
                .matcher(xml);
        while (m.find()) pages.put(unescape(m.group(1)), new Page(Integer.parseInt(m.group(2)), unescape(m.group(3))));
        return new PageMap(pages);
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&amp;", "&");
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
