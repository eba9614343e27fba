package press.reader.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * Figures are checked where they are written: an image from outside the manuscript folder, a missing or unusable
 * file, an image inside a line of text are errors at their line and column; an image without alternative text or
 * with an unknown attribute is a warning. One run reports them all.
 */
class FigureChecksTest {
    @TempDir
    Path tmp;

    private ManuscriptCopy book(String paragraphs) {
        return ManuscriptCopy.of(TestBooks.SAMPLER_MANUSCRIPT, tmp.resolve("book"))
                .replace("chapters/verse.md", "## After the poem {#after}", paragraphs + "\n\n## After the poem {#after}");
    }

    private static List<String> formatted(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::format).toList();
    }

    @Test
    void imagesFromOutsideTheFolderMissingOrUnusableAreErrorsAtTheirPlace() throws Exception {
        ManuscriptCopy ms = book("""
                ![Up](../outside.png)

                ![Root](/etc/hostname)

                ![Web](https://example.org/a.png)

                ![Missing](images/nothing.png)

                ![Text](images/not-an-image.png)

                ![Linked](images/linked.png)

                ![Drawing](images/external.svg)

                A line with ![an image](images/measures-bars.png) in it.""");
        ms.write("images/not-an-image.png", "just words\n");
        ms.write("images/external.svg", "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'"
                + " width='10' height='10'><image xlink:href='file:///etc/hostname' width='10' height='10'/></svg>\n");
        Files.writeString(tmp.resolve("secret.png"), "outside");
        Files.createSymbolicLink(ms.root().resolve("images/linked.png"), tmp.resolve("secret.png"));
        List<String> errors = formatted(ms.check().stream().filter(Diagnostic::isError).toList());
        int first = ms.read("chapters/verse.md").lines().toList().indexOf("![Up](../outside.png)") + 1;
        List<String> expected = List.of("chapters/verse.md:" + first + ":1: error: image '../outside.png' points outside",
                "chapters/verse.md:" + (first + 2) + ":1: error: image '/etc/hostname' points outside",
                "chapters/verse.md:" + (first + 4) + ":1: error: image 'https://example.org/a.png' is not a file of the manuscript",
                "chapters/verse.md:" + (first + 6) + ":1: error: image 'images/nothing.png' not found",
                "chapters/verse.md:" + (first + 8) + ":1: error: image 'images/not-an-image.png' is not a PNG, JPEG or SVG",
                "chapters/verse.md:" + (first + 10) + ":1: error: image 'images/linked.png' leads outside the manuscript folder",
                "chapters/verse.md:" + (first + 12) + ":1: error: image 'images/external.svg' refers to 'file:///etc/hostname'",
                "chapters/verse.md:" + (first + 14) + ":13: error: an image inside a line of text cannot be printed");
        assertEquals(expected.size(), errors.size(), String.join("\n", errors));
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(errors.get(i).startsWith(expected.get(i)), errors.get(i) + "\n  expected: " + expected.get(i));
        }
        assertEquals(List.of("BP540", "BP540", "BP540", "BP541", "BP542", "BP540", "BP542", "BP104"),
                ms.check().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList());
    }

    @Test
    void anImageWithoutWordsIsDecorationWithAWarningAndAnUnknownAttributeIsNamed() throws Exception {
        ManuscriptCopy ms = book("""
                ![](images/measures-bars.png)

                ![](images/measures-key.svg){.decorative}

                ![Bars](images/measures-bars.png){width=50% #fig:b}""");
        List<Diagnostic> all = ms.check();
        assertEquals(List.of(), formatted(all.stream().filter(Diagnostic::isError).toList()));
        List<String> warnings = all.stream().filter(d -> d.code().startsWith("BP54")).map(d -> d.code() + " " + d.message()).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("BP543 image 'images/measures-bars.png' has no alternative text"), warnings.toString());
        assertTrue(warnings.get(1).startsWith("BP545 image attribute 'width=50%' is not known"), warnings.toString());
    }

    @Test
    void imageFactsComeFromTheBytesNotTheName() throws Exception {
        BufferedImage rgba = new BufferedImage(300, 150, BufferedImage.TYPE_INT_ARGB);
        Path png = tmp.resolve("photo.jpg");
        ImageIO.write(rgba, "png", png.toFile());
        ImageFile f = ImageFile.read(png);
        assertEquals(ImageFile.Format.PNG, f.format());
        assertEquals(300, f.widthPx());
        assertTrue(f.alpha() && !f.printable(), "an alpha channel is not printable under PDF/A-1b");
        assertEquals(300 / ImageFile.DEFAULT_PPI, f.widthIn(), 1e-9, "no declared resolution: 96 ppi");
        ImageFile bars = ImageFile.read(TestBooks.SAMPLER_MANUSCRIPT.resolve("images/measures-bars.png"));
        assertEquals(300, bars.declaredPpi(), 0.01);
        assertEquals(4.0, bars.widthIn(), 0.01);
        ImageFile svg = ImageFile.read(TestBooks.SAMPLER_MANUSCRIPT.resolve("images/measures-key.svg"));
        assertEquals(3.0, svg.widthIn(), 1e-9);
        assertEquals(0.75, svg.heightIn(), 1e-9);
    }
}
