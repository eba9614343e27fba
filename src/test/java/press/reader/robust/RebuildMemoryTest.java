package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.publish.BookBuilder;
import press.reader.publish.BuildRequest;
import press.reader.support.TestBooks;

/**
 * `watch` keeps one builder for hours: what it keeps from one rebuild to the next must not grow with the number of
 * rebuilds. The attack review measured +510 KB of live heap per rebuild of a book with 500 citations (citeproc-java
 * remembered every citation it had made, in every warm processor). Measured here as the live heap after a full
 * collection, before and after three rebuilds of that book, each after an edit, with one warm builder: the leak would
 * show as 1.5 MB, five times what the test allows. The serial collector of the test JVM leaves only the live heap
 * after a full collection, steady to a few kilobytes (+1.4 KB a rebuild measured over ten rebuilds), so three
 * rebuilds tell as surely as the twenty this test once took, a minute of the suite.
 */
@Tag("slow")
class RebuildMemoryTest {
    private static final int CITATIONS = 500;
    private static final int REBUILDS = 3;
    /** Far below the 510 KB a rebuild the leak cost, far above what a collection's slack can add. */
    private static final long BYTES_PER_REBUILD = 100_000;

    @TempDir
    Path tmp;

    @Test
    void theLiveHeapDoesNotGrowWithRebuildsOfABookOf500Citations() throws IOException {
        Path ms = CitedBook.write(Hostile.copyMini(tmp), CITATIONS);
        Path out = tmp.resolve("out");
        BookBuilder builder = TestBooks.newBuilder();
        for (int i = 0; i < 2; i++) rebuild(builder, ms, out, i);   // warm: compiled styles, fonts, one engine
        long before = liveHeap();
        for (int i = 2; i < 2 + REBUILDS; i++) rebuild(builder, ms, out, i);
        long after = liveHeap();
        long perRebuild = (after - before) / REBUILDS;
        System.out.printf("live heap %d KB before, %d KB after %d rebuilds: %+d bytes a rebuild%n",
                before / 1024, after / 1024, REBUILDS, perRebuild);
        assertTrue(perRebuild < BYTES_PER_REBUILD, "the live heap grew by " + perRebuild + " bytes a rebuild");
    }

    private static void rebuild(BookBuilder builder, Path ms, Path out, int round) throws IOException {
        Files.writeString(ms.resolve("essays/alpha.md"), "\nRound " + round + " of the edits.\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        builder.build(new BuildRequest(ms, out, Set.of("html"), TestBooks.EPOCH));
    }

    /** The heap in use after full collections: the least of three, so that a collection's slack is not counted. */
    private static long liveHeap() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
