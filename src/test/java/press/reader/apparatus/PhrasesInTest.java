package press.reader.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainText#phrasesIn} finds, in one pass over the text, the phrases {@link PlainText#containsWords} finds one
 * by one (the essay ids a long book's editor's prose is checked against: looked for one by one in the whole book's
 * text, quadratic in the book).
 */
class PhrasesInTest {
    @Test
    void findsWhatContainsWordsFinds() {
        String text = "nielsen-k2 wrote; Nielsen’s reply, degeneration… (nordau) 1921–22 x-ray xray "
                + "weissmann weissman's pre-war war Ærø ærø 𝔸lpha end";
        List<String> phrases = List.of("nielsen-k2", "nielsen", "Nielsen", "weissman", "weissman's", "war", "pre",
                "pre-war", "ray", "x-ray", "xr", "1921", "22", "nordau", "(nordau)", "-k2", "ærø", "𝔸lpha", "end",
                "en", "", " ", "degeneration…", "absent", "weissmann weissman");
        assertEquals(oneByOne(text, phrases), new TreeSet<>(PlainText.phrasesIn(text, phrases)));
    }

    @Test
    void findsWhatContainsWordsFindsInRandomTexts() {
        Random random = new Random(17);
        String alphabet = "ab- .’'9é";
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, alphabet, 60);
            List<String> phrases = new ArrayList<>();
            for (int k = 0; k < 12; k++) phrases.add(randomText(random, alphabet, 4));
            phrases.add(text.length() > 5 ? text.substring(2, 5) : text);
            assertEquals(oneByOne(text, phrases), new TreeSet<>(PlainText.phrasesIn(text, phrases)),
                    "in \"" + text + "\" of " + phrases);
        }
    }

    private static Set<String> oneByOne(String text, List<String> phrases) {
        Set<String> found = new TreeSet<>();
        for (String p : phrases) if (PlainText.containsWords(text, p)) found.add(p);
        return found;
    }

    private static String randomText(Random random, String alphabet, int most) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(most);
        for (int i = 0; i < n; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }
}
