package press.reader.manuscript;

import java.util.Objects;

/**
 * A key of book.yaml that an apparatus feature owns (the citations' {@code citation-style}, the chronology's
 * {@code chronology-note}), declared by the feature and read by the manuscript reader with the rest of book.yaml: the
 * key is then a known one (no BP013), and the feature's {@link Reader} reads it from book.yaml's fields with
 * {@link YamlFields}, its mistakes at book.yaml's lines. The feature, its checks and later stages find what was read
 * with {@link Manuscript#setting(BookKey)}. One object per key: the feature keeps it as a constant, and it is the key
 * of what was read.
 *
 * @param <T> what the key is read into
 */
public final class BookKey<T> {
    /**
     * Reads the key from book.yaml's fields, also when book.yaml does not give it (then its default); a mistake is a
     * {@link press.reader.diagnostics.UserError} at its line.
     */
    public interface Reader<T> {
        T read(YamlFields book);
    }

    private final String key;
    private final T none;
    private final Reader<T> reader;

    private BookKey(String key, T none, Reader<T> reader) {
        this.key = Objects.requireNonNull(key);
        this.none = Objects.requireNonNull(none);
        this.reader = Objects.requireNonNull(reader);
    }

    /** The key {@code key}, read by {@code reader}; {@code none} stands for it when the reader was not told of it. */
    public static <T> BookKey<T> of(String key, T none, Reader<T> reader) {
        return new BookKey<>(key, none, reader);
    }

    /** The key as book.yaml writes it. */
    public String key() {
        return key;
    }

    /**
     * What stands for the key when the manuscript reader was not told of it (its feature is not among the build's: a
     * reader of {@link FeatureDeclarations#NONE}, to which the key is unknown, BP013).
     */
    public T none() {
        return none;
    }

    T read(YamlFields book) {
        return reader.read(book);
    }

    @Override
    public String toString() {
        return key;
    }
}
