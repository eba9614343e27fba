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

/**
 * Figures and tables are numbered when the book's design asks (figure-numbers, table-numbers = 'yes'), the same in
 * print and in the EPUB; a cross-reference to one then names it: "(figure 1, p. 6)" in print, "(figure 1)" linked in
 * the EPUB.
 */
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
                          <xsl:param name="table-numbers" select="'yes'"/>
                        </xsl:stylesheet>
                        """)
                .write("design/epub.xsl", """
                        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                          <xsl:import href="bookpress:epub/epub.xsl"/>
                          <xsl:param name="figure-numbers" select="'yes'"/>
                          <xsl:param name="table-numbers" select="'yes'"/>
                        </xsl:stylesheet>
                        """);
        BuildResult r = TestBooks.builder().build(new BuildRequest(ms.root(), tmp.resolve("out"), Set.of("pdf", "epub"),
                TestBooks.EPOCH));
        assertEquals(List.of(), r.diagnostics().stream().filter(Diagnostic::isError).toList());
        try (var doc = Loader.loadPDF(tmp.resolve("out/a-sampler-of-small-things.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Figure 1. The four measures"), text);
            assertTrue(text.contains("Figure 2. A chain of ten links."), text);
            assertTrue(text.contains("Table 2. The chain and the furlong."), text);
            // a cross-reference names the numbered figure or table and gives its page, from the layout
            String flat = text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertTrue(flat.contains("in the first table (table 1, p. 5)."), flat);
            assertTrue(flat.contains("(see the bars (figure 1, p. 6))"), flat);
            assertTrue(flat.contains("Figure 1, p. 6 draws them to scale."), "pandoc-crossref's @Fig:bars: " + flat);
        }
        try (ZipFile zip = new ZipFile(tmp.resolve("out/a-sampler-of-small-things.epub").toFile())) {
            String measures = new String(zip.getInputStream(zip.getEntry("OEBPS/text/measures.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(measures.contains("<figcaption>Figure\u00A02. A chain of ten links.</figcaption>"), measures);
            assertTrue(measures.contains("<caption>Table\u00A01. Four old measures of length.</caption>"), measures);
            assertTrue(measures.contains("<a href=\"measures.xhtml#tbl:four\">the first table</a> (<a href=\"measures.xhtml#tbl:four\">"
                    + "table\u00A01</a>)"), measures);
            assertTrue(measures.contains("(<a href=\"measures.xhtml#fig:bars\">figure\u00A01</a>)"), measures);
        }
    }
}
