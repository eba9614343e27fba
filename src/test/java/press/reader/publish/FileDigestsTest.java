package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
