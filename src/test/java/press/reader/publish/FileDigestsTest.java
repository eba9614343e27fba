package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The styles folder's hash reads a large file (a font) once while it is unchanged, and every small file always. */
class FileDigestsTest {
    @TempDir Path styles;

    @Test
    void anUnchangedLargeFileIsReadOnceAndAChangedOneAgain(@TempDir Path otherStyles) throws Exception {
        byte[] font = new byte[(int) FileDigests.REMEMBERED_FROM_BYTES + 10];
        Arrays.fill(font, (byte) 7);
        Path large = Files.write(styles.resolve("face.ttf"), font);
        Files.writeString(styles.resolve("params.xsl"), "<a/>");

        int before = FileDigests.timesRead(large);
        String first = BuildCache.hashFolder(styles);
        // Another folder's font read meanwhile, as the second core of another build may (a build stopped by its checks
        // leaves its styles hash running): a count of every large file read in the process took it for this one's.
        FileDigests.digest(Files.write(otherStyles.resolve("other.ttf"), font));
        String second = BuildCache.hashFolder(styles);
        assertEquals(first, second);
        assertEquals(before + 1, FileDigests.timesRead(large), "the unchanged font was read again");

        font[0] = 8;
        Files.write(large, font);
        Files.setLastModifiedTime(large, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertNotEquals(second, BuildCache.hashFolder(styles), "a changed font went unnoticed");
    }

    /**
     * A font rewritten in place with its size and modification time put back ({@code cp -p}, {@code touch -r},
     * {@code rsync --inplace -t}): its change time (ctime) is new, which no tool sets back, so it is hashed again.
     */
    @Test
    void aLargeFileRewrittenWithItsSizeAndTimeKeptIsHashedAgain() throws Exception {
        byte[] font = new byte[(int) FileDigests.REMEMBERED_FROM_BYTES + 10];
        Arrays.fill(font, (byte) 7);
        Path large = Files.write(styles.resolve("kept.ttf"), font);
        FileTime time = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(large, time);
        byte[] first = FileDigests.digest(large);
        Thread.sleep(20);   // a change time a coarse clock can tell from the first
        font[0] = 8;
        Files.write(large, font);
        Files.setLastModifiedTime(large, time);
        assertNotEquals(Arrays.toString(first), Arrays.toString(FileDigests.digest(large)),
                "a font rewritten with its size and time kept was served its old digest");
    }

    @Test
    void aLargeFileAskedForFromTwoThreadsAtOnceIsReadOnce() throws Exception {
        // two builds of one process hash the same styles at once (Workshop.warmUp): the second must wait for the
        // first's digest, not read the megabytes again beside it
        byte[] font = new byte[8 * (int) FileDigests.REMEMBERED_FROM_BYTES];
        Arrays.fill(font, (byte) 3);
        Path large = Files.write(styles.resolve("wide.ttf"), font);
        int before = FileDigests.timesRead(large);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<byte[]> digest = () -> {
                start.await();
                return FileDigests.digest(large);
            };
            Future<byte[]> first = two.submit(digest);
            Future<byte[]> second = two.submit(digest);
            start.countDown();
            assertArrayEquals(first.get(), second.get());
        } finally {
            two.shutdown();
        }
        assertEquals(before + 1, FileDigests.timesRead(large), "the same font was read twice at once");
    }

    @Test
    void aSmallFileIsReadAgainEvenWithItsSizeAndTimeKept() throws Exception {
        Path params = Files.writeString(styles.resolve("params.xsl"), "<a/>");
        FileTime time = Files.getLastModifiedTime(params);
        String first = BuildCache.hashFolder(styles);
        Files.writeString(params, "<b/>");
        Files.setLastModifiedTime(params, time);
        assertNotEquals(first, BuildCache.hashFolder(styles), "a quick same-size save of a stylesheet went unnoticed");
    }

