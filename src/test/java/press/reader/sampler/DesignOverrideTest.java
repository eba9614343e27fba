package press.reader.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * A book's own design (book.yaml design): its stylesheets import the stock ones by "bookpress:" and override
 * parameters and templates, as DocBook XSL's customization layers do; the stock styles are not touched.
 */
class DesignOverrideTest {
    @TempDir
    Path tmp;

    @Test
    void theBooksOwnStylesheetsOverrideParametersAndTemplates() throws Exception {
        ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.SAMPLER_MANUSCRIPT, tmp.resolve("designed"))
                .replace("book.yaml", "ignore-keys:", "design: {print: design/print.xsl, epub: design/epub.xsl}\nignore-keys:")
                .write("design/print.xsl", """
                        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                          <xsl:import href="bookpress:fo.xsl"/>
                          <xsl:param name="word-contents" select="'Table of Contents'"/>
                          <xsl:param name="body-font" select="'Linux Biolinum O'"/>
                        </xsl:stylesheet>
                        """)
                .write("design/epub.xsl", """
                        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                            xmlns:d="http://docbook.org/ns/docbook" xmlns="http://www.w3.org/1999/xhtml"
                            exclude-result-prefixes="d">
                          <xsl:import href="bookpress:epub/epub.xsl"/>
                          <xsl:template match="d:emphasis[@role = 'strikethrough']"><del><xsl:apply-templates/></del></xsl:template>
                        </xsl:stylesheet>
                        """);
        BuildResult r = TestBooks.builder().build(new BuildRequest(ms.root(), tmp.resolve("out"), Set.of("pdf", "epub"),
                TestBooks.EPOCH));
        assertEquals(List.of(), r.diagnostics().stream().filter(Diagnostic::isError).toList());
        Path pdf = r.outputs().stream().filter(p -> p.toString().endsWith("things.pdf")).findFirst().orElseThrow();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Table of Contents"), text);
            List<String> fonts = new java.util.ArrayList<>();
            for (var page : doc.getPages()) for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name).getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("Biolinum")), fonts.toString());
        }
        Path epub = r.outputs().stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String measures = new String(zip.getInputStream(zip.getEntry("OEBPS/text/measures.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(measures.contains("<del>everything</del>"), measures);
            assertFalse(measures.contains("<s>"), measures);
        }
    }

    @Test
    void aDesignOutsideTheFolderOrMissingIsRefusedAtItsLine() {
        ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.SAMPLER_MANUSCRIPT, tmp.resolve("bad"))
                .replace("book.yaml", "ignore-keys:", "design: {print: ../../styles/fo.xsl}\nignore-keys:");
        List<String> errors = ms.check().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("book.yaml:19:"), errors.toString());
        ms.replace("book.yaml", "../../styles/fo.xsl", "design/missing.xsl");
        errors = ms.check().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        assertTrue(errors.size() == 1 && errors.get(0).startsWith("book.yaml:19:") && errors.get(0).contains("bookpress:fo.xsl"),
                errors.toString());
    }
}
