package press.reader.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import press.reader.support.PageLines.Glyph;
import press.reader.support.PageLines.Line;

/**
 * The page's design in figures, measured on a print PDF's lines: the room between the text and its notes, between
 * the notes and the folio, the margins, whether headings keep the text's lines on one grid, the chronology's date
 * column and the index's last page. {@link #main} prints them for any PDF (a build before a change, for one):
 * {@code java -cp target/test-classes:target/classes:... press.reader.support.PageDesign book.pdf}.
 */
public final class PageDesign {
    /**
     * Body text and notes, told apart by size as PDFBox reports it, in whole points (styles/params.xsl: 10.5 pt
     * and quotations 10 pt read as 10; notes 8.5 pt and the folio 8 pt as 8).
     */
    private static final float BODY_MIN = 9.5f, NOTE_MIN = 7.5f, NOTE_MAX = 9f;

    public final PageLines lines;
    private final float pageWidth;

    public PageDesign(Path pdf) throws IOException {
        lines = PageLines.of(pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            pageWidth = doc.getPage(0).getMediaBox().getWidth();
        }
    }

    /** On each page with notes under its text: from the text's last baseline to the first note's (pt). */
    public record Gap(int page, float points) {}

    public List<Gap> textToNotes() {
        List<Gap> out = new ArrayList<>();
        for (int p = 1; p <= lines.pageCount(); p++) {
            Line lastBody = null, firstNote = null;
            for (Line l : lines.page(p)) {
                if (l.size() >= BODY_MIN && firstNote == null) lastBody = l;
                else if (lastBody != null && firstNote == null && l.size() >= NOTE_MIN && l.size() <= NOTE_MAX && l.text().matches("\\d+\\. .*")) firstNote = l;
            }
            if (lastBody != null && firstNote != null) out.add(new Gap(p, firstNote.baseline() - lastBody.baseline()));
        }
        return out;
    }

    /** On each page with notes and a folio: from the last note's baseline to the folio's (pt). */
    public List<Gap> notesToFolio() {
        List<Gap> out = new ArrayList<>();
        for (int p = 1; p <= lines.pageCount(); p++) {
            List<Line> page = lines.page(p);
            if (page.size() < 2) continue;
            Line folio = page.get(page.size() - 1), above = page.get(page.size() - 2);
            if (!folio.text().matches("\\d+") || folio.size() > NOTE_MAX) continue;
            if (above.size() < NOTE_MIN || above.size() > NOTE_MAX) continue;
            out.add(new Gap(p, folio.baseline() - above.baseline()));
        }
        return out;
    }

    public static float min(List<Gap> gaps) {
        return (float) gaps.stream().mapToDouble(Gap::points).min().orElse(0);
    }

    /** The text block's inner and outer margins (pt), from the body lines of a right-hand and a left-hand page. */
    public float[] innerOuter() {
        float recLeft = Float.MAX_VALUE, recRight = 0, verLeft = Float.MAX_VALUE, verRight = 0;
        for (int p = 1; p <= lines.pageCount(); p++) {
            for (Line l : lines.page(p)) {
                if (l.size() < BODY_MIN || l.size() > 10.5f) continue;
                if (p % 2 == 1) {
                    recLeft = Math.min(recLeft, l.left());
                    recRight = Math.max(recRight, l.right());
                } else {
                    verLeft = Math.min(verLeft, l.left());
                    verRight = Math.max(verRight, l.right());
                }
            }
        }
        // inner: a recto's left margin and a verso's right one; outer: the other two
        return new float[] {(recLeft + pageWidth - verRight) / 2, (pageWidth - recRight + verLeft) / 2};
    }

    /**
     * Around each section heading (11 pt): the distance from the text line before it to the text line after it,
     * as a number of the text's lines (13.6 pt); a whole number keeps the page's lines on one grid.
     */
    public List<Float> linesAroundHeadings(float leading) {
        List<Float> out = new ArrayList<>();
        for (int p = 1; p <= lines.pageCount(); p++) {
            List<Line> page = lines.page(p);
            for (int i = 1; i + 1 < page.size(); i++) {
                Line h = page.get(i), before = page.get(i - 1), after = page.get(i + 1);
                if (Math.abs(h.size() - 11f) > 0.3f || !isBody(before) || !isBody(after)) continue;
                out.add((after.baseline() - before.baseline()) / leading);
            }
        }
        return out;
    }

    private static boolean isBody(Line l) {
        return Math.abs(l.size() - 10f) < 0.3f;
    }

    /**
     * The chronology's date column: the first run of glyphs on each line of the pages whose running head is
     * {@code head} (a run ends at a gap wider than a word space).
     */
    public List<String> firstColumn(String head) {
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= lines.pageCount(); p++) {
            List<Line> page = lines.page(p);
            if (page.isEmpty() || page.stream().noneMatch(l -> l.text().equals(head) || l.text().startsWith(head + " "))) continue;
            for (Line l : page) {
                List<Glyph> g = l.glyphs();
                StringBuilder run = new StringBuilder(g.get(0).text());
                for (int i = 1; i < g.size(); i++) {
                    Glyph prev = g.get(i - 1);
                    if (g.get(i).x() - (prev.x() + prev.advance()) > 6f) break;
                    run.append(g.get(i).text());
                }
                out.add(run.toString().strip());
            }
        }
        return out;
    }

    /** On a page of two columns: how many lines each column holds. */
    public int[] columnLines(int page) {
        float middle = pageWidth / 2;
        int left = 0, right = 0;
        for (Line l : lines.page(page)) {
            if (l.size() > NOTE_MAX || l.size() < NOTE_MIN) continue;
            if (l.glyphs().stream().anyMatch(g -> g.x() < middle - 20)) left++;
            if (l.glyphs().stream().anyMatch(g -> g.x() > middle + 5)) right++;
        }
        return new int[] {left, right};
    }

    public String report(float leading) {
        float[] io = innerOuter();
        return String.format("text to notes: at least %.1f pt; notes to folio: at least %.1f pt; margins: inner %.1f pt,"
                        + " outer %.1f pt; lines around headings: %s%n", min(textToNotes()), min(notesToFolio()), io[0], io[1],
                linesAroundHeadings(leading).stream().map(f -> String.format("%.2f", f)).distinct().sorted().toList());
    }

    public static void main(String[] args) throws IOException {
        for (String a : args) System.out.print("== " + a + "\n" + new PageDesign(Path.of(a)).report(13.6f));
    }
}
