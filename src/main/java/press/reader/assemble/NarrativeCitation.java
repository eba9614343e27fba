package press.reader.assemble;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Pandoc's in-text (narrative) citation, {@code As @smith2000 argues}: the author's name is part of the sentence
 * ("As Smith¹ argues" in a note style, "As Smith (2000) argues" in an author-date style). The names are the
 * authors' family names (else the editors', else the title), joined with the CSL locale's own words for "and" and
 * "et al.", so that a book in another language gets its own.
 *
 * <p>Pandoc's {@code -@key} in running text suppresses the author, as {@code [-@key]} does; and {@code \@} is a
 * literal at-sign, never a citation (see {@link #protectEscapedAt}).
 */
public final class NarrativeCitation {
    /** Stands for an escaped at-sign while the text passes the citation syntax: two characters, as "\@" is. */
    static final String ESCAPED_AT = "\uE040\uE040";
    private static final Pattern SUPPRESSED = Pattern.compile(
            "(?<![\\p{L}\\p{N}_\\[@-])-@([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[:.#$%&+?<>~/-](?=[\\p{L}\\p{N}_]))*)");

    private final String and;
    private final String etAl;

    private NarrativeCitation(String and, String etAl) {
        this.and = and;
        this.etAl = etAl;
    }

    /** Read once per locale, as {@code LocatorTerms} are: the locale files do not change while the JVM runs. */
    private static final Map<String, NarrativeCitation> BY_LOCALE = new ConcurrentHashMap<>();

    /** The words of the CSL locale {@code tag} (e.g. "en-US"); English when the locale lacks them. */
    public static NarrativeCitation forLocale(String tag) {
        return BY_LOCALE.computeIfAbsent(tag, NarrativeCitation::read);
    }

    private static NarrativeCitation read(String tag) {
        String and = "and";
        String etAl = "et al.";
        URL url = NarrativeCitation.class.getResource("/locales-" + tag + ".xml");
        if (url != null) {
            try (InputStream in = url.openStream()) {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                NodeList terms = f.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "term");
                for (int i = 0; i < terms.getLength(); i++) {
                    Element t = (Element) terms.item(i);
                    if (!t.getAttribute("form").isEmpty() || t.getElementsByTagNameNS("*", "single").getLength() > 0) continue;
                    if (t.getAttribute("name").equals("and")) and = t.getTextContent().strip();
                    if (t.getAttribute("name").equals("et-al")) etAl = t.getTextContent().strip();
                }
            } catch (Exception e) {
                // the locale is read by the citation engine too, which reports a broken one; the defaults stand
            }
        }
        return new NarrativeCitation(and, etAl);
    }

    /** "Smith", "Smith and Jones", "Smith et al." (three or more); the editors', else the title, without authors. */
    public String names(CSLItemData item) {
        CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        if (names == null || names.length == 0) return item.getTitle() == null ? item.getId() : item.getTitle();
        List<String> families = new ArrayList<>();
        for (CSLName n : names) {
            String family = n.getFamily() != null ? n.getFamily() : n.getLiteral() != null ? n.getLiteral() : n.getGiven();
            if (family != null) families.add((n.getNonDroppingParticle() == null ? "" : n.getNonDroppingParticle() + " ") + family);
        }
        if (families.isEmpty()) return item.getTitle() == null ? item.getId() : item.getTitle();
        if (families.size() == 1) return families.get(0);
        if (families.size() == 2) return families.get(0) + " " + and + " " + families.get(1);
        return families.get(0) + " " + etAl;
    }

    /** "-@key" in running text is pandoc's author-suppressed in-text citation: read as "[-@key]". */
    public static String suppressedInText(String text) {
        return text.indexOf("-@") < 0 ? text : SUPPRESSED.matcher(text).replaceAll("[-@$1]");
    }

    /** Before parsing: "\@" becomes {@link #ESCAPED_AT}, which no citation syntax reads, of the same length. */
    static String protectEscapedAt(String markdown) {
        return markdown.indexOf("\\@") < 0 ? markdown : markdown.replace("\\@", ESCAPED_AT);
    }

    /** After: the at-sign the author meant in text ("@"), the characters they typed in code ("\@"). */
    static String restoreAt(String text, boolean code) {
        return text.indexOf('\uE040') < 0 ? text : text.replace(ESCAPED_AT, code ? "\\@" : "@");
    }
}
