package press.reader.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * The sampler's figures in every edition: the print PDF draws them without transparency (PDF/A-1b), the screen PDF
 * tags them Figure with their alternative text, the EPUB has figure, img alt and figcaption with the image in its
 * manifest, the HTML page carries the image inline. An image too small for its printed size is reported with the
 * resolution measured in the PDF.
 */
@Tag("slow")
class FigureEditionsTest {
    @TempDir
    Path tmp;

    @Test
    void everyEditionCarriesTheFiguresAndASmallImageIsReportedWithItsResolution() throws Exception {
        ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.SAMPLER_MANUSCRIPT, tmp.resolve("book"))
                .replace("chapters/verse.md", "## After the poem {#after}",
                        "![A small grey square.](images/small.png)\n\n## After the poem {#after}");
        // 240 pixels, no declared resolution: 2.5 inches at 96 ppi, narrower than the text block, so 96 ppi on paper
        ImageIO.write(new BufferedImage(240, 120, BufferedImage.TYPE_BYTE_GRAY), "png", ms.root().resolve("images/small.png").toFile());
        BuildResult r = TestBooks.builder().build(new BuildRequest(ms.root(), tmp.resolve("out"),
                Set.of("pdf", "screen", "epub", "html"), TestBooks.EPOCH));
        assertEquals(List.of(), r.diagnostics().stream().filter(Diagnostic::isError).toList());
        List<String> low = r.diagnostics().stream().filter(d -> d.code().equals("BP544")).map(Diagnostic::format).toList();
        System.out.println("resolution warnings: " + low);
        assertEquals(1, low.size(), low.toString());
        assertTrue(low.get(0).startsWith("chapters/verse.md: warning: image 'images/small.png' (240 × 120 pixels) prints at 96 ppi"),
                low.get(0));

        Path out = tmp.resolve("out");
        try (PDDocument print = Loader.loadPDF(out.resolve("a-sampler-of-small-things.pdf").toFile())) {
            java.util.Set<Object> images = new java.util.HashSet<>();
            for (var page : print.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image.getCOSObject());
                        assertTrue(image.getCOSObject().getItem(COSName.SMASK) == null, "no soft mask (transparency) under PDF/A-1b");
                    }
                }
            }
            assertEquals(2, images.size(), "the bars and the small square are drawn; the chain is vector");
        }
        try (PDDocument screen = Loader.loadPDF(out.resolve("a-sampler-of-small-things-screen.pdf").toFile())) {
            List<String> figures = new ArrayList<>();
            collectFigures(screen.getDocumentCatalog().getStructureTreeRoot(), figures);
            System.out.println("tagged figures: " + figures);
            assertTrue(figures.contains("Four horizontal bars whose lengths grow from the inch to the furlong"), figures.toString());
            assertTrue(figures.contains("A chain of ten links."), figures.toString());
        }
        try (ZipFile epub = new ZipFile(out.resolve("a-sampler-of-small-things.epub").toFile())) {
            String measures = new String(epub.getInputStream(epub.getEntry("OEBPS/text/measures.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(measures.contains("<figure id=\"fig:bars\" class=\"figure\"><img src=\"../media/images/measures-bars.png\" "
                    + "alt=\"Four horizontal bars whose lengths grow from the inch to the furlong\"/><figcaption>The four "
                    + "measures, from the inch to the furlong, on a scale of powers of ten.</figcaption></figure>"), measures);
            String opf = new String(epub.getInputStream(epub.getEntry("OEBPS/content.opf")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(opf.matches("(?s).*href=\"media/images/measures-key.svg\"\\s+media-type=\"image/svg\\+xml\".*"), opf);
            assertTrue(epub.getEntry("OEBPS/media/images/measures-bars.png") != null);
            // the EPUB keeps the original, transparency and all
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(ms.root().resolve("images/measures-bars.png")),
                    epub.getInputStream(epub.getEntry("OEBPS/media/images/measures-bars.png")).readAllBytes()));
        }
        String html = Files.readString(out.resolve("a-sampler-of-small-things.html"));
        assertTrue(html.contains("<img src=\"data:image/png;base64,"), "the HTML page stands alone");
        assertFalse(html.contains("![") || html.contains("](images/"), "no Markdown image syntax in the page");
    }

    private static void collectFigures(PDStructureNode node, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) out.add(e.getAlternateDescription());
                collectFigures(e, out);
            }
        }
    }
}
