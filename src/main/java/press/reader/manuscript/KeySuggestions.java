package press.reader.manuscript;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean": the known key nearest to a misspelt one, when it is near enough to be a slip of the keyboard. */
final class KeySuggestions {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private KeySuggestions() {}

    /** A known key within one edit of a short key (four letters or fewer) or two edits of a longer one. */
    static Optional<String> nearest(String key, Collection<String> known) {
        int limit = key.length() <= 4 ? 1 : 2;
        String lower = key.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(k -> DISTANCE.apply(lower, k) <= limit)
                .min(Comparator.comparingInt((String k) -> DISTANCE.apply(lower, k)).thenComparing(k -> k));
    }
}
