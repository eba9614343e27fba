package press.reader.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** The text of every page of a PDF, with words hyphenated across lines joined again, for tests that search pages. */
public final class PdfPages {
    private static final ReadOnce<PdfPages> READ = new ReadOnce<>(PdfPages::new);

    private final List<String> pages = new ArrayList<>();

    /**
     * The pages of {@code pdf}, read once per test JVM while the file is unchanged: the real book's print PDF is read
     * by several test classes (as {@link PageLines#of} is).
     */
    public static PdfPages of(Path pdf) throws IOException {
        return READ.of(pdf);
    }

    public PdfPages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // Only the text block: running heads and folios would come between the halves of a word broken
            // across pages. The margins are those of styles/params.xsl (0.6in + 0.3in head, 0.55in + 0.3in foot).
            PDFTextStripperByArea stripper = new PDFTextStripperByArea() {
                // Note calls and glossary marks (6.5 pt) sit inside phrases: leave them out of the text.
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    if (text.getFontSizeInPt() >= 7.5f) super.processTextPosition(text);
                }
            };
            for (PDPage page : doc.getPages()) {
                float w = page.getMediaBox().getWidth();
                float h = page.getMediaBox().getHeight();
                stripper.addRegion("body", new java.awt.geom.Rectangle2D.Float(0, 0.88f * 72, w, h - (0.88f + 0.86f) * 72));
                stripper.extractRegions(page);
                pages.add(normalise(stripper.getTextForRegion("body")));
                stripper.removeRegion("body");
            }
        }
    }

    /**
     * Joins "Bolshe-\nviks", keeps the hyphen of a compound broken at it before a capital ("Brest-\nLitovsk"), folds
     * line breaks and runs of spaces, curls apostrophes as the cleaned text has them, and drops the glossary mark (°)
     * that follows a term's first occurrence.
     */
    public static String normalise(String s) {
        return s.replaceAll("(\\p{L})-\\R(\\p{Ll})", "$1$2").replaceAll("(\\p{L})-\\R(\\p{Lu})", "$1-$2")
                .replace("°", "").replaceAll("\\s+", " ").replace('\'', '’');
    }

    /** The text of the 1-based physical page. */
    public String page(int physical) {
        return pages.get(physical - 1);
    }

    public int count() {
        return pages.size();
    }
}
