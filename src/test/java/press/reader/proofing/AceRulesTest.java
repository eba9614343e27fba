package press.reader.proofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two rules of Ace by DAISY, the EPUB accessibility checker, checked on the XHTML and the package document directly
 * (Ace itself needs Node and Chromium; the README says how to run it).
 */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class AceRulesTest {
    /** Ace's "epub-type-has-matching-role": an element with one of these epub:types carries the matching ARIA role. */
    private static final Map<String, String> ROLE_OF = Map.of("glossref", "doc-glossref", "noteref", "doc-noteref",
            "footnote", "doc-footnote", "pagebreak", "doc-pagebreak", "chapter", "doc-chapter", "epigraph", "doc-epigraph",
            "biblioentry", "doc-biblioentry", "endnotes", "doc-endnotes");

    @Test
    void everyElementWithAnEpubTypeThatHasARoleCarriesIt() throws IOException {
        List<String> missing = new ArrayList<>();
        int glossrefs = 0;
        Pattern element = Pattern.compile("<[a-z0-9]+\\b[^>]*\\bepub:type=\"([^\"]+)\"[^>]*>");
        for (var file : RealBook.get().epub.entrySet()) {
            if (!file.getKey().endsWith(".xhtml") || file.getKey().endsWith("nav.xhtml")) continue;
            Matcher m = element.matcher(file.getValue());
            while (m.find()) {
                String tag = m.group();
                Matcher role = Pattern.compile("\\brole=\"([^\"]+)\"").matcher(tag);
                String roles = role.find() ? " " + role.group(1) + " " : " ";
                for (String type : m.group(1).split("\\s+")) {
                    String wanted = ROLE_OF.get(type);
                    if (type.equals("glossref")) glossrefs++;
                    if (wanted != null && !roles.contains(" " + wanted + " ")) missing.add(file.getKey() + ": " + tag);
                }
            }
        }
        assertTrue(glossrefs > 100, "glossary links seen: " + glossrefs);
        assertEquals(List.of(), missing.subList(0, Math.min(5, missing.size())), missing.size() + " without their role");
    }

    /** Ace's "epub-pagesource": a page list names the print edition it comes from, in dc:source and pageBreakSource. */
    @Test
    void thePageListNamesThePrintEditionItComesFrom() throws IOException {
        String nav = RealBook.get().epub.entrySet().stream().filter(e -> e.getKey().endsWith("nav.xhtml")).findFirst()
                .orElseThrow().getValue();
        assertTrue(nav.contains("epub:type=\"page-list\""), "the EPUB has a page list");
        String opf = RealBook.get().epub.entrySet().stream().filter(e -> e.getKey().endsWith(".opf")).findFirst()
                .orElseThrow().getValue();
        Matcher source = Pattern.compile("<dc:source id=\"print-source\">([^<]+)</dc:source>").matcher(opf);
        Matcher pageBreakSource = Pattern.compile("<meta property=\"pageBreakSource\">([^<]+)</meta>").matcher(opf);
        assertTrue(source.find(), opf);
        assertTrue(pageBreakSource.find(), opf);
        assertEquals(source.group(1), pageBreakSource.group(1));
        assertTrue(source.group(1).matches("urn:isbn:[0-9X-]+|urn:uuid:[0-9a-f-]+#print"), source.group(1));
    }
}
