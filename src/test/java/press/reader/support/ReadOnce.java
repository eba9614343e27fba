package press.reader.support;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What tests read from a file (a PDF's pages, its lines), read once per test JVM while the file is unchanged: several
 * test classes measure the real book's print PDF, and reading it is a second or more of CPU each time. A file is
 * unchanged while its size and its time of writing, to the nanosecond where the file system keeps them, are the same:
 * a PDF written again within the same millisecond is read again. Held softly, one reading per file.
 */
public final class ReadOnce<T> {
    /** How a file is read; it may fail as reading files does. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Path file) throws IOException;
    }

    private record Kept<T>(String stamp, SoftReference<T> value) {}

    private final Reader<T> reader;
    private final Map<Path, Kept<T>> read = new ConcurrentHashMap<>();

    public ReadOnce(Reader<T> reader) {
        this.reader = reader;
    }

    /** What {@code file} held when last read, or what it holds now if it changed since (or was never read). */
    public T of(Path file) throws IOException {
        Path path = file.toRealPath();
        String stamp = Files.size(path) + "|" + Files.getLastModifiedTime(path).to(TimeUnit.NANOSECONDS);
        Kept<T> kept = read.get(path);
        T value = kept != null && kept.stamp().equals(stamp) ? kept.value().get() : null;
        if (value == null) {
            value = reader.read(path);
            read.put(path, new Kept<>(stamp, new SoftReference<>(value)));
        }
        return value;
    }
}
