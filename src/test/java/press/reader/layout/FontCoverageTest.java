package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.reader.support.TestBooks;

/** The coverage check knows the fallback faces of fop.xconf, and opens one only when a character needs it. */
class FontCoverageTest {

    @Test
    void theFontsAreThoseOfFopXconfInItsOrder() {
        List<Path> fonts = FontCoverage.registeredFonts(TestBooks.STYLES.resolve("fop.xconf"));
        assertEquals("LinLibertine_R.otf", fonts.get(0).getFileName().toString());
        assertTrue(fonts.stream().anyMatch(f -> f.endsWith(Path.of("fallback", "NotoSerifSC-Regular.ttf"))), fonts::toString);
        assertTrue(fonts.stream().anyMatch(f -> f.endsWith(Path.of("fallback", "NotoNaskhArabic-Regular.ttf"))), fonts::toString);
    }

    @Test
    void aBookInTheFacesOwnScriptsNeverOpensAFallbackFace() {
        FontCoverage fonts = FontCoverage.of(TestBooks.STYLES);
        "Revolution — révolution, Революция, Ἐπανάστασις; “quoted” 1917–21 …".codePoints()
                .forEach(cp -> assertTrue(fonts.covers(cp), () -> Character.getName(cp)));
        System.out.println("font files read for Latin, Greek and Cyrillic text: " + fonts.fontsRead());
        assertEquals(1, fonts.fontsRead());
    }

    @Test
    void chineseJapaneseAndArabicAreCoveredByTheFallbackFaces() {
        FontCoverage fonts = FontCoverage.of(TestBooks.STYLES);
        "十月革命 ソビエト ひらがな 漢字 الثورة".codePoints().forEach(cp -> assertTrue(fonts.covers(cp), () -> Character.getName(cp)));
    }

    @Test
    void aCharacterNoFontHasIsNotCovered() {
        FontCoverage fonts = FontCoverage.of(TestBooks.STYLES);
        assertFalse(fonts.covers(0x10000));   // LINEAR B SYLLABLE B008 A
        assertFalse(fonts.covers(0xAC00));    // HANGUL SYLLABLE GA: no Korean fallback face
        assertEquals(FontCoverage.registeredFonts(TestBooks.STYLES.resolve("fop.xconf")).size(), fonts.fontsRead());
    }
    @Test
    void theRememberingTestGivesTheFontsOwnAnswersTheSecondTimeToo() {
        FontCoverage fonts = FontCoverage.of(TestBooks.STYLES);
        java.util.Set<Integer> asked = new java.util.HashSet<>();
        java.util.function.IntPredicate remembering = fonts.remembering();
        String text = "Revolution 十月革命 \uAC00 \uD800\uDC00 Revolution 十月革命 \uAC00";
        text.codePoints().forEach(cp -> {
            assertEquals(fonts.covers(cp), remembering.test(cp), () -> Character.getName(cp));
            asked.add(cp);
        });
        assertFalse(remembering.test(0xAC00));
        assertTrue(remembering.test('R'));
        System.out.println("distinct characters tested: " + asked.size());
    }
}
