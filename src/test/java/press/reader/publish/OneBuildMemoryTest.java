package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * A workshop that makes one build (the {@code build} command's) keeps none of the laid-out page sequences once the
 * layout is over; a workshop that builds again (watch, the desk, the tests) keeps them for the next build.
 */
@Tag("slow")   // lays the small book out twice
class OneBuildMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void aBuildThatIsTheLastKeepsNoLaidOutSequence() {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms"));
        // the test JVM's warm parts without their memory: a workshop of its own, as the build command's is, without
        // compiling the stylesheets and reading the fonts again
        Workshop once = Workshop.withoutMemory(TestBooks.workshop());
        once.buildsOnce();
        new BookBuilder(once).build(new BuildRequest(ms.root(), tmp.resolve("once"), Set.of("pdf"), TestBooks.EPOCH));

        BookBuilder again = TestBooks.newBuilder();
        again.build(new BuildRequest(ms.root(), tmp.resolve("again"), Set.of("pdf"), TestBooks.EPOCH));
        int kept = again.workshop().chapterLayouts().kept();
        System.out.println("laid-out sequences kept after a build: " + once.chapterLayouts().kept()
                + " by a workshop that builds once, " + kept + " by one that builds again");
        assertEquals(0, once.chapterLayouts().kept());
        assertTrue(once.chapterLayouts().layouts() > 0, "the book was laid out by page sequence");
        assertTrue(kept > 0, "a workshop that builds again keeps its sequences");
        // the page map as the stylesheet read it, a document as large as the book's, is the next build's only
        assertFalse(once.chapterLayouts().holdsPageMapDocument(), "a workshop that builds once lets it go");
        assertTrue(again.workshop().chapterLayouts().holdsPageMapDocument(), "one that builds again keeps it");
    }
}
