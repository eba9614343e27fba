package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.Diagnostic;

/**
 * Characters the body font (Linux Libertine) lacks: CJK ideographs are drawn from the fallback face (Noto Serif SC,
 * styles/fonts/fallback); an emoji is in no font of the book. The EPUB keeps them all (the reader's system fonts show
 * them); for the emoji FOP draws nothing legible and logs "Glyph ... not available in font", and the check names
 * its place.
 */
@Tag("slow")   // reads the hostile book, laid out once per test JVM (see README, Tests)
class MissingGlyphTest {

    @Test
    void theEpubKeepsTheCharacters() {
        String beta = HostileBook.get().xhtml().entrySet().stream().filter(e -> e.getKey().endsWith("/beta.xhtml"))
                .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
        assertTrue(beta.contains(HostileBook.MISSING_GLYPHS), "the EPUB lost the characters");
    }

    @Test
    void fopLogsOnlyTheGlyphNoFontHas() {
        var warnings = HostileBook.get().result().fopWarnings();
        assertTrue(warnings.stream().noneMatch(w -> w.contains("not available in font") && w.contains("0x4e2d")),
                () -> "中 (0x4e2d) should come from the fallback face; got " + warnings);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("not available in font") && w.contains("0xd83d")),
                () -> "expected FOP's missing-glyph warning for the emoji; got " + warnings);
    }

    @Test
    void aMissingGlyphIsReportedWithItsPlaceAndADrawnOneIsNot() {
        HostileBook.Built b = HostileBook.get();
        java.util.function.Predicate<String> warned = ch -> b.result().diagnostics().stream().map(Diagnostic::format)
                .anyMatch(d -> d.startsWith("essays/beta.md:") && d.contains("warning:") && d.contains("'" + ch + "'"));
        assertTrue(warned.test("😀"), () -> "no located warning for the emoji in " + b.result().diagnostics());
        assertTrue(!warned.test("中"), () -> "中 is drawn from the fallback face, yet warned: " + b.result().diagnostics());
    }

    @Test
    void aCjkCharacterIsDrawnFromTheFallbackFont() {
        String pdf = HostileBook.get().pdfText();
        assertTrue(pdf.contains("中文"), "the PDF text lacks the CJK characters");
    }
}
