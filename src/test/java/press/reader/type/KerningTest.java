package press.reader.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.support.PdfPages;
import press.reader.support.TestBooks;
import press.reader.support.TypeMeasure;

/**
 * Pair kerning in the real book's print PDF, read from the glyph positions its text operators give, and the text
 * a reader copies out of it: kerning must never cost a character.
 */
@Tag("slow")   // reads the real book, laid out once per test JVM (see README, Tests)
class KerningTest {
    static TypeMeasure measure;
    static PdfPages pages;
    static String bookXml;

    @BeforeAll
    static void measure() throws Exception {
        var built = TestBooks.real();
        measure = new TypeMeasure(built.file("degeneration.pdf"));
        pages = new PdfPages(built.file("degeneration.pdf"));
        bookXml = Files.readString(built.file(".book.xml"));
        System.out.print(measure.report());
    }

    @Test
    void theFontsOwnPairsAreKernedWhereverTheyAreSet() {
        Map<String, float[]> pairs = measure.knownPairs();
        for (String pair : List.of("To", "Wa", "We", "Tr", "y,", "y.", "r.", "r,")) {
            float[] p = pairs.get(pair);
            assertTrue(p[0] >= 10, pair + " is set only " + (int) p[0] + " times: not a test of it");
            assertTrue(p[2] >= 0.95 * p[0], pair + ": " + (int) p[2] + " of " + (int) p[0] + " kerned");
            assertTrue(p[1] <= -15, pair + " kerned by " + p[1] + "/1000 em (Libertine: -20 to -80)");
        }
        assertTrue(measure.kernedAdjustments() > 5000, measure.kernedAdjustments() + " kerning adjustments in the book");
    }

    /** Every paragraph of plain text in the book document is found whole in the text copied from the pages. */
    @Test
    void theTextCopiedFromThePagesIsTheSourceText() {
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= pages.count(); p++) all.append(pages.page(p)).append(' ');
        String text = all.toString().replaceAll("\\s+", " ");
        String joined = withoutHyphens(text);
        assertTrue(text.codePoints().noneMatch(c -> c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF)),
                "a glyph copies as no character or a private-use one");
        Matcher m = Pattern.compile("<para xml:id=\"[^\"]+\">([^<]{120,})</para>").matcher(bookXml);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        while (m.find()) {
            String para = m.group(1).replace("&amp;", "&").replaceAll("\\s+", " ").strip().replace('\'', '’');
            checked++;
            // without case: an essay's first words are set as small capitals ("WITHIN A DECADE of the revolution")
            if (!joined.toLowerCase(java.util.Locale.ROOT).contains(withoutHyphens(para).toLowerCase(java.util.Locale.ROOT))) {
                missing.add(para);
            }
        }
        System.out.println("text extraction: " + (checked - missing.size()) + " of " + checked + " plain paragraphs found whole");
        assertTrue(checked > 40, checked + " paragraphs checked");
        assertEquals(List.of(), missing);
    }

    /** Compared without hyphens: a compound broken at a line's or a page's end copies as "Counter- Revolution". */
    private static String withoutHyphens(String s) {
        return s.replaceAll("-\\s?", "");
    }
}
