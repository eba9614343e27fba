package press.reader.memo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bounded memory of a warm process: a map that keeps at most a given number of entries and drops the least
 * recently used. `watch` and the editor's desk rebuild hundreds of times, each edit making new keys, so every cache
 * kept between rebuilds (citations rendered, captures cleaned, essays reduced, covers drawn) is one of these.
 */
public final class Lru {
    private Lru() {}

    /** A map of at most {@code capacity} entries, for one thread. */
    public static <K, V> Map<K, V> map(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity " + capacity);
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The same, for a cache the build's two threads share. */
    public static <K, V> Map<K, V> synchronizedMap(int capacity) {
        return Collections.synchronizedMap(map(capacity));
    }
}
