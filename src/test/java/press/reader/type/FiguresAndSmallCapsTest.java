package press.reader.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.support.PageLines;
import press.reader.support.PageLines.Glyph;
import press.reader.support.PageLines.Line;
import press.reader.support.TestBooks;

/**
 * Old-style figures in running text and true small capitals, from the text faces styles/fonts/derive.py makes
 * ("Linux Libertine O OsF" and "Linux Libertine O SC", params.xsl text-font and small-caps-font), measured on the
 * real book's print PDF by the face each glyph is set in; and the text a reader copies is still the characters.
 * Before (issue 13): every figure lining, small capitals made of capitals at 80 % ("WITHIN A DECADE", copied so).
 */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class FiguresAndSmallCapsTest {
    static PageLines lines;

    @BeforeAll
    static void read() throws Exception {
        lines = PageLines.of(TestBooks.real().file("degeneration.pdf"));
    }

    private static boolean oldStyle(Glyph g) {
        return g.font().endsWith("-OsF") || g.font().endsWith("-SC");
    }

    /** Digits set in lines of the given sizes, counted by whether their face has old-style figures. */
    private static Map<String, Integer> digits(Predicate<Line> which) {
        Map<String, Integer> count = new LinkedHashMap<>(Map.of("old-style", 0, "lining", 0));
        for (Line l : lines.all()) {
            if (!which.test(l)) continue;
            for (Glyph g : l.glyphs()) {
                if (g.text().length() == 1 && Character.isDigit(g.text().charAt(0))) {
                    count.merge(oldStyle(g) ? "old-style" : "lining", 1, Integer::sum);
                }
            }
        }
        return count;
    }

    @Test
    void runningTextSetsOldStyleFigures() {
        Map<String, Integer> body = digits(l -> l.size() >= 9.4f && l.size() <= 11f);
        System.out.println("figures in the text (9.5-10.5 pt): " + body);
        int all = body.get("old-style") + body.get("lining");
        assertTrue(all > 500, all + " figures: not a test of the text");
        // the lining ones left are the running heads' and titles' sizes that fall in the range, never the text's
        assertTrue(body.get("old-style") >= 0.95 * all, body.toString());
    }

    /**
     * Figures that stand in columns or apart from words stay lining: the chronology's dates, the numbers of the notes
     * (right-aligned in their column: "9." over "10."), while the notes' text sets old-style figures.
     */
    @Test
    void tablesAndNoteNumbersKeepLiningFigures() {
        int numbers = 0;
        for (Line l : lines.all()) {
            // the notes sit under the text (an index line may begin "63. See also")
            boolean underText = lines.page(l.page()).stream().anyMatch(t -> t.size() >= 9.4f && t.size() <= 11f);
            if (l.size() >= 9f || !underText || !l.text().matches("\\d+\\. .*")) continue;
            List<Glyph> label = l.glyphs().subList(0, l.text().indexOf('.'));
            if (label.stream().anyMatch(g -> g.font().startsWith("LinBiolinum"))) continue;   // the chronology figure
            assertTrue(label.stream().noneMatch(FiguresAndSmallCapsTest::oldStyle), "note number on pdf p. " + l.page() + ": " + l.text());
            numbers++;
        }
        Map<String, Integer> notes = digits(l -> l.size() >= 8f && l.size() < 9f && !l.text().matches("\\d+\\. .*"));
        System.out.println("note numbers set lining: " + numbers + "; figures in the notes' other lines: " + notes);
        assertTrue(numbers > 50, numbers + " note numbers");
        assertTrue(notes.get("old-style") > notes.get("lining"), notes.toString());
        List<Line> dates = lines.all().stream().filter(l -> l.text().startsWith("12 November 1917")).toList();
        assertTrue(!dates.isEmpty(), "the chronology's date column");
        for (Line l : dates) assertTrue(l.glyphs().stream().noneMatch(FiguresAndSmallCapsTest::oldStyle), l.text());
    }

    /** The copied text keeps its figures: "October 1917" set in old-style figures reads back as "October 1917". */
    @Test
    void oldStyleFiguresCopyAsDigits() {
        Line l = lines.all().stream().filter(x -> x.text().contains("October 1917") && x.size() > 9.4f).findFirst().orElseThrow();
        int at = l.text().indexOf("October 1917") + "October ".length();
        assertTrue(l.glyphs().stream().filter(g -> g.text().equals("9")).allMatch(FiguresAndSmallCapsTest::oldStyle), l.text());
        assertEquals("1917", l.text().substring(at, at + 4));
    }

    /** An essay's lead-in in the face's own small capitals, copied as the author wrote it. */
    @Test
    void leadInsAreTrueSmallCapitalsAndCopyAsWritten() {
        Line lead = lines.all().stream().filter(l -> l.text().startsWith("Within a decade")).findFirst().orElseThrow(
                () -> new AssertionError("no line begins 'Within a decade' (as written)"));
        String faces = lead.glyphs().subList(0, "Within a decade".length()).stream().map(Glyph::font).distinct().toList().toString();
        System.out.println("lead-in 'Within a decade' on pdf p. " + lead.page() + " set in " + faces);
        assertTrue(lead.glyphs().subList(0, "Within a decade".length()).stream().allMatch(g -> g.font().endsWith("-SC")), faces);
        assertTrue(lead.text().startsWith("Within a decade of the revolution"), lead.text());
    }
}
