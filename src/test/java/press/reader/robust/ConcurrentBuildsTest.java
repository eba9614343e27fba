package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
     * <p>
     * Where the build made the runnable jar before the tests ({@code .ci/run}: the pom's jar-smoke profile), the child is
     * {@code java -jar bookpress.jar} as {@code bin/bookpress} starts it: its manifest and main class, and FOP's and Saxon's
     * service files as the shade plugin merged them, make the same bytes (the jar's one run in CI, which was a build of
     * its own after the tests).
     * <p>
     * The first build is stopped before its first rename (a cache entry's, with the folder's lock held) until the second
     * has been refused: the test once looked for the first one's staging folder and started the second if the first was
     * still alive, and a first build that finished in between (a loaded machine) took the refusal away.
     */
    @Test
    void aSecondBuildIntoAFolderBeingBuiltIsRefusedAndTheFirstOneFinishesWholeWithTheBytesOfABuildInThisJvm()
            throws Exception {
        Path b = Hostile.copyMini(tmp.resolve("b"));
        Hostile.write(b, "book.yaml", Hostile.read(b.resolve("book.yaml")).replaceFirst("title: .*", "title: Book B"));
        Path out = tmp.resolve("out");
        // where .ci/run made the runnable jar before the tests, the child is the jar a user gets (its one run in CI)
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.bookpressAsShipped(List.of("-Duser.language=de", "-Duser.country=AT",
                "-Duser.timezone=Pacific/Auckland", "-Dbookpress.test.pauseAtRenames=true"), "build", "--manuscript",
                TestBooks.MINI_MANUSCRIPT.toString(), "--out", out.toString(), "--format", "pdf,screen,epub", "--quiet",
                "--styles", TestBooks.STYLES.toString()));
        pb.environment().put("SOURCE_DATE_EPOCH", Long.toString(TestBooks.EPOCH));
        System.out.println("the first build runs " + (ChildJvm.shippedJar() == null ? "from the class path" : ChildJvm.shippedJar()));
        Process first = pb.redirectError(tmp.resolve("first.log").toFile()).start();
        try (BufferedReader said = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
             Writer go = new OutputStreamWriter(first.getOutputStream(), StandardCharsets.UTF_8)) {
            String line = said.readLine();
            while (line != null && !line.startsWith("rename ")) line = said.readLine();
            assertEquals("rename 1", line, "the first build never reached its first rename: " + firstLog());
            assertTrue(staging(out), "the first build holds the folder without a staging folder");
            Hostile.Run second = Hostile.cli("build", "--manuscript", b.toString(), "--out", out.toString(),
                    "--format", "epub", "--styles", TestBooks.STYLES.toString());
            assertEquals(1, second.exit(), second.all());
            assertTrue(second.err().contains(out + ": error: --out is being written by pid " + first.pid()), second.all());
            Hostile.assertNoTrace(second);
            // the first build goes on: a line at each of its stops (the end of this block goes on with them all)
            for (; line != null; line = said.readLine()) {
                go.write("\n");
                go.flush();
            }
        } finally {
            assertTrue(first.waitFor(5, TimeUnit.MINUTES), "hang guard");
        }
        assertEquals(0, first.exitValue(), firstLog());
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
    }

    /**
     * One child build of A, two of whose chapters differ from C's, is killed at the rename of its second cache entry:
     * it leaves both things a kill in the cache can leave, an entry of A's under the name of C's (the first chapter's,
     * renamed) and a half-made one (the second's temporary file). One kill, where three kills at the first three
     * renames left them one at a time (the third was in the commit, whose kills {@code OutputAtomicityTest} makes at
     * every step). The same kill is {@code OutputFaultsTest}'s killed build: the previous outputs are left as they were,
     * byte for byte, beside the killed build's staging folder with what it staged, which the next build removes.
     */
    @Test
    void aBuildKilledWhileWritingItsCacheNeverPoisonsALaterBuild() throws Exception {
        Path c = withoutCitations(Hostile.copyMini(tmp.resolve("c")));
        Path a = withoutCitations(Hostile.copyMini(tmp.resolve("a")));
        Hostile.write(a, "essays/alpha.md", Hostile.read(a.resolve("essays/alpha.md"))
                .replace("Vladiwostok was far away.", "Vladiwostok was *far* away."));
        Hostile.write(a, "essays/beta.md", Hostile.read(a.resolve("essays/beta.md"))
                .replace("Lenin answered with force.", "Lenin answered with *force*."));
        Path out = tmp.resolve("out");
        Hostile.Run first = build(c, out);
        assertEquals(0, first.exit(), first.all());
        byte[] expected = Files.readAllBytes(out.resolve(EPUB));
        Map<String, String> entriesOfC = cacheEntries(out);
        Map<String, String> outputsOfC = visibleOutputs(out);

        Process killed = childBuild(a, out, 2, "killed.log");
        assertTrue(killed.waitFor(5, TimeUnit.MINUTES), "hang guard");
        assertEquals(137, killed.exitValue(), Files.readString(tmp.resolve("killed.log")));
        assertEquals(outputsOfC, visibleOutputs(out), "the killed build touched the previous outputs");
        assertTrue(stagedFiles(out) > 0, "the build was killed before it staged a file");
        Map<String, String> left = cacheEntries(out);
        assertEquals(1, left.keySet().stream().filter(n -> n.endsWith(".tmp")).count(), "a half-made entry: " + left);
        left.keySet().removeIf(n -> n.endsWith(".tmp"));
        assertEquals(entriesOfC.keySet(), left.keySet());
        assertEquals(1, entriesOfC.keySet().stream().filter(n -> !entriesOfC.get(n).equals(left.get(n))).count(),
                "one entry of A's under the name of C's");

        Hostile.Run again = build(c, out);
        assertEquals(0, again.exit(), again.all());
        assertArrayEquals(expected, Files.readAllBytes(out.resolve(EPUB)), "after a kill in the cache's writing, "
                + "the rebuild of C is not C's EPUB");
        assertEquals(List.of(), cacheEntries(out).keySet().stream().filter(n -> n.endsWith(".tmp")).toList(),
                "temporary cache files left behind");
        assertEquals(0, stagedFiles(out), "the killed build's staging folder survived the next build");
    }

    /**
     * The small book without its citations and works cited: the killed build is a cold child JVM, and starting the
     * citation engine was about a sixth of its CPU; the cache entries, the kill and the rebuild are those of the
     * chapters, which keep everything else (notes, glossary, chronology, index).
     */
    private static Path withoutCitations(Path ms) throws java.io.IOException {
        Hostile.write(ms, "essays/beta.md",
                Hostile.read(ms.resolve("essays/beta.md")).replaceAll("\\[@avrich1970, \\d+\\]", ""));
        Hostile.write(ms, "book.yaml", Hostile.read(ms.resolve("book.yaml")).replace(", bibliography,", ","));
        Files.delete(ms.resolve("bibliography.json"));
        return ms;
    }

    private String firstLog() throws java.io.IOException {
        return Files.readString(tmp.resolve("first.log"));
    }

    /** The files of the output folder a reader sees (not the tool's hidden ones), with a digest of their bytes. */
    private static Map<String, String> visibleOutputs(Path out) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                files.put(p.getFileName().toString(), Files.isRegularFile(p) ? digest(Files.readAllBytes(p)) : "<dir>");
            }
        }
        return files;
    }

    /** Files in the staging folders of builds in {@code out}. */
    private static long stagedFiles(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            long n = 0;
            for (Path staging : s.filter(p -> p.getFileName().toString().startsWith(".bookpress-staging-")).toList()) {
                try (Stream<Path> f = Files.walk(staging)) {
                    n += f.filter(Files::isRegularFile).count();
                }
            }
            return n;
        }
    }

    private static String digest(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Every file under the output folder's cache, by its path there, with a digest of its bytes. */
    private static Map<String, String> cacheEntries(Path out) throws Exception {
        Map<String, String> entries = new TreeMap<>();
        Path cache = out.resolve(".cache");
        try (Stream<Path> s = Files.walk(cache)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                entries.put(cache.relativize(p).toString(), digest(Files.readAllBytes(p)));
            }
        }
        return entries;
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
