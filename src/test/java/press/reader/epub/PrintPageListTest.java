package press.reader.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.support.TestBooks;

/** The EPUB marks where every print page begins, lists the pages in its navigation, and declares its accessibility. */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class PrintPageListTest {
    static Map<String, String> files = new HashMap<>();
    static Map<String, Integer> folioOf = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        var built = TestBooks.real();
        try (ZipFile zip = new ZipFile(built.file(".epub").toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".xhtml") || e.getName().endsWith(".opf")) {
                    files.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        Matcher m = Pattern.compile("<a id=\"([^\"]+)\" n=\"\\d+\" f=\"(\\d+)\"/>").matcher(Files.readString(built.file(".pagemap.xml")));
        while (m.find()) folioOf.put(m.group(1), Integer.parseInt(m.group(2)));
    }

    @Test
    void thePageListNamesEveryPrintPageOnceInOrder() {
        String nav = files.get("OEBPS/text/nav.xhtml");
        assertTrue(nav.contains("epub:type=\"page-list\""), "nav has a page-list");
        Matcher m = Pattern.compile("<li><a href=\"([^\"#]+)#page-(\\d+)\">(\\d+)</a></li>").matcher(nav);
        List<Integer> pages = new ArrayList<>();
        while (m.find()) {
            assertEquals(m.group(2), m.group(3));
            String target = files.get("OEBPS/text/" + m.group(1));
            assertTrue(target.contains("id=\"page-" + m.group(2) + "\""), "page " + m.group(2) + " marked in " + m.group(1));
            pages.add(Integer.parseInt(m.group(2)));
        }
        assertTrue(pages.size() > 80, pages.size() + " pages listed");
        for (int i = 0; i < pages.size(); i++) assertEquals(pages.get(0) + i, pages.get(i), "consecutive, once each");
    }

    /**
     * A marker for page N stands where page N's text begins: right before text that the print edition has on page N,
     * or, when the page begins in mid-paragraph, at the start of the paragraph (or indexed word) that holds it.
     */
    @Test
    void eachPageMarkerStandsWhereItsPageBegins() {
        Pattern marker = Pattern.compile("<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-(\\d+)\" aria-label=\"\\1\"(?:/>|></span>)");
        Pattern anyId = Pattern.compile("id=\"([^\"]+)\"");
        int exact = 0;
        int total = 0;
        for (Map.Entry<String, String> f : files.entrySet()) {
            // the running text only: notes are gathered at the end of each chapter file
            String text = f.getValue().split("<section class=\"notes\"", 2)[0];
            Matcher m = marker.matcher(text);
            while (m.find()) {
                int page = Integer.parseInt(m.group(1));
                List<Integer> following = new ArrayList<>();
                Matcher n = anyId.matcher(text);
                n.region(m.end(), text.length());
                while (following.size() < 2 && n.find()) {
                    Integer folio = n.group(1).startsWith("page-") ? null : folioOf.get(n.group(1));
                    if (folio != null) following.add(folio);
                }
                if (following.isEmpty()) continue;
                int holder = following.get(0);
                int after = following.size() > 1 ? following.get(1) : holder;
                assertTrue(holder == page || (holder < page && after >= page),
                        "page " + page + " marked before text of pages " + following + " in " + f.getKey());
                if (holder == page) exact++;
                total++;
            }
        }
        assertTrue(total > 60, total + " markers");
        assertTrue(exact > total / 2, exact + " of " + total + " markers stand right before their page's first words");
    }

    @Test
    void thePackageDeclaresItsAccessibility() {
        String opf = files.get("OEBPS/content.opf");
        for (String feature : new String[] {"tableOfContents", "index", "printPageNumbers", "readingOrder", "structuralNavigation"}) {
            assertTrue(opf.contains("<meta property=\"schema:accessibilityFeature\">" + feature + "</meta>"), feature);
        }
        for (String property : new String[] {"schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityHazard",
            "schema:accessibilitySummary", "dcterms:conformsTo"}) {
            assertTrue(opf.contains("property=\"" + property + "\""), property);
        }
        assertTrue(opf.contains("properties=\"cover-image\""), "cover image declared");
    }

    @Test
    void notesArePopupsWithAWayBack() {
        String weissman = files.get("OEBPS/text/weissman.xhtml");
        assertTrue(weissman.contains("epub:type=\"noteref\" role=\"doc-noteref\""));
        Matcher m = Pattern.compile("<aside id=\"([^\"]+)\" epub:type=\"footnote\" role=\"doc-footnote\"").matcher(weissman);
        int notes = 0;
        while (m.find()) {
            assertTrue(weissman.contains("href=\"#" + m.group(1) + "\""), "note " + m.group(1) + " is called");
            assertTrue(weissman.contains("href=\"#call-" + m.group(1) + "\" role=\"doc-backlink\""), "note " + m.group(1) + " links back");
            notes++;
        }
        assertTrue(notes > 10, notes + " notes");
        assertTrue(weissman.contains("<span class=\"ed-mark\">—\u00A0Ed.</span>"), "editor's notes are marked, unbreakably");
    }
}
