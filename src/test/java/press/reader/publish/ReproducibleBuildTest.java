package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * The same manuscript and SOURCE_DATE_EPOCH give the same bytes; another citation style still builds. The same bytes
 * from a build in another JVM, with another locale and time zone, are checked by {@code robust.ConcurrentBuildsTest},
 * whose first child build is that build.
 */
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
