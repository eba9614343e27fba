package press.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import press.reader.support.TestBooks;
import press.reader.support.VeraPdf;

/** veraPDF agrees that the print PDF is PDF/A-1b (as book.yaml asks) and that the screen PDF is PDF/UA-1. */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class PdfConformanceTest {
    @BeforeAll
    static void init() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void printPdfIsPdfA1b() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(TestBooks.real().file("degeneration.pdf"), PDFAFlavour.PDFA_1_B));
    }

    @Test
    void screenPdfIsPdfUa1() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(TestBooks.real().file("-screen.pdf"), PDFAFlavour.PDFUA_1));
    }
}
