package press.reader.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is read once while unchanged, and again when written anew, even within the same millisecond. */
class ReadOnceTest {
    @Test
    void anUnchangedFileIsReadOnceAndARewrittenOneAgain(@TempDir Path dir) throws IOException {
        AtomicInteger reads = new AtomicInteger();
        ReadOnce<String> text = new ReadOnce<>(f -> {
            reads.incrementAndGet();
            return Files.readString(f);
        });
        Path file = dir.resolve("a.txt");
        Instant written = Instant.ofEpochSecond(1_700_000_000L, 100_000L);
        Files.writeString(file, "first");
        Files.setLastModifiedTime(file, FileTime.from(written));
        assertEquals("first", text.of(file));
        assertEquals("first", text.of(dir.resolve(".").resolve("a.txt")));
        assertEquals(1, reads.get(), "an unchanged file was read again");

        // the same size, written again half a millisecond later: the same millisecond
        Files.writeString(file, "other");
        Files.setLastModifiedTime(file, FileTime.from(written.plusNanos(500_000L)));
        assertEquals("other", text.of(file), "a file rewritten within a millisecond was served stale");
        assertEquals(2, reads.get());
    }
}
