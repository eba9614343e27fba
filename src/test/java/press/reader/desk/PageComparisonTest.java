package press.reader.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which print pages changed, from two PDFs: new words, a word set in italic, a moved line, a page added. */
class PageComparisonTest {
    @TempDir
    Path dir;

    @Test
    void aPageCountsAsChangedWhenItsWordsTypefaceOrPlaceChange() throws IOException {
        BuildSnapshot before = snapshot("before", List.of(
                new Line[] {new Line("Suddenly, in Russia, revolution was an actuality.", false, 700)},
                new Line[] {new Line("The second page.", false, 700)},
                new Line[] {new Line("The third page.", false, 700)},
                new Line[] {new Line("The fourth page.", false, 700)}));
        BuildSnapshot after = snapshot("after", List.of(
                new Line[] {new Line("Suddenly, in Russia, revolution was an actuality.", true, 700)},
                new Line[] {new Line("The second page.", false, 700)},
                new Line[] {new Line("The third page.", false, 690)},
                new Line[] {new Line("The fourth page, revised.", false, 700)},
                new Line[] {new Line("A fifth page.", false, 700)}));
        ChangeReport report = ChangeReport.between(before, after);
        assertEquals(List.of(1, 3, 4, 5), report.pages(), "italic on 1, moved on 3, new words on 4, new page 5");
        assertEquals(4, report.pagesBefore());
        assertEquals(5, report.pagesAfter());
        before.close();
        after.close();
    }

    /** A line of text at height {@code y}; with {@code italic}, its last word is set in italic, within the line. */
    record Line(String text, boolean italic, float y) {}

    private BuildSnapshot snapshot(String name, List<Line[]> pages) throws IOException {
        Path out = Files.createDirectories(dir.resolve(name));
        try (PDDocument doc = new PDDocument()) {
            for (Line[] lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Line l : lines) {
                        int cut = l.text().lastIndexOf(' ') + 1;
                        cs.beginText();
                        cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                        cs.newLineAtOffset(72, l.y());
                        cs.showText(l.text().substring(0, cut));
                        cs.setFont(new PDType1Font(l.italic() ? Standard14Fonts.FontName.TIMES_ITALIC
                                : Standard14Fonts.FontName.TIMES_ROMAN), 12);
                        cs.showText(l.text().substring(cut));
                        cs.endText();
                    }
                }
            }
            doc.save(out.resolve("b.pdf").toFile());
        }
        return BuildSnapshot.read(1, out, "b", ManuscriptText.of(Map.of()));
    }
}
