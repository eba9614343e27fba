package press.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.support.TestBooks;

/**
 * No paragraph leaves a single line at the foot of a page (orphan) or at the head of the next (widow). Measured on
 * the real book's body text (10.5 pt, not notes or headings): a line starting one indent in from the margin opens
 * a paragraph; a line ending well short of the right margin closes one (the text is justified).
 */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class WidowsAndOrphansTest {
    /** One line of body text on a page: where it starts and ends. */
    record Line(float y, float startX, float endX) {}

    static List<List<Line>> bodyLines(PDDocument doc) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            TreeMap<Integer, float[]> lines = new TreeMap<>();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    float size = t.getFontSize();
                    if (size < 10.4f || size > 10.6f || t.getUnicode().isBlank()) return;
                    int y = Math.round(t.getYDirAdj());
                    float[] l = lines.computeIfAbsent(y, k -> new float[] {Float.MAX_VALUE, 0});
                    l[0] = Math.min(l[0], t.getXDirAdj());
                    l[1] = Math.max(l[1], t.getXDirAdj() + t.getWidthDirAdj());
                }
            };
            s.setStartPage(i);
            s.setEndPage(i);
            s.getText(doc);
            List<Line> page = new ArrayList<>();
            lines.forEach((y, l) -> page.add(new Line(y, l[0], l[1])));
            pages.add(page);
        }
        return pages;
    }

    @Test
    void noParagraphLeavesOneLineAloneAtAPageBreak() throws IOException {
        List<String> faults = new ArrayList<>();
        int breaksChecked = 0;
        try (PDDocument doc = Loader.loadPDF(TestBooks.real().file("degeneration.pdf").toFile())) {
            List<List<Line>> pages = bodyLines(doc);
            for (int p = 0; p + 1 < pages.size(); p++) {
                List<Line> here = pages.get(p);
                List<Line> next = pages.get(p + 1);
                if (here.size() < 3 || next.size() < 3) continue;
                float left = minStart(here);
                float right = maxEnd(here);
                Line last = here.get(here.size() - 1);
                Line beforeLast = here.get(here.size() - 2);
                Line first = next.get(0);
                Line second = next.get(1);
                float nextLeft = minStart(next);
                float nextRight = maxEnd(next);
                boolean lastOpens = indented(last, left);
                boolean lastCloses = last.endX() < right - 20;
                boolean firstContinues = Math.abs(first.startX() - nextLeft) < 1;
                boolean firstCloses = first.endX() < nextRight - 20;
                boolean secondOpens = indented(second, nextLeft);
                if (!lastCloses && firstContinues) {
                    breaksChecked++;
                    if (lastOpens && !indented(beforeLast, left) && beforeLast.endX() < right - 20) {
                        faults.add("orphan at the foot of page " + (p + 1));
                    }
                    if (firstCloses && secondOpens) faults.add("widow at the head of page " + (p + 2));
                }
            }
        }
        assertTrue(breaksChecked > 20, "only " + breaksChecked + " paragraphs broken across pages were measured");
        assertEquals(List.of(), faults);
    }

    private static boolean indented(Line l, float left) {
        float d = l.startX() - left;
        return d > 10 && d < 15; // 1.2 em of 10.5 pt
    }

    private static float minStart(List<Line> lines) {
        float m = Float.MAX_VALUE;
        for (Line l : lines) m = Math.min(m, l.startX());
        return m;
    }

    private static float maxEnd(List<Line> lines) {
        float m = 0;
        for (Line l : lines) m = Math.max(m, l.endX());
        return m;
    }
}
