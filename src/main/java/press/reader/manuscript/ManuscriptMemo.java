package press.reader.manuscript;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What is made from a manuscript once and read by several checks or stages (the essays' searchable text, which the
 * checks of the chronology, the glossary, the index and the essays' ids each read): made on first asking and kept with
 * the manuscript it was made from ({@link Manuscript#derived}), so that it lives as long as that manuscript, one
 * build, and a later build's manuscript never gets an earlier one's. The checks that run beside the assembly ask from
 * another thread: two that ask at once may both make it, and one of the two is kept.
 */
public final class ManuscriptMemo {
    /** A thing made from a manuscript, by a maker that its user keeps as a constant: the maker is its key. */
    public interface Derived<T> {
        T of(Manuscript manuscript);
    }

    private final Map<Derived<?>, Object> made = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T get(Derived<T> what, Manuscript ms) {
        Object known = made.get(what);
        if (known != null) return (T) known;
        T fresh = what.of(ms);   // made outside the map: a maker may ask for another derived thing
        Object raced = made.putIfAbsent(what, fresh);
        return raced != null ? (T) raced : fresh;
    }
}
