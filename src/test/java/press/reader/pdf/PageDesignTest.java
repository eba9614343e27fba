package press.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.layout.PageMap;
import press.reader.support.PageDesign;
import press.reader.support.TestBooks;

/**
 * The page of the real book's print PDF, measured (figures printed). Before (issue 13): the footnote rule sat on
 * the last line's descenders and the folio 11.9 pt under the last note, reading as one more; margins inner 61 pt,
 * outer 43 pt; a heading took 3.6 lines, so lines drifted across a spread; the chronology broke "(6 November 1917
 * / NS)"; the index's last page filled half a column.
 */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class PageDesignTest {
    static PageDesign design;
    static Map<String, PageMap.Page> pageOf;
    static String bookXml;

    @BeforeAll
    static void measure() throws Exception {
        var built = TestBooks.real();
        design = new PageDesign(built.file("degeneration.pdf"));
        pageOf = PageMap.parse(Files.readString(built.file(".pagemap.xml"))).all();
        bookXml = Files.readString(built.file(".book.xml"));
        System.out.print(design.report(13.6f));
    }

    /** The rule's 7 pt above it is kept: text, rule and first note never touch (a text line is 13.6 pt). */
    @Test
    void notesStandClearOfTheText() {
        float gap = PageDesign.min(design.textToNotes());
        assertTrue(design.textToNotes().size() > 20, design.textToNotes().size() + " pages with notes");
        assertTrue(gap >= 18f, "the first note's baseline only " + gap + " pt under the text's last");
    }

    /** The folio sits at the foot of its region, a clear line below the last note. */
    @Test
    void theFolioIsClearOfTheNotes() {
        float gap = PageDesign.min(design.notesToFolio());
        assertTrue(design.notesToFolio().size() > 10, design.notesToFolio().size() + " pages with notes and a folio");
        assertTrue(gap >= 18f, "the folio only " + gap + " pt under the last note");
    }

    /** Outer margin at least the inner one (the binding takes some of the inner), both above printers' minimums. */
    @Test
    void theOuterMarginIsAtLeastTheInner() {
        float[] io = design.innerOuter();
        assertTrue(io[1] >= io[0] - 0.5f, "inner " + io[0] + " pt, outer " + io[1] + " pt");
        assertTrue(io[0] >= 0.375f * 72 && io[1] >= 0.25f * 72, "inner " + io[0] + " pt, outer " + io[1] + " pt");
    }

    /** A heading takes whole lines: the text under it is on the page's grid of 13.6 pt lines. */
    @Test
    void headingsTakeWholeLines() {
        List<Float> around = design.linesAroundHeadings(13.6f);
        long whole = around.stream().filter(f -> Math.abs(f - Math.round(f)) < 0.06f).count();
        System.out.println("lines around headings: " + whole + " of " + around.size() + " a whole number");
        assertTrue(around.size() > 10, around.toString());
        assertTrue(whole >= 0.85 * around.size(), around.toString());
    }

    /** The chronology's dates stand whole on one line each: never "12 November" with "1917" on the next line. */
    @Test
    void chronologyDatesAreNotBroken() {
        List<String> dates = design.firstColumn("Chronology");
        List<String> broken = dates.stream().filter(d -> d.matches("\\d{1,2} [A-Z][a-z]+")).toList();
        long whole = dates.stream().filter(d -> d.matches("\\d{1,2} [A-Z][a-z]+ \\d{4}")).count();
        System.out.println("chronology: " + whole + " dates whole on their line, " + broken.size() + " broken " + broken);
        assertTrue(whole > 20, whole + " dates");
        assertEquals(List.of(), broken);
    }

    /** The index's last page: its two columns balanced (before: half the left column, the right one empty). */
    @Test
    void theIndexsLastPageIsBalanced() {
        int last = pageOf.get("index--end").index();
        int[] columns = design.columnLines(last);
        System.out.println("index, last page: " + columns[0] + " and " + columns[1] + " lines");
        assertTrue(Math.abs(columns[0] - columns[1]) <= 2, columns[0] + " and " + columns[1] + " lines");
    }

    /** The glossary's last page never holds one entry alone. */
    @Test
    void theGlossarysLastPageHoldsMoreThanOneEntry() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<glossentry xml:id=\"([^\"]+)\"").matcher(bookXml);
        java.util.TreeMap<Integer, Integer> perPage = new java.util.TreeMap<>();
        while (m.find()) perPage.merge(pageOf.get(m.group(1)).index(), 1, Integer::sum);
        System.out.println("glossary entries per page: " + perPage);
        assertTrue(perPage.lastEntry().getValue() >= 2, perPage.toString());
    }
}
