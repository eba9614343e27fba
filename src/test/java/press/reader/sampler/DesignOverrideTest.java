package press.reader.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
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
