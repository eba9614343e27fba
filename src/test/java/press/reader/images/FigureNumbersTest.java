package press.reader.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/** Figures are numbered when the book's design asks (figure-numbers = 'yes'), the same in print and in the EPUB. */
@Tag("slow")
class FigureNumbersTest {
    @TempDir
    Path tmp;

    @Test
    void aDesignThatAsksNumbersTheCaptionedFigures() throws Exception {
        ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.SAMPLER_MANUSCRIPT, tmp.resolve("numbered"))
                .replace("book.yaml", "ignore-keys:", "design: {print: design/print.xsl, epub: design/epub.xsl}\nignore-keys:")
                .write("design/print.xsl", """
                        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                          <xsl:import href="bookpress:fo.xsl"/>
                          <xsl:param name="figure-numbers" select="'yes'"/>
                        </xsl:stylesheet>
                        """)
                .write("design/epub.xsl", """
                        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                          <xsl:import href="bookpress:epub/epub.xsl"/>
                          <xsl:param name="figure-numbers" select="'yes'"/>
                        </xsl:stylesheet>
                        """);
        BuildResult r = TestBooks.builder().build(new BuildRequest(ms.root(), tmp.resolve("out"), Set.of("pdf", "epub"),
                TestBooks.EPOCH));
        assertEquals(List.of(), r.diagnostics().stream().filter(Diagnostic::isError).toList());
        try (var doc = Loader.loadPDF(tmp.resolve("out/a-sampler-of-small-things.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Figure 1. The four measures"), text);
            assertTrue(text.contains("Figure 2. A chain of ten links."), text);
        }
        try (ZipFile zip = new ZipFile(tmp.resolve("out/a-sampler-of-small-things.epub").toFile())) {
            String measures = new String(zip.getInputStream(zip.getEntry("OEBPS/text/measures.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(measures.contains("<figcaption>Figure\u00A02. A chain of ten links.</figcaption>"), measures);
        }
    }
}
