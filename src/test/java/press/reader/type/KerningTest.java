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
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class KerningTest {
    static TypeMeasure measure;
    static PdfPages pages;
    /** The text of the pages' body type only (running heads, folios and notes are smaller) */
    static String bodyText;
    static String bookXml;

    @BeforeAll
    static void measure() throws Exception {
        var built = TestBooks.real();
        measure = new TypeMeasure(built.file("degeneration.pdf"));
        pages = PdfPages.of(built.file("degeneration.pdf"));
        bodyText = bodyText(built.file("degeneration.pdf"));
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
        // a paragraph of the text that runs over a page with notes at its foot is read whole from the body type
        String body = withoutHyphens(bodyText.replaceAll("\\s+", " ")).toLowerCase(java.util.Locale.ROOT);
        String joined = withoutHyphens(text).toLowerCase(java.util.Locale.ROOT);
        assertTrue(text.codePoints().noneMatch(c -> c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF)),
                "a glyph copies as no character or a private-use one");
        Matcher m = Pattern.compile("<para xml:id=\"[^\"]+\">([^<]{120,})</para>").matcher(bookXml);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        while (m.find()) {
            String para = m.group(1).replace("&amp;", "&").replaceAll("\\s+", " ").strip().replace('\'', '’');
            checked++;
            // without case: the lead-in of a source written in capitals is set smaller, and a test reads it either way
            String wanted = withoutHyphens(para).toLowerCase(java.util.Locale.ROOT);
            if (!joined.contains(wanted) && !body.contains(wanted)) {
                missing.add(para);
            }
        }
        System.out.println("text extraction: " + (checked - missing.size()) + " of " + checked + " plain paragraphs found whole");
        assertTrue(checked > 40, checked + " paragraphs checked");
        assertEquals(List.of(), missing);
    }

    /**
     * The PDF's text between the first and the last line of body type on each page: a paragraph that runs over a
     * page whose foot holds notes is read whole, not with the notes (or the folio and running head) between its
     * halves; an essay's small-capital lead-in, on a line of the text, is kept.
     */
    private static String bodyText(java.nio.file.Path pdf) throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                float[] body = {Float.MAX_VALUE, -1};
                var measure = new org.apache.pdfbox.text.PDFTextStripper() {
                    @Override
                    protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
                        if (t.getFontSizeInPt() < 9.5f) return;
                        body[0] = Math.min(body[0], t.getYDirAdj());
                        body[1] = Math.max(body[1], t.getYDirAdj());
                    }
                };
                measure.setStartPage(p);
                measure.setEndPage(p);
                measure.getText(doc);
                var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                    @Override
                    protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
                        if (t.getYDirAdj() >= body[0] - 1 && t.getYDirAdj() <= body[1] + 1 && t.getFontSizeInPt() >= 7.5f) {
                            super.processTextPosition(t);
                        }
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                all.append(stripper.getText(doc)).append(' ');
            }
        }
        return all.toString();
    }

    /** Compared without hyphens: a compound broken at a line's or a page's end copies as "Counter- Revolution". */
    private static String withoutHyphens(String s) {
        return s.replaceAll("-\\s?", "");
    }
}
