package press.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import press.reader.diagnostics.Diagnostic;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;
import press.reader.support.VeraPdf;

/**
 * Words in scripts the book's faces (Libertine) cannot set are drawn from the fallback faces (styles/fonts/fallback,
 * params.xsl fallback-fonts): Chinese and Japanese from Noto Serif SC, Arabic from Noto Naskh Arabic, joined and
 * right to left. Only a character no font has (Linear B) is warned; the PDFs stay PDF/A-1b and PDF/UA-1.
 */
@Tag("slow")   // lays out a book of its own
class FallbackFontTest {
    static final String CHINESE = "十月革命";
    static final String JAPANESE = "ソビエト連邦は漢字で書きます";
    static final String ARABIC = "الثورة الروسية";
    static final String LINEAR_B = "\uD800\uDC00";   // U+10000, in no font

    @TempDir
    static Path tmp;
    static BuildResult result;
    static Path out;

    @BeforeAll
    static void build() {
        VeraGreenfieldFoundryProvider.initialise();
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("ms"))
                .replace("book.yaml", "subtitle: Two Essays for the Test Suite", "subtitle: Two Essays, 两篇论文")
                .append("book.yaml", "print-standard: pdf-a-1b\n")
                .append("essays/alpha.md", "\n## Other scripts\n\nIn Chinese the October revolution is " + CHINESE
                        + ". In Japanese: " + JAPANESE + ". In Arabic the revolution is " + ARABIC
                        + ", written from right to left. The Linear B sign " + LINEAR_B + " has no font.\n");
        out = tmp.resolve("out");
        result = TestBooks.newBuilder().build(new BuildRequest(ms.root(), out, Set.of("pdf", "screen"), TestBooks.EPOCH));
    }

    @Test
    void theWordsAreInThePdfText() throws Exception {
        // lines may break between two CJK characters: compared without white space
        String text = text(file("test-book.pdf")).replaceAll("\\s+", "");
        for (String w : List.of(CHINESE, JAPANESE, ARABIC.replace(" ", ""), "两篇论文")) {
            assertTrue(text.contains(w), () -> "the print PDF's text lacks " + w);
        }
        System.out.println("drawn from the fallback faces: " + CHINESE + " " + JAPANESE + " " + ARABIC);
    }

    @Test
    void theFallbackFacesAreEmbeddedAsSubsets() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file("test-book.pdf").toFile())) {
            StringBuilder names = new StringBuilder();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    names.append(f.getName()).append(f.isEmbedded() ? "" : "(not embedded)").append(' ');
                }
            }
            assertTrue(names.toString().matches(".*[A-Z]{6}\\+NotoSerifSC-Regular .*"), names::toString);
            assertTrue(names.toString().matches(".*[A-Z]{6}\\+NotoNaskhArabic-Regular .*"), names::toString);
            assertFalse(names.toString().contains("not embedded"), names::toString);
        }
    }

    @Test
    void onlyTheCharacterNoFontHasIsWarned() {
        List<String> bp250 = result.diagnostics().stream().filter(d -> "BP250".equals(d.code()))
                .map(Diagnostic::format).toList();
        List<String> inNoFont = bp250.stream().filter(w -> !w.contains("the cover cannot show it")).toList();
        assertEquals(1, inNoFont.size(), bp250::toString);
        assertTrue(inNoFont.get(0).contains("U+10000"), bp250::toString);
        assertTrue(inNoFont.get(0).startsWith("essays/alpha.md:"), bp250::toString);
        // the cover is drawn in the book's faces only: the subtitle's Chinese is named at its place
        assertTrue(bp250.stream().anyMatch(w -> w.startsWith("book.yaml:") && w.contains("U+4E24")
                && w.contains("the cover cannot show it")), bp250::toString);
    }

    @Test
    void theArabicIsJoinedAndRightToLeft() throws Exception {
        // In the content stream the letters are presentation forms (joined) in visual order; extraction maps them
        // back. The first letter written, alef, is drawn as its isolated form U+FE8D, right of the lam (U+FEDF).
        String raw = rawGlyphText(file("test-book.pdf"));
        assertTrue(raw.contains("\uFEDF\uFE8D"), "the Arabic was not shaped and reversed: " + raw);
    }

    @Test
    void theScreenPdfIsPdfUa1() throws Exception {
        // The Linear B sign, in no font, is drawn as the .notdef glyph with no Unicode value (7.21.8-1, 7.21.7-2):
        // that is what its BP250 warning says. Every other rule holds, the fallback faces' CIDSet included.
        List<String> failures = VeraPdf.failures(file("-screen.pdf"), PDFAFlavour.PDFUA_1)
                .stream().filter(f -> !f.contains(" 7.21.8-1 ") && !f.contains(" 7.21.7-2 ")).toList();
        assertEquals(List.of(), failures);
    }

    /** FOP writes no CIDSet for the fallback faces, which PDF/A-1b asks: pdf.CidSets adds it. */
    @Test
    void thePrintPdfIsPdfA1b() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(file("test-book.pdf"), PDFAFlavour.PDFA_1_B));
    }

    /** The output whose name ends in {@code suffix}. */
    private static Path file(String suffix) throws IOException {
        try (var files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no output ending in " + suffix + " in " + out));
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** The characters as drawn, left to right, without the extractor's reordering or normalisation. */
    private static String rawGlyphText(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            StringBuilder drawn = new StringBuilder();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    drawn.append(t.getUnicode());
                }
            };
            s.getText(d);
            return drawn.toString();
        }
    }
}
