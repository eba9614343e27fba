package press.reader.proof;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.UserError;

class ProofWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesOneImagePerSpread() throws IOException {
        Path pdf = TestPdfs.book(dir.resolve("book.pdf"), 5);
        List<Path> files = ProofWriter.write(pdf, dir.resolve("proof"), PageRange.all(), 60);
        assertEquals(List.of("pages-001.png", "pages-002-003.png", "pages-004-005.png"),
                files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aSpreadIsTwoPagesWideWithGutters() throws IOException {
        Path pdf = TestPdfs.book(dir.resolve("book.pdf"), 3);
        List<Path> files = ProofWriter.write(pdf, dir.resolve("proof"), PageRange.all(), 60);
        BufferedImage spread = ImageIO.read(files.get(1).toFile());
        // a 6 x 9 in page at 60 dpi is 360 x 540 px; gutters of 10 px between and around
        assertEquals(2 * 360 + 3 * 10, spread.getWidth());
        assertEquals(540 + 2 * 10, spread.getHeight());
        assertEquals(0xffffff, rgb(spread, 10 + 5, 300), "left page is paper");
        assertEquals(0xffffff, rgb(spread, 380 + 5, 300), "right page is paper");
        assertEquals(SpreadRenderer.DESK.getRGB() & 0xffffff, rgb(spread, 375, 300), "gutter is desk");
    }

    @Test
    void pageOneIsARectoWithAnEmptyLeftSide() throws IOException {
        Path pdf = TestPdfs.book(dir.resolve("book.pdf"), 3);
        BufferedImage first = ImageIO.read(ProofWriter.write(pdf, dir.resolve("proof"), PageRange.parse("1"), 60)
                .get(0).toFile());
        assertEquals(750, first.getWidth());
        assertEquals(SpreadRenderer.DESK.getRGB() & 0xffffff, rgb(first, 180, 300), "no page on the left");
        assertEquals(0xffffff, rgb(first, 380 + 5, 300), "page 1 on the right");
        // the black bar drawn at the top of every test page
        assertEquals(0, rgb(first, 380 + 180, 10 + 52)); // 54-72 pt below the top is 45-60 px
    }

    @Test
    void aNewRunReplacesTheSpreadsOfTheLast() throws IOException {
        Path pdf = TestPdfs.book(dir.resolve("book.pdf"), 9);
        Path proof = dir.resolve("proof");
        ProofWriter.write(pdf, proof, PageRange.all(), 30);
        Files.writeString(proof.resolve("notes.txt"), "the editor's own file");
        ProofWriter.write(pdf, proof, PageRange.parse("4-5"), 30);
        try (Stream<Path> files = Files.list(proof)) {
            assertEquals(List.of("notes.txt", "pages-004-005.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aMissingPdfIsAUserError() {
        UserError e = assertThrows(UserError.class,
                () -> ProofWriter.write(dir.resolve("none.pdf"), dir.resolve("proof"), PageRange.all(), 60));
        assertTrue(e.getMessage().contains("no such PDF file [BP702]"), e.getMessage());
    }

    @Test
    void aFileThatIsNoPdfIsAUserError() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.pdf"), "not a pdf");
        UserError e = assertThrows(UserError.class,
                () -> ProofWriter.write(bad, dir.resolve("proof"), PageRange.all(), 60));
        assertTrue(e.getMessage().contains("cannot read the PDF"), e.getMessage());
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }
}