    /**
     * A new process (the in-process memory forgotten) takes a large file's digest from the kept file while the file is
     * unchanged, reads it again when its size, time or content changed, and a damaged kept file is only a miss.
     */
    @Test
    void aNewProcessTakesAnUnchangedFontsDigestFromTheKeptFileAndHashesAChangedOne(@TempDir Path keep) throws Exception {
        byte[] font = new byte[(int) FileDigests.REMEMBERED_FROM_BYTES + 10];
        Arrays.fill(font, (byte) 5);
        Path large = Files.write(styles.resolve("kept.ttf"), font);
        // settled: written well before it is hashed (a file hashed just after a write is not kept)
        Files.setLastModifiedTime(large, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.writeString(styles.resolve("params.xsl"), "<a/>");
        Path file = keep.resolve("digests.txt");
        try {
            FileDigests.keepIn(file);
            int before = FileDigests.timesRead(large);
            String first = BuildCache.hashFolder(styles);
            assertEquals(before + 1, FileDigests.timesRead(large));
            assertTrue(Files.readString(file).contains(large.toAbsolutePath().normalize().toString()), Files.readString(file));

            FileDigests.forgetInProcess();
            FileDigests.keepIn(file);       // a new process reads the file anew
            assertEquals(first, BuildCache.hashFolder(styles));
            assertEquals(before + 1, FileDigests.timesRead(large), "the unchanged font was read again in a new process");

            // the same size, another content and a time a second later: read again, and the new digest kept
            font[1] = 9;
            Files.write(large, font);
            Files.setLastModifiedTime(large, FileTime.fromMillis(System.currentTimeMillis() - 59_000));
            FileDigests.forgetInProcess();
            FileDigests.keepIn(file);
            String changed = BuildCache.hashFolder(styles);
            assertNotEquals(first, changed, "a changed font was served its old digest");
            assertEquals(before + 2, FileDigests.timesRead(large));
            FileDigests.forgetInProcess();
            FileDigests.keepIn(file);
            assertEquals(changed, BuildCache.hashFolder(styles));
            assertEquals(before + 2, FileDigests.timesRead(large), "the changed font's new digest was not kept");

            // a damaged file: every line a miss, the font hashed again, nothing thrown
            Files.writeString(file, "bookpress-file-digests 1\nnot\ta\tline\n" + "zz".repeat(32) + "\t1\t2\t3\t"
                    + large.toAbsolutePath().normalize() + "\n");
            FileDigests.forgetInProcess();
            FileDigests.keepIn(file);
            assertEquals(changed, BuildCache.hashFolder(styles));
            assertEquals(before + 3, FileDigests.timesRead(large));
        } finally {
            FileDigests.keepIn(null);
        }
    }

    @Test
    void aFileHashedJustAfterItWasWrittenIsNotKept(@TempDir Path keep) throws Exception {
        // a file system with coarse time steps could see a second same-size write within the same step
        KeptDigests kept = new KeptDigests(keep.resolve("digests.txt"));
        long now = System.currentTimeMillis() * 1_000_000L;
        KeptDigests.Stamp fresh = new KeptDigests.Stamp(10, now - 1_000_000, "(dev=1,ino=2)");
        KeptDigests.Stamp settled = new KeptDigests.Stamp(10, now - KeptDigests.SETTLED_NANOS, "(dev=1,ino=3)");
        kept.put(Path.of("/a/fresh.ttf"), fresh, new byte[32], now);
        kept.put(Path.of("/a/settled.ttf"), settled, new byte[32], now);
        kept.save();
        KeptDigests again = new KeptDigests(keep.resolve("digests.txt"));
        assertTrue(again.get(Path.of("/a/fresh.ttf"), fresh).isEmpty(), "a file written just before it was hashed was kept");
        assertTrue(again.get(Path.of("/a/settled.ttf"), settled).isPresent());
        assertTrue(again.get(Path.of("/a/settled.ttf"), new KeptDigests.Stamp(10, now - KeptDigests.SETTLED_NANOS,
                "(dev=1,ino=4)")).isEmpty(), "another inode under the same name was served the old digest");
        assertTrue(again.get(Path.of("/a/settled.ttf"), new KeptDigests.Stamp(10, now - KeptDigests.SETTLED_NANOS + 1,
                "(dev=1,ino=3)")).isEmpty(), "a time a nanosecond later was served the old digest");
    }
}
