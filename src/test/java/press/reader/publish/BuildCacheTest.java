package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache entry is used only whole and under its own key: torn, damaged or another's, it is a miss. */
class BuildCacheTest {
    @TempDir
    Path out;

    private static byte[] data() {
        byte[] b = new byte[100_000];
        new Random(7).nextBytes(b);
        return b;
    }

    @Test
    void aWholeEntryIsReadBackUnderItsKeyOnly() {
        BuildCache cache = new BuildCache(out);
        cache.put("print.pdf", "k1", data());
        assertArrayEquals(data(), cache.get("print.pdf", "k1").orElseThrow());
        assertEquals(Optional.empty(), cache.get("print.pdf", "k2"), "another key's entry was taken");
    }

    /** The file of one entry, stored under "k1" in {@code cache}. */
    private Path storedEntry(BuildCache cache) throws Exception {
        cache.put("print.pdf", "k1", data());
        return out.resolve(".cache/print.pdf");
    }

    @Test
    void aTornEntryIsAMiss() throws Exception {
        BuildCache cache = new BuildCache(out);
        Path file = storedEntry(cache);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length - 1));
        assertTrue(cache.get("print.pdf", "k1").isEmpty(), "a torn entry (its last byte missing) was used");
    }

    @Test
    void aDamagedEntryIsAMiss() throws Exception {
        BuildCache cache = new BuildCache(out);
        Path file = storedEntry(cache);
        byte[] all = Files.readAllBytes(file);
        all[all.length / 2] ^= 0x10;          // one bit in the middle of the data
        Files.write(file, all);
        assertTrue(cache.get("print.pdf", "k1").isEmpty(), "a damaged entry was used");
    }
}
