package press.reader.images;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.support.DesignedSampler;
import press.reader.support.TestBooks;

/**
 * Figures and tables are numbered when the book's design asks (figure-numbers, table-numbers = 'yes'), the same in
 * print and in the EPUB; a cross-reference to one then names it: "(figure 1, p. 6)" in print, "(figure 1)" linked in
 * the EPUB. The design is the shared designed sampler's ({@link DesignedSampler}: its print and EPUB stylesheets set
 * figure-numbers and table-numbers).
 */
@Tag("slow")
class FigureNumbersTest {
    @Test
    void aDesignThatAsksNumbersTheCaptionedFigures() throws Exception {
        TestBooks.Built built = DesignedSampler.get();
        try (var doc = Loader.loadPDF(built.out().resolve("a-sampler-of-small-things.pdf").toFile())) {
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
        try (ZipFile zip = new ZipFile(built.out().resolve("a-sampler-of-small-things.epub").toFile())) {
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
