package press.reader.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.publish.BuildRequest;
import press.reader.support.DesignedSampler;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * A book's own design (book.yaml design): its stylesheets import the stock ones by "bookpress:" and override
 * parameters and templates, as DocBook XSL's customization layers do; the stock styles are not touched. The design is
 * the shared designed sampler's ({@link DesignedSampler}: the word for the contents and the body font in print, struck
 * text as {@code <del>} in the EPUB).
 */
class DesignOverrideTest {
    @TempDir
    Path tmp;

    @Test
    void theBooksOwnStylesheetsOverrideParametersAndTemplates() throws Exception {
        TestBooks.Built built = DesignedSampler.get();
        Path pdf = built.file("things.pdf");
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Table of Contents"), text);
            List<String> fonts = new java.util.ArrayList<>();
            for (var page : doc.getPages()) for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name).getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("Biolinum")), fonts.toString());
        }
        Path epub = built.file(".epub");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String measures = new String(zip.getInputStream(zip.getEntry("OEBPS/text/measures.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(measures.contains("<del>everything</del>"), measures);
            assertFalse(measures.contains("<s>"), measures);
        }
        // the proofreader's page is the EPUB's text in the EPUB's design: the book's own, not the stock one
        String page = Files.readString(built.file("things.html"));
        assertTrue(page.contains("<del>everything</del>"), "the HTML page left out the book's EPUB design");
        assertFalse(page.contains("<s>everything</s>"), "the HTML page left out the book's EPUB design");
    }

    /**
     * A design in several modules (a main stylesheet that includes the book's words from another file, as DocBook
     * customization layers are often split): an edit to the included module is a change of design, and the EPUB's
     * kept divisions are made again with it (the build's key once read the main stylesheet alone).
     */
    @Test
    void anEditToAModuleTheDesignIncludesReachesTheEpub() throws Exception {
        ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.MINI_MANUSCRIPT, tmp.resolve("modules"))
                .replace("book.yaml", "contents:", "design: {epub: design/epub.xsl}\ncontents:")
                .write("design/epub.xsl", """
                        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                          <xsl:import href="bookpress:epub/epub.xsl"/>
                          <xsl:include href="words.xsl"/>
                        </xsl:stylesheet>
                        """)
                .write("design/words.xsl", words("Look at"));
        Path out = tmp.resolve("out");
        var builder = TestBooks.builder();
        builder.build(new BuildRequest(ms.root(), out, Set.of("epub"), TestBooks.EPOCH));
        assertTrue(indexOf(out).contains("<span class=\"index-see\">Look at</span> Petrograd"), indexOf(out));
        ms.write("design/words.xsl", words("Consult"));
        builder.build(new BuildRequest(ms.root(), out, Set.of("epub"), TestBooks.EPOCH));
        assertTrue(indexOf(out).contains("<span class=\"index-see\">Consult</span> Petrograd"), "the edit to the design's module was not rebuilt: " + indexOf(out));
    }

    /**
     * A design's focus of the time line that leaves no year to draw larger (the mini book's events run 1917–1921; a
     * start of 1925 alone runs to 1921) is refused at the design's line and column with BP581, not dropped; the
     * outputs are not made.
     */
    @Test
    void aDesignsTimeLineFocusWithNoYearIsRefusedAtItsParameter() {
        ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.MINI_MANUSCRIPT, tmp.resolve("focus"))
                .replace("book.yaml", "contents:", "design: {epub: design/epub.xsl}\ncontents:")
                .write("design/epub.xsl", """
                        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                          <xsl:import href="bookpress:epub/epub.xsl"/>
                          <xsl:param name="timeline-focus-start" select="1925"/>
                        </xsl:stylesheet>
                        """);
        Path out = tmp.resolve("focus-out");
        press.reader.diagnostics.UserError e = org.junit.jupiter.api.Assertions.assertThrows(press.reader.diagnostics.UserError.class,
                () -> TestBooks.builder().build(new BuildRequest(ms.root(), out, Set.of("epub"), TestBooks.EPOCH)));
        String shown = e.diagnostics().get(0).format();
        System.out.println(shown);
        assertEquals("BP581", e.diagnostics().get(0).code(), shown);
        assertTrue(shown.contains(Path.of("design", "epub.xsl") + ":3:3: error: "), shown);
        assertTrue(shown.contains("timeline-focus-start 1925") && shown.contains("1917–1921"), shown);
    }

    /** The design's module: the word before an index cross-reference (a word of a division the EPUB keeps). */
    private static String words(String see) {
        return "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n"
                + "  <xsl:param name=\"word-see\" select=\"'" + see + "'\"/>\n</xsl:stylesheet>\n";
    }

    /** The EPUB's index document. */
    private static String indexOf(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out); ZipFile zip = new ZipFile(files
                .filter(f -> f.toString().endsWith(".epub")).findFirst().orElseThrow().toFile())) {
            return new String(zip.getInputStream(zip.getEntry("OEBPS/text/index.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
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
