package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.ChildJvm;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/** The same manuscript and SOURCE_DATE_EPOCH give the same bytes; another citation style still builds. */
class ReproducibleBuildTest {
    @TempDir
    Path tmp;

    @Test
    void twoBuildsGiveByteIdenticalOutputs() throws Exception {
        var first = TestBooks.mini();
        Path again = tmp.resolve("again");
        TestBooks.builder().build(new BuildRequest(TestBooks.MINI_MANUSCRIPT, again, Set.of("pdf", "screen", "epub"), TestBooks.EPOCH));
        for (String name : new String[] {"a-small-test-book.pdf", "a-small-test-book-screen.pdf", "a-small-test-book.epub",
            "a-small-test-book-cover.pdf", "a-small-test-book.book.xml", "a-small-test-book.pagemap.xml"}) {
            assertArrayEquals(Files.readAllBytes(first.out().resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }
    }

    /**
     * The same bytes from a fresh JVM: a build in one process can hide state that differs between processes
     * (hash-map order, identity hashes, the default locale or time zone), so the command line is run in a child
     * JVM with another locale and time zone and its outputs compared with this process's build.
     */
    @Test
    @org.junit.jupiter.api.Tag("slow")
    void aBuildInAnotherJvmGivesByteIdenticalOutputs() throws Exception {
        var first = TestBooks.mini();
        Path other = tmp.resolve("other-jvm");
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.bookpress(List.of("-Duser.language=de", "-Duser.country=AT",
                "-Duser.timezone=Pacific/Auckland"), "build", "--manuscript", TestBooks.MINI_MANUSCRIPT.toString(),
                "--out", other.toString(), "--format", "pdf,screen,epub", "--quiet"));
        pb.environment().put("SOURCE_DATE_EPOCH", Long.toString(TestBooks.EPOCH));
        pb.redirectErrorStream(true);
        pb.redirectOutput(tmp.resolve("child.log").toFile());
        Process child = pb.start();
        boolean ended = child.waitFor(5, java.util.concurrent.TimeUnit.MINUTES); // a hang guard, not a speed limit
        if (!ended) child.destroyForcibly();
        assertTrue(ended, "the child build hung");
        assertEquals(0, child.exitValue(), () -> "child build failed: " + readQuietly(tmp.resolve("child.log")));
        for (String name : new String[] {"a-small-test-book.pdf", "a-small-test-book-screen.pdf", "a-small-test-book.epub",
            "a-small-test-book-cover.pdf", "a-small-test-book.book.xml", "a-small-test-book.pagemap.xml"}) {
            assertArrayEquals(Files.readAllBytes(first.out().resolve(name)), Files.readAllBytes(other.resolve(name)), name);
        }
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Test
    void anAuthorDateStyleBuildsWithInlineCitations() throws Exception {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms"));
        ms.replace("book.yaml", "blurb:", "citation-style: chicago-author-date\nblurb:");
        BuildResult r = TestBooks.builder().build(new BuildRequest(ms.root(), tmp.resolve("out"), Set.of("epub"), TestBooks.EPOCH));
        String xml = Files.readString(tmp.resolve("out/a-small-test-book.book.xml"));
        assertTrue(xml.contains("(Avrich 1970, 35)"), "inline author-date citation");
        assertTrue(!xml.contains("role=\"citation\""), "no citation footnotes in an author-date style");
        assertEquals(2, r.outputs().size());
    }
}
