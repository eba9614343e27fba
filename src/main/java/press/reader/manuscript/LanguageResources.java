package press.reader.manuscript;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import press.reader.xml.SecureXml;

/**
 * What the libraries can load for the book's language: the CSL locale of citeproc (org.citationstyles:locales,
 * {@code /locales-xx-YY.xml}) and FOP's hyphenation patterns (net.sf.offo:fop-hyph, {@code /hyph/xx.hyp}). Both are
 * looked up exactly as the libraries do, on the class path, so a language that passes here loads there.
 */
public final class LanguageResources {
    /** The CSL locale used when the book's language has none. */
    public static final String FALLBACK_CSL_LOCALE = "en-US";

    private LanguageResources() {}

    /**
     * The CSL locale for a BCP 47 language tag: the tag itself if citeproc has it ("de-AT"), else the language's
     * main locale ("de" gives "de-DE", "pt-AO" gives "pt-PT"), else {@link #FALLBACK_CSL_LOCALE}.
     */
    public static String cslLocale(String language) {
        if (language == null || language.isBlank()) return FALLBACK_CSL_LOCALE;
        String tag = Locale.forLanguageTag(language.strip()).toLanguageTag();
        if (exists("/locales-" + tag + ".xml")) return tag;
        String primary = Locale.forLanguageTag(tag).getLanguage();
        if (primary.isEmpty()) return FALLBACK_CSL_LOCALE;
        if (exists("/locales-" + primary + ".xml")) return primary;
        // the language's main country, as the CSL locales name it (de-DE, fr-FR, en-US, ...)
        String main = primary + "-" + primary.toUpperCase(Locale.ROOT);
        if (exists("/locales-" + main + ".xml")) return main;
        for (String known : new String[] {"en-US", "pt-PT", "zh-CN", "sv-SE", "da-DK", "cs-CZ", "el-GR", "ja-JP",
                "ko-KR", "he-IL", "uk-UA", "et-EE", "nb-NO", "vi-VN", "fa-IR", "hi-IN", "ca-AD", "af-ZA", "ms-MY"}) {
            if (known.startsWith(primary + "-") && exists("/locales-" + known + ".xml")) return known;
        }
        return FALLBACK_CSL_LOCALE;
    }

    /** True if FOP has hyphenation patterns for the language (with or without its country). */
    public static boolean hasHyphenation(String language) {
        Locale l = Locale.forLanguageTag(language.strip());
        if (l.getLanguage().isEmpty()) return false;
        return exists("/hyph/" + l.getLanguage() + ".hyp")
                || (!l.getCountry().isEmpty() && exists("/hyph/" + l.getLanguage() + "_" + l.getCountry() + ".hyp"));
    }

    /**
     * The words citeproc prints from a CSL locale (its terms, and the affixes of its date formats, such as Japanese
     * 年月日), joined by spaces; empty if the locale cannot be read. The fonts must draw them like the author's words.
     */
    public static String cslLocaleWords(String cslLocale) {
        URL url = LanguageResources.class.getResource("/locales-" + cslLocale + ".xml");
        if (url == null) return "";
        StringBuilder words = new StringBuilder();
        try (InputStream in = url.openStream()) {
            Document doc = SecureXml.documentBuilderFactory().newDocumentBuilder().parse(in);
            NodeList terms = doc.getElementsByTagNameNS("*", "terms");
            for (int i = 0; i < terms.getLength(); i++) words.append(terms.item(i).getTextContent()).append(' ');
            NodeList parts = doc.getElementsByTagNameNS("*", "date-part");
            for (int i = 0; i < parts.getLength(); i++) {
                Element part = (Element) parts.item(i);
                words.append(part.getAttribute("prefix")).append(' ').append(part.getAttribute("suffix")).append(' ');
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            return "";  // a locale that does not parse is citeproc's to refuse; there are no words to check
        }
        return words.toString();
    }

    private static boolean exists(String resource) {
        return LanguageResources.class.getResource(resource) != null;
    }
}
