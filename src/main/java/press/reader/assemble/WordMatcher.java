package press.reader.assemble;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds whole-word occurrences of many phrases at once, longest phrase first, never overlapping.
 * Straight and curly apostrophes count as the same, since cleaning curls them.
 */
final class WordMatcher<T> {
    record Hit<T>(int start, int end, T target) {}

    private final Pattern pattern;
    private final Map<String, T> targets = new LinkedHashMap<>();

    WordMatcher(Map<String, T> phrases) {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, T> e : phrases.entrySet()) {
            String k = Normalizer.normalize(normalise(e.getKey()), Normalizer.Form.NFC);
            if (k.isBlank() || targets.containsKey(k)) continue;
            targets.put(k, e.getValue());
            keys.add(k);
        }
        keys.sort((a, b) -> b.length() - a.length());
        if (keys.isEmpty()) {
            pattern = null;
        } else {
            StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) sb.append('|');
                sb.append(Pattern.quote(keys.get(i)));
            }
            sb.append(")(?![\\p{L}\\p{N}])");
            pattern = Pattern.compile(sb.toString());
        }
    }

    static String normalise(String s) {
        return s.replace('\'', '’');
    }

    /**
     * Hits in {@code text}, with offsets into it. The phrases are in NFC; a text that is not (an accent typed as a
     * combining mark, "Cafe\u0301") is matched in its NFC form, character cluster by cluster, so that "Café" finds
     * both spellings, and the hits are mapped back to the text's own offsets.
     */
    List<Hit<T>> find(String text) {
        if (pattern == null) return List.of();
        List<Hit<T>> hits = new ArrayList<>();
        String t = normalise(text);
        if (Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
            Matcher m = pattern.matcher(t);
            while (m.find()) hits.add(new Hit<>(m.start(), m.end(), targets.get(m.group())));
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
        Matcher m = pattern.matcher(nfc);
        while (m.find()) hits.add(new Hit<>(origin[m.start()], origin[m.end()], targets.get(m.group())));
        return hits;
    }

    Collection<T> targets() {
        return targets.values();
    }
}
