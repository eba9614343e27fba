package press.reader.cite;

import de.undercouch.citeproc.csl.CSLLabel;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import press.reader.xml.SecureXml;

/**
 * The words that name a locator ("p.", "pp.", "chap.", "vol.", "§", ...), taken, as pandoc does, from the
 * terms of a CSL locale (org.citationstyles:locales), so "[@key, chap. 3]" is read as chapter 3.
 * Only the locator types citeproc-java can label ({@link CSLLabel}) are recognised.
 */
final class LocatorTerms {
    /** term text (lower case) -> CSL locator name, longest first so "pp." wins over "p." */
    private final Map<String, String> terms;

    private LocatorTerms(Map<String, String> terms) {
        this.terms = terms;
    }

    /**
     * Read once per locale: the locale files are on the class path and do not change while the JVM runs, and parsing
     * one again at every warm rebuild was a tenth of the assembly's set-up.
     */
    private static final Map<String, LocatorTerms> BY_LOCALE = new ConcurrentHashMap<>();

    /** The terms of {@code localeTag} (e.g. "en-US"), from {@code /locales-<tag>.xml} on the classpath. */
    static LocatorTerms forLocale(String localeTag) {
        return BY_LOCALE.computeIfAbsent(localeTag, LocatorTerms::read);
    }

    private static LocatorTerms read(String localeTag) {
        URL url = LocatorTerms.class.getResource("/locales-" + localeTag + ".xml");
        if (url == null) throw new IllegalArgumentException("no CSL locale '" + localeTag + "' on the classpath");
        Map<String, String> found = new LinkedHashMap<>();
        try (InputStream in = url.openStream()) {
            Document doc = SecureXml.documentBuilderFactory().newDocumentBuilder().parse(in);
            for (Element term : StylePatches.elements(doc.getDocumentElement(), "term")) {
                String name = term.getAttribute("name");
                if (!isLabel(name)) continue;
                List<String> forms = new ArrayList<>();
                boolean hasChildren = false;
                for (Node n = term.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e) {
                        hasChildren = true;
                        forms.add(e.getTextContent());
                    }
                }
                if (!hasChildren) forms.add(term.getTextContent());
                for (String f : forms) {
                    String t = f.trim().toLowerCase(Locale.ROOT);
                    if (!t.isEmpty()) found.putIfAbsent(t, name);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read CSL locale " + localeTag + ": " + e.getMessage(), e);
        }
        Map<String, String> sorted = new LinkedHashMap<>();
        found.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new LocatorTerms(Collections.unmodifiableMap(sorted));
    }

    private static boolean isLabel(String name) {
        for (CSLLabel l : CSLLabel.values()) if (l.toString().equals(name)) return true;
        return false;
    }

    /**
     * If {@code text} starts with a locator term followed by a space or a digit, the term's locator name
     * and the length of the term (with the spaces after it); otherwise null.
     */
    Match matchAtStart(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> t : terms.entrySet()) {
            String term = t.getKey();
            if (!lower.startsWith(term)) continue;
            int end = term.length();
            if (end < text.length() && !Character.isWhitespace(text.charAt(end)) && !Character.isDigit(text.charAt(end))) {
                continue; // "page" must not match the start of "pages" or "pagination"
            }
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) end++;
            if (end == text.length()) continue; // a label needs a value after it
            return new Match(t.getValue(), end);
        }
        return null;
    }

    record Match(String label, int length) {}
}
