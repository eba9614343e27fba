package press.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;
import press.reader.features.chronology.TimelineEvent;
import press.reader.features.chronology.TimelineFile;
import press.reader.features.index.IndexFile;
import press.reader.features.index.IndexHeading;
import press.reader.support.PdfPages;
import press.reader.support.TestBooks;

/**
 * The page numbers the book prints come from the layout pass: an index locator's page mentions the term, a
 * chronology reference's page mentions the event, and the map agrees with where the PDF really put each anchor.
 */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class PageReferencesTest {
    static PdfPages pages;
    static Manuscript ms;
    static String bookXml;
    static Map<String, int[]> pageMap = new HashMap<>(); // id -> {physical, folio or -1}

    @BeforeAll
    static void load() throws Exception {
        var built = TestBooks.real();
        pages = PdfPages.of(built.file("degeneration.pdf"));
        ms = TestBooks.read(TestBooks.REAL_MANUSCRIPT, new Diagnostics());
        bookXml = Files.readString(built.file(".book.xml"));
        Matcher m = Pattern.compile("<a id=\"([^\"]+)\" n=\"(\\d+)\" f=\"([^\"]*)\"/>").matcher(Files.readString(built.file(".pagemap.xml")));
        while (m.find()) {
            pageMap.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), m.group(3).matches("\\d+") ? Integer.parseInt(m.group(3)) : -1});
        }
    }

    private static Map<String, IndexHeading> headingsByName() {
        Map<String, IndexHeading> byName = new HashMap<>();
        for (IndexHeading h : ms.apparatus(IndexFile.FILE)) byName.put(h.headword(), h);
        return byName;
    }

    private static boolean mentions(String pageText, List<String> forms) {
        // without case: an essay's first words are set in (simulated) small capitals, "THE October Revolution"
        String page = pageText.toLowerCase(java.util.Locale.ROOT);
        return forms.stream().anyMatch(f -> page.contains(PdfPages.normalise(f).toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The words begin at the foot of this page and end at the top of the next (notes may come between): split at a
     * space for a phrase, or within a word broken by hyphenation (the PDF text keeps no hyphen).
     */
    private static boolean straddles(int physical, List<String> forms) {
        if (physical >= pages.count()) return false;
        String here = pages.page(physical);
        String next = pages.page(physical + 1);
        for (String f : forms) {
            String n = PdfPages.normalise(f);
            for (int cut = 2; cut <= n.length() - 2; cut++) {
                if (here.contains(n.substring(0, cut).strip()) && next.contains(n.substring(cut).strip())
                        && (n.charAt(cut) == ' ' || n.charAt(cut - 1) == ' ' || Character.isLetter(n.charAt(cut)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every occurrence's page, per the map, shows the term: checks the map against the PDF itself. */
    @Test
    void everyIndexedOccurrenceIsOnThePageTheMapSays() {
        Map<String, IndexHeading> byName = headingsByName();
        Matcher m = Pattern.compile("<indexterm xml:id=\"(ix-[^\"]+)\"[^>]*>\\s*<primary>([^<]+)</primary>(?:\\s*<secondary>([^<]+)</secondary>)?")
                .matcher(bookXml);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        while (m.find()) {
            IndexHeading h = byName.get(m.group(2).replace("&amp;", "&"));
            List<String> forms = new ArrayList<>(h.forms());
            if (m.group(3) != null) {
                h.subentries().stream().filter(s -> s.headword().equals(m.group(3))).forEach(s -> forms.addAll(s.forms()));
            }
            int physical = pageMap.get(m.group(1))[0];
            boolean here = mentions(pages.page(physical), forms);
            // a word can straddle a page break: then it starts on this page and ends on the next
            if (!here && !straddles(physical, forms) && !mentions(straddle(physical), forms)) failures.add(m.group(1) + " " + h.headword() + " p" + physical);
            checked++;
        }
        assertTrue(checked > 500, "only " + checked + " occurrences");
        assertEquals(List.of(), failures);
    }

    /** The printed index: for a sample of headings, every printed locator (and every page of a range) mentions it. */
    @Test
    void printedIndexLocatorsPointToPagesThatMentionTheTerm() {
        int indexStart = pageMap.get("index")[0];
        StringBuilder index = new StringBuilder();
        for (int p = indexStart; p <= pages.count(); p++) index.append(pages.page(p)).append(' ');
        int offset = offsetOfArabicFolios();
        Map<String, IndexHeading> byName = headingsByName();
        List<String> sample = new ArrayList<>(byName.keySet().stream().filter(k -> byName.get(k).see() == null
                && byName.get(k).subentries().isEmpty()).sorted().toList());
        java.util.Collections.shuffle(sample, new Random(42));
        int checkedLocators = 0;
        for (String headword : sample.subList(0, 40)) {
            // not inside a longer heading ("Hungary" in "Austria-Hungary, 4, 22")
            Matcher m = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(PdfPages.normalise(headword)) + ", ((?:\\d+(?:–\\d+)?n?(?:, )?)+)").matcher(index);
            if (!m.find()) continue;
            for (String loc : m.group(1).split(", ")) {
                if (loc.isBlank()) continue;
                boolean note = loc.endsWith("n");
                String[] range = loc.replace("n", "").split("–");
                int from = Integer.parseInt(range[0]);
                int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
                for (int folio = from; folio <= to; folio++) {
                    String text = straddle(folio + offset);
                    assertTrue(mentions(text, byName.get(headword).forms()), headword + " " + loc + (note ? " (note)" : ""));
                    checkedLocators++;
                }
            }
        }
        assertTrue(checkedLocators > 40, "checked only " + checkedLocators + " locators");
    }

    /**
     * A page's text followed by the next page's, both joined directly (a word hyphenated across the page break, whose
     * hyphen the PDF text does not carry) and with a space: what begins on this page may end on the next.
     */
    private static String straddle(int physical) {
        String here = pages.page(physical);
        if (physical >= pages.count()) return here;
        String next = pages.page(physical + 1);
        return here + next + " " + here + " " + next;
    }

    private static int offsetOfArabicFolios() {
        for (int[] v : pageMap.values()) if (v[1] > 0) return v[0] - v[1];
        throw new AssertionError("no arabic folio in the page map");
    }

    /** Each chronology reference (essay + page) leads to a page that carries the event's words. */
    @Test
    void chronologyReferencesPointToPagesThatDiscussTheEvent() {
        List<TimelineEvent> events = new ArrayList<>(ms.apparatus(TimelineFile.FILE));
        events.sort(java.util.Comparator.comparing(TimelineEvent::sortKey));
        int checked = 0;
        for (int i = 0; i < events.size(); i++) {
            for (String essay : events.get(i).essays()) {
                int[] at = pageMap.get("tl" + (i + 1) + "-" + essay);
                if (at == null) continue;
                String text = straddle(at[0]);
                assertTrue(mentions(text, events.get(i).match()) || straddles(at[0], events.get(i).match()), events.get(i).event() + " in " + essay + " p" + at[0]);
                checked++;
            }
        }
        assertTrue(checked > 80, "checked " + checked);
    }
}
