package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.ChildJvm;
import press.reader.support.TestBooks;

/**
 * Real build processes sharing one output folder: a second build while one runs is refused with the first one's
 * pid and leaves its outputs alone, which are the bytes of the test JVM's build (reproducible across processes); a
 * build killed while it writes its cache never makes a later build ship another manuscript's bytes.
 */
@Tag("slow")   // starts and kills build processes (see README, Tests)
class ConcurrentBuildsTest {
    private static final String EPUB = "a-small-test-book.epub";

    @TempDir
    Path tmp;

    /**
     * The first build is also the check of reproducibility across processes: a child JVM in another locale and time
     * zone (which a build in one process could hide: hash-map order, identity hashes, the default locale or time zone)
     * builds the small book, and its outputs are the bytes of this JVM's build ({@code TestBooks.mini()}), the
     * refused second build notwithstanding. One child build proves both, as it did in two tests before.
     */
    @Test
    void aSecondBuildIntoAFolderBeingBuiltIsRefusedAndTheFirstOneFinishesWholeWithTheBytesOfABuildInThisJvm()
            throws Exception {
        Path b = Hostile.copyMini(tmp.resolve("b"));
        Hostile.write(b, "book.yaml", Hostile.read(b.resolve("book.yaml")).replaceFirst("title: .*", "title: Book B"));
        Path out = tmp.resolve("out");
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.bookpress(List.of("-Duser.language=de", "-Duser.country=AT",
                "-Duser.timezone=Pacific/Auckland"), "build", "--manuscript", TestBooks.MINI_MANUSCRIPT.toString(),
                "--out", out.toString(), "--format", "pdf,screen,epub", "--quiet", "--styles", TestBooks.STYLES.toString()));
        pb.environment().put("SOURCE_DATE_EPOCH", Long.toString(TestBooks.EPOCH));
        Process first = pb.redirectErrorStream(true).redirectOutput(tmp.resolve("first.log").toFile()).start();
        boolean raced;
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);  // a hang guard
            while (System.nanoTime() < deadline && first.isAlive() && !staging(out)) Thread.sleep(20);
            raced = first.isAlive();
            if (raced) {
                Hostile.Run second = Hostile.cli("build", "--manuscript", b.toString(), "--out", out.toString(),
                        "--format", "epub", "--styles", TestBooks.STYLES.toString());
                assertEquals(1, second.exit(), second.all());
                assertTrue(second.err().contains(out + ": error: --out is being written by pid " + first.pid()), second.all());
                Hostile.assertNoTrace(second);
            }
        } finally {
            assertTrue(first.waitFor(5, TimeUnit.MINUTES), "hang guard");
        }
        assertEquals(0, first.exitValue(), Files.readString(tmp.resolve("first.log")));
        // Everything in the folder is the first build's: no file of the refused book B, and the bytes of this JVM's.
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
            assertTrue(names.contains(EPUB), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.startsWith("book-b")), names.toString());
        }
        Path here = TestBooks.mini().out();
        for (String name : new String[] {"a-small-test-book.pdf", "a-small-test-book-screen.pdf", EPUB,
            "a-small-test-book-cover.pdf", "a-small-test-book.book.xml", "a-small-test-book.pagemap.xml"}) {
            assertArrayEquals(Files.readAllBytes(here.resolve(name)), Files.readAllBytes(out.resolve(name)), name);
        }
        assumeTrue(raced, "the first build finished before the second could start: the refusal was not tested");
    }

    @Test
    void aBuildKilledWhileWritingItsCacheNeverPoisonsALaterBuild() throws Exception {
        Path c = Hostile.copyMini(tmp.resolve("c"));
        Path a = Hostile.copyMini(tmp.resolve("a"));
        Hostile.write(a, "essays/alpha.md", Hostile.read(a.resolve("essays/alpha.md"))
                .replace("Vladiwostok was far away.", "Vladiwostok was *far* away."));
        Path reference = tmp.resolve("reference");
        assertEquals(0, build(c, reference).exit());
        byte[] expected = Files.readAllBytes(reference.resolve(EPUB));

        Path out = tmp.resolve("out");
        assertEquals(0, build(c, out).exit());
        // Build A into the same folder, killed at each of its first renames: the cache entries of its chapters.
        for (int k = 1; k <= 3; k++) {
            Process killed = childBuild(a, out, k, "killed" + k + ".log");
            assertTrue(killed.waitFor(5, TimeUnit.MINUTES), "hang guard");
            assertEquals(137, killed.exitValue(), "rename " + k + ": " + Files.readString(tmp.resolve("killed" + k + ".log")));
            Hostile.Run again = build(c, out);
            assertEquals(0, again.exit(), again.all());
            assertArrayEquals(expected, Files.readAllBytes(out.resolve(EPUB)), "after a kill at rename " + k
                    + ", the rebuild of C is not C's EPUB");
        }
        try (Stream<Path> s = Files.list(out.resolve(".cache"))) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(),
                    "temporary cache files left behind");
        }
    }

    private static Hostile.Run build(Path manuscript, Path out) {
        return Hostile.cli("build", "--manuscript", manuscript.toString(), "--out", out.toString(), "--format", "epub",
                "--styles", TestBooks.STYLES.toString());
    }

    private Process childBuild(Path manuscript, Path out, int haltAtRename, String log) throws Exception {
        return new ProcessBuilder(ChildJvm.bookpress(List.of("-Dbookpress.test.haltAtRename=" + haltAtRename),
                "build", "--manuscript", manuscript.toString(), "--out", out.toString(), "--format", "epub",
                "--styles", TestBooks.STYLES.toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve(log).toFile()).start();
    }

    private static boolean staging(Path out) throws java.io.IOException {
        if (!Files.isDirectory(out)) return false;
        try (Stream<Path> s = Files.list(out)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(".bookpress-staging-"));
        }
    }
}
