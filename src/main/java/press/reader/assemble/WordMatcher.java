package press.reader.assemble;

import java.util.ArrayList;
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
            String k = normalise(e.getKey());
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

    List<Hit<T>> find(String text) {
        if (pattern == null) return List.of();
        List<Hit<T>> hits = new ArrayList<>();
        Matcher m = pattern.matcher(normalise(text));
        while (m.find()) hits.add(new Hit<>(m.start(), m.end(), targets.get(m.group())));
        return hits;
    }

    Collection<T> targets() {
        return targets.values();
    }
}
