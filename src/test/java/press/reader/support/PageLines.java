package press.reader.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The printed lines of a PDF, page by page, as a typesetter measures them: text, left and right edge, baseline and
 * type size. Note calls and other small raised type (under 7.5 pt) are left out, so that a line's last character is
 * the last character of its text.
 */
public final class PageLines {
    /** One glyph: its text, where it starts, its advance width from the font, and its type size (all in pt). */
    public record Glyph(String text, float x, float advance, float size, String font) {}

    public record Line(int page, String text, float left, float right, float baseline, float size, List<Glyph> glyphs) {
        public boolean endsInHyphen() {
            return text.endsWith("-") && text.length() > 1 && Character.isLetter(text.charAt(text.length() - 2));
        }
    }

    /**
     * The lines of the PDFs read in this test JVM, by file, size and time of writing ({@link ReadOnce}): several test
     * classes measure the real book's print PDF (kerning, hyphenation, the page design, figures), and reading its glyphs
     * is a second or more of CPU each time. Held softly; the lists are unmodifiable, so a test cannot change another's.
     */
    private static final ReadOnce<PageLines> READ = new ReadOnce<>(PageLines::new);

    private final List<List<Line>> pages = new ArrayList<>();

    public PageLines(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) pages.add(List.copyOf(read(doc, p)));
        }
    }

    /** The lines of {@code pdf}, read once per test JVM while the file is unchanged. */
    public static PageLines of(Path pdf) throws IOException {
        return READ.of(pdf);
    }

    public int pageCount() {
        return pages.size();
    }

    public List<Line> page(int physical) {
        return pages.get(physical - 1);
    }

    public List<Line> all() {
        return pages.stream().flatMap(List::stream).toList();
    }

    private static List<Line> read(PDDocument doc, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (t.getFontSizeInPt() >= 7.5f) glyphs.add(t);
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(doc);
        // one line per baseline (to a tenth of a point) and type size
        Map<String, List<TextPosition>> byLine = new TreeMap<>();
        for (TextPosition t : glyphs) {
            String key = String.format("%08.1f/%05.1f", t.getYDirAdj(), t.getFontSizeInPt());
            byLine.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        List<Line> lines = new ArrayList<>();
        for (List<TextPosition> ts : byLine.values()) {
            ts.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            StringBuilder text = new StringBuilder();
            TextPosition previous = null;
            for (TextPosition t : ts) {
                // a gap wider than a third of the type size is a word space (PDF pages carry no space characters
                // of their own in FOP's output only where a space glyph was set; both are handled)
                if (previous != null && t.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj())
                        > 0.15f * t.getFontSizeInPt() && !text.toString().endsWith(" ")) {
                    text.append(' ');
                }
                text.append(t.getUnicode());
                previous = t;
            }
            TextPosition first = ts.get(0), last = ts.get(ts.size() - 1);
            String str = text.toString().replaceAll("\\s+", " ").strip();
            if (str.isEmpty()) continue;
            List<Glyph> gs = ts.stream().map(t -> new Glyph(t.getUnicode(), t.getXDirAdj(), t.getWidthDirAdj(),
                    t.getFontSizeInPt(), t.getFont().getName())).toList();
            lines.add(new Line(page, str, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), first.getFontSizeInPt(), gs));
        }
        lines.sort(Comparator.comparingDouble(Line::baseline));
        return lines;
    }
}
