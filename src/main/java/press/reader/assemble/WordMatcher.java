package press.reader.assemble;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds whole-word occurrences of many phrases at once, longest phrase first, never overlapping.
 * Straight and curly apostrophes count as the same, since cleaning curls them.
 *
 * <p>It finds what the regular expression {@code (?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])} finds, but
 * tries at each word start only the phrases that begin with the characters there: the alternation tried every phrase
 * at every position, and matching the index's and glossary's forms took two thirds of a warm rebuild's assembly.
 */
public final class WordMatcher<T> {
    /** Where a phrase was found in a text, and what it stands for. */
    public record Hit<T>(int start, int end, T target) {}

    /**
     * The phrases of two characters or more by their first two, longest first (as the alternation tried them): by the
     * first character alone, a common letter had dozens of phrases to try at every word it starts. Phrases that share
     * their first two keep their order; two that do not cannot both match at one place.
     */
    private final Map<Integer, List<String>> byFirstTwo = new HashMap<>();
    /** The phrases of one character, tried after the longer ones at the same place (they are the shortest). */
    private final Map<Character, String> single = new HashMap<>();
    /** The first characters of all phrases: most places in a text start none, and are passed over at once. */
    private final BitSet firstChars = new BitSet();
    private final boolean empty;
    private final Map<String, T> targets = new LinkedHashMap<>();

    /** A matcher of {@code phrases}, each standing for its value (the first of two phrases alike is kept). */
    public WordMatcher(Map<String, T> phrases) {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, T> e : phrases.entrySet()) {
            String k = Normalizer.normalize(normalise(e.getKey()), Normalizer.Form.NFC);
            if (k.isBlank() || targets.containsKey(k)) continue;
            targets.put(k, e.getValue());
            keys.add(k);
        }
        keys.sort((a, b) -> b.length() - a.length());
        for (String k : keys) {
            firstChars.set(k.charAt(0));
            if (k.length() == 1) single.putIfAbsent(k.charAt(0), k);
            else byFirstTwo.computeIfAbsent(firstTwo(k, 0), c -> new ArrayList<>()).add(k);
        }
        empty = keys.isEmpty();
    }

    public static String normalise(String s) {
        return s.replace('\'', '’');
    }

    /**
     * Hits in {@code text}, with offsets into it. The phrases are in NFC; a text that is not (an accent typed as a
     * combining mark, "Cafe\u0301") is matched in its NFC form, character cluster by cluster, so that "Café" finds
     * both spellings, and the hits are mapped back to the text's own offsets.
     */
    public List<Hit<T>> find(String text) {
        if (empty) return List.of();
        List<Hit<T>> hits = new ArrayList<>();
        String t = normalise(text);
        if (Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
            for (int[] m : matches(t)) hits.add(new Hit<>(m[0], m[1], targets.get(t.substring(m[0], m[1]))));
            return hits;
        }
        StringBuilder nfc = new StringBuilder(t.length());
        int[] origin = new int[t.length() * 3 + 2];      // NFC offset -> offset in text (start of its cluster)
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(t);
        for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE;
             start = end, end = clusters.next()) {
            String c = Normalizer.normalize(t.substring(start, end), Normalizer.Form.NFC);
            if (nfc.length() + c.length() + 1 > origin.length) origin = Arrays.copyOf(origin, origin.length * 2);
            for (int i = 0; i < c.length(); i++) origin[nfc.length() + i] = start;
            nfc.append(c);
        }
        origin[nfc.length()] = t.length();
        String n = nfc.toString();
        for (int[] m : matches(n)) hits.add(new Hit<>(origin[m[0]], origin[m[1]], targets.get(n.substring(m[0], m[1]))));
        return hits;
    }

    /**
     * The [start, end) of each match in {@code s}, left to right, never overlapping: at a position not preceded by a
     * letter or digit, the first (longest) phrase that starts there and is not followed by a letter or digit.
     */
    private List<int[]> matches(String s) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            String hit = null;
            if (firstChars.get(s.charAt(i)) && (i == 0 || !wordChar(s.codePointBefore(i)))) {
                List<String> candidates = i + 1 < s.length() ? byFirstTwo.get(firstTwo(s, i)) : null;
                String one = single.isEmpty() ? null : single.get(s.charAt(i));
                for (String k : candidates != null ? candidates : List.<String>of()) {
                    if (s.startsWith(k, i) && endsWord(s, i + k.length())) {
                        hit = k;
                        break;
                    }
                }
                if (hit == null && one != null && endsWord(s, i + 1)) hit = one;
            }
            if (hit != null) {
                found.add(new int[] {i, i + hit.length()});
                i += hit.length();
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * The key of two characters. Not {@code first << 16 | second}: HashMap spreads a key by its high half folded onto
     * its low half, which left of two lower-case letters only their XOR, some 32 buckets for hundreds of pairs, so each
     * lookup searched a tree of colliding keys (a tenth of a warm rebuild's assembly). Multiplying by an odd constant
     * is one-to-one on ints, so two pairs still never share a key.
     */
    private static int firstTwo(String s, int i) {
        return (s.charAt(i) << 16 | s.charAt(i + 1)) * 0x9E3779B1;
    }

    /** Whether a phrase that ends at {@code end} ends there a word: no letter or number follows. */
    private static boolean endsWord(String s, int end) {
        return end == s.length() || !wordChar(s.codePointAt(end));
    }

    /** {@code [\p{L}\p{N}]}: a letter or a number. */
    private static boolean wordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    Collection<T> targets() {
        return targets.values();
    }
}
