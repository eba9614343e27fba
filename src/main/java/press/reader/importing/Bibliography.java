package press.reader.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of each bibliography entry (CSL-JSON), so the fidelity check can tell whether a citation that
 * replaced a parenthetical reference such as "(Victor Serge, From Lenin to Stalin, 1937, 22)" says the same.
 */
public final class Bibliography {
    private final Map<String, Set<String>> wordsById;

    private Bibliography(Map<String, Set<String>> wordsById) {
        this.wordsById = wordsById;
    }

    public static Bibliography empty() {
        return new Bibliography(Map.of());
    }

    /**
     * The words of {@code entries}, the fields of each work the book lists as its sources, as the feature that lists
     * them read them (the citations: their bibliography, by its one reader, {@code cite/Bibliography}).
     */
    public static Bibliography of(List<? extends Map<String, ?>> entries) {
        Map<String, Set<String>> words = new HashMap<>();
        for (Map<String, ?> m : entries) {
            if (m.get("id") == null) continue;
            Set<String> w = new HashSet<>();
            collect(m, w);
            words.put(String.valueOf(m.get("id")), w);
        }
        return new Bibliography(words);
    }

    /** Every word of the entries with these ids, lower-cased. */
    Set<String> words(List<String> ids) {
        Set<String> out = new HashSet<>();
        for (String id : ids) out.addAll(wordsById.getOrDefault(id, Set.of()));
        return out;
    }

    private static void collect(Object value, Set<String> out) {
        if (value instanceof Map<?, ?> m) {
            for (Object v : m.values()) collect(v, out);
            // Authors cite names by initials ("R. Stites"): a given name's initials are words of the entry too.
            if (m.get("given") instanceof String given) {
                for (Token t : Tokenizer.plain(given, 0)) out.add(t.key().substring(0, 1).toLowerCase(Locale.ROOT));
            }
        } else if (value instanceof List<?> l) {
            for (Object v : l) collect(v, out);
        } else if (value != null) {
            for (Token t : Tokenizer.plain(String.valueOf(value), 0)) out.add(t.key().toLowerCase(Locale.ROOT));
        }
    }
}
