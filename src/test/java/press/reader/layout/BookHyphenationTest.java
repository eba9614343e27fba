package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fop.hyphenation.HyphenationTree;
import org.apache.fop.hyphenation.Hyphenator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.UserError;

/** A book's hyphenation: its language's patterns, its capitalised words whole, the designer's exceptions. */
class BookHyphenationTest {
    private static final String TEXT = "Lenin reached Petrograd; the Revolution was a revolution of the government.";

    @Test
    void theBooksCapitalisedWordsAreNeverBrokenButTheirLowerCaseTwinsAre(@TempDir Path tmp) {
        BookHyphenation h = BookHyphenation.of("en-GB", TEXT, tmp.resolve("none.txt"));
        assertEquals(List.of(), h.points("Petrograd", 3, 3));
        assertEquals(List.of(), h.points("Revolution", 3, 3));
        assertFalse(h.points("revolution", 3, 3).isEmpty(), "the lower-case word still breaks");
        assertFalse(h.points("government", 3, 3).isEmpty());
    }

    @Test
    void breaksLeaveThreeLettersEachSide(@TempDir Path tmp) {
        BookHyphenation h = BookHyphenation.of("en-GB", TEXT, tmp.resolve("none.txt"));
        for (String w : List.of("revolutionary", "international", "extraordinary", "under", "militia")) {
            for (int p : h.points(w, 3, 3)) assertTrue(p >= 3 && p <= w.length() - 3, w + " at " + p);
        }
    }

    @Test
    void theDesignersExceptionsDecide(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("hyphenation.txt");
        Files.writeString(file, "# comment\nmil-i-tia\ngovernment\n");
        BookHyphenation h = BookHyphenation.of("en-GB", TEXT, file);
        assertEquals(List.of(3), h.points("militia", 3, 3), "mil-itia: the break after i would leave two letters");
        assertEquals(List.of(), h.points("government", 3, 3));
    }

    @Test
    void theCapitalisedWordsAreThoseARunOfLettersLowerCaseWouldChange() {
        String text = TEXT + " «Ἀθῆναι» ΣΟΦΊΑ ǅemal İstanbul naïve O'Brien x2Y 𝐀lpha 𐐀𐐨 ß e\u0301té café-Bar NATO's ünd";
        Set<String> regex = new TreeSet<>();
        Matcher m = Pattern.compile("\\p{L}+").matcher(text);
        while (m.find()) {
            if (!m.group().equals(m.group().toLowerCase(Locale.ROOT))) regex.add(m.group());
        }
        assertEquals(regex, BookHyphenation.capitalisedWords(text), "as a matcher of \\p{L}+ and String#toLowerCase say");
        assertTrue(regex.containsAll(List.of("Lenin", "ǅemal", "İstanbul", "Y", "Bar", "NATO", "𐐀𐐨")), regex.toString());
    }

    @Test
    void aRebuildWithTheSameCapitalisedWordsKeepsTheHyphenationItMadeAndWhatItRemembers(@TempDir Path tmp)
            throws Exception {
        Path file = tmp.resolve("hyphenation.txt");
        Files.writeString(file, "mil-i-tia\n");
        BookHyphenation first = BookHyphenation.of("en-GB", TEXT, file);
        first.points("revolutionary", 3, 3);
        // an edit that changes no capitalised word: the same tree, its answers remembered
        BookHyphenation same = BookHyphenation.of("en-GB", TEXT + " and the soviets.", file, first);
        assertSame(first, same);
        // a new name, another designer's exception, another language: made anew, from FOP's patterns
        BookHyphenation named = BookHyphenation.of("en-GB", TEXT + " Trotsky.", file, first);
        assertNotSame(first, named);
        assertEquals(List.of(), named.points("Trotsky", 3, 3));
        Files.writeString(file, "mil-itia\n");
        assertNotSame(first, BookHyphenation.of("en-GB", TEXT, file, first));
        assertNotSame(first, BookHyphenation.of("en-US", TEXT, tmp.resolve("hyphenation.txt"), first));
        assertEquals(null, BookHyphenation.of("zxx", TEXT, file, first), "no patterns: none, whatever came before");
    }

    @Test
    void aBadExceptionIsAnErrorAtItsLine(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("hyphenation.txt");
        Files.writeString(file, "# comment\nmili tia\n");
        UserError e = assertThrows(UserError.class, () -> BookHyphenation.exceptions(file));
        assertTrue(e.getMessage().contains("hyphenation.txt:2") && e.getMessage().contains("BP520"), e.getMessage());
    }

    /**
     * FOP asks the tree for every word of every line in each of a build's three layouts: a word asked again is
     * answered from memory, as the patterns answered it the first time, and as FOP's own tree answers it.
     */
    @Test
    void aWordAskedAgainIsRememberedAndAnsweredAsThePatternsAnswer(@TempDir Path tmp) {
        BookHyphenation h = BookHyphenation.of("en-GB", TEXT, tmp.resolve("none.txt"));
        HyphenationTree fops = Hyphenator.getFopHyphenationTree("en_GB") != null
                ? Hyphenator.getFopHyphenationTree("en_GB") : Hyphenator.getFopHyphenationTree("en");
        List<String> words = List.of("revolutionary", "international", "extraordinary", "government", "under");
        for (String w : words) h.points(w, 3, 3);
        long looked = h.lookedUp();
        assertEquals(words.size(), looked, "each word broken from the patterns once");
        for (int pass = 0; pass < 2; pass++) {
            for (String w : words) {
                var own = fops.hyphenate(w, 3, 3);
                List<Integer> expected = new java.util.ArrayList<>();
                if (own != null) for (int p : own.getHyphenationPoints()) expected.add(p);
                assertEquals(expected, h.points(w, 3, 3), w);
            }
        }
        assertEquals(looked, h.lookedUp(), "asked again in two more passes: remembered");
        h.points("revolutionary", 2, 2);
        assertEquals(looked + 1, h.lookedUp(), "other letter counts are another question");
    }

    @Test
    void aLanguageWithoutPatternsIsNotHyphenated(@TempDir Path tmp) {
        assertEquals(null, BookHyphenation.of("zxx", TEXT, tmp.resolve("none.txt")));
    }
}
