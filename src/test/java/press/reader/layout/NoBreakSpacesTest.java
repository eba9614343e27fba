package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.parsers.SAXParserFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/** No-break spaces reach FOP as unbreakable ordinary spaces: the same lines, and no U+00A0 glyph in the PDF. */
class NoBreakSpacesTest {
    private static final String WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi";

    /** Every other word space is a no-break space, in a column two inches wide. */
    private static String fo() {
        String[] w = WORDS.split(" ");
        StringBuilder text = new StringBuilder(w[0]);
        for (int i = 1; i < w.length; i++) text.append(i % 2 == 1 ? "\u00A0" : " ").append(w[i]);
        return """
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
                <fo:layout-master-set><fo:simple-page-master master-name="p" page-width="2in" page-height="8in"
                  margin="0.2in"><fo:region-body/></fo:simple-page-master></fo:layout-master-set>
                <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">
                <fo:block font-family="Linux Libertine O" text-align="start">%s</fo:block>
                </fo:flow></fo:page-sequence></fo:root>""".formatted(text);
    }

    private static String render(boolean filtered) throws Exception {
        FopEngine fop = new FopEngine(Path.of("styles"));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        DefaultHandler fopHandler = fop.start(pdf, MimeConstants.MIME_PDF, new FopEngine.Messages(), null);
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.newSAXParser().parse(new InputSource(new StringReader(fo())), filtered ? new NoBreakSpaces(fopHandler) : fopHandler);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void linesBreakAsWithNoBreakSpacesAndTheTextHasOrdinarySpaces() throws Exception {
        String raw = render(false);
        String filtered = render(true);
        assertTrue(raw.contains("\u00A0"), "the unfiltered PDF draws U+00A0 (what PDF/UA refuses)");
        assertFalse(filtered.contains("\u00A0"), filtered);
        assertEquals(raw.replace('\u00A0', ' ').strip(), filtered.strip(), "the same lines");
        for (String line : filtered.strip().split("\\R")) {
            // no line starts with the second word of a no-break pair: each pair stays on one line
            assertFalse(line.matches("(beta|delta|zeta|theta|kappa|mu|xi|pi)\\b.*"), "a line broke at a no-break space: " + line);
        }
        assertTrue(filtered.strip().split("\\R").length > 3, "the column is narrow enough to break lines: " + filtered);
    }
}
