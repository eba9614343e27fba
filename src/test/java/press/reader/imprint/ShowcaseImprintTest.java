package press.reader.imprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.Diagnostics;
import press.reader.support.TestBooks;

/** The real book's imprint, as its editions print it: the press's own credit, the same on every one. */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class ShowcaseImprintTest {
    @Test
    void theShowcaseCreditsItsImprintTheSameOnCoverTitlePageAndMetadata() throws Exception {
        String credit = TestBooks.read(TestBooks.REAL_MANUSCRIPT, new Diagnostics()).config().imprint().credit();
        assertEquals("Edited and annotated by the editors of Bookpress Editions", credit);
        TestBooks.Built real = TestBooks.real();

        Path epubFile = real.file(".epub");
        // the print edition is named as the EPUB is (the book's slug), beside the screen PDF and the cover
        Path print = epubFile.resolveSibling(epubFile.getFileName().toString().replace(".epub", ".pdf"));
        String front = text(print, 1, 4);
        assertTrue(front.lines().map(String::strip).anyMatch(credit::equals), "the credit as a line of the front pages:\n" + front);

        String title;
        String opf;
        try (ZipFile epub = new ZipFile(epubFile.toFile())) {
            title = entry(epub, "OEBPS/text/titlepage.xhtml");
            opf = entry(epub, "OEBPS/content.opf");
        }
        assertTrue(title.contains(">" + credit + "<"), title);
        assertTrue(opf.contains(">Bookpress Editions</dc:creator>"), opf);
        assertFalse(opf.contains("The Editors"), "no placeholder person");

        String cover = text(real.file("-cover.pdf"), 1, Integer.MAX_VALUE).replaceAll("\\s+", " ");
        assertTrue(cover.contains(credit), cover);
        assertFalse(cover.contains("Edited by"), "the cover's own label is not added to the press's words: " + cover);
    }

    private static String text(Path pdf, int first, int last) throws IOException {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(first);
            stripper.setEndPage(last);
            return stripper.getText(doc);
        }
    }

    private static String entry(ZipFile zip, String name) throws IOException {
        try (var in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
