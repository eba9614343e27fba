package press.reader.proof;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs made in the test: 6 x 9 in pages, each with its page number and a black bar at the top. */
public final class TestPdfs {
    private TestPdfs() {}

    static final float WIDTH = 6 * 72;
    static final float HEIGHT = 9 * 72;

    public static Path book(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.addRect(36, HEIGHT - 72, WIDTH - 72, 18);
                    cs.fill();
                    cs.beginText();
                    cs.setFont(font, 24);
                    cs.newLineAtOffset(WIDTH / 2, HEIGHT / 2);
                    cs.showText(Integer.toString(i));
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
