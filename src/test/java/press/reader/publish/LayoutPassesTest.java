package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * A book is laid out once from its previous build's page map, at most twice into an empty folder: the index reads
 * the pages of the text as FOP makes them, and the blank pages that fill the signature are made in the same pass;
 * a reference to a later page ("(p. 49)") is set as the page map's number, which a cold build learns in its first
 * pass (FOP's own citation of a page not laid out yet is set as wide as "MMM" and left the line loose). A wrong
 * starting page map costs passes, never a wrong page number.
 */
class LayoutPassesTest {
    @TempDir
    Path tmp;

    @Test
    void aColdBuildLaysOutOnceAndAWrongSeedGivesTheSameBytes() throws Exception {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms"));
        ms.replace("book.yaml", "blurb:", "signature: 16\nblurb:");
        Path cold = tmp.resolve("cold");
        BuildResult r = TestBooks.newBuilder().build(new BuildRequest(ms.root(), cold, Set.of("pdf"), TestBooks.EPOCH));
        System.out.println("mini book, cold: " + r.pages() + " pages, " + r.layoutPasses() + " layout pass(es)");
        assertTrue(r.layoutPasses() <= 2, r.layoutPasses() + " layout passes into an empty output folder");
        assertEquals(0, r.pages() % 16, r.pages() + " pages, signature 16");

        // Previous outputs whose page map is wrong everywhere: every anchor one page later than it is.
        Path seeded = tmp.resolve("seeded");
        Files.createDirectories(seeded);
        String map = Files.readString(cold.resolve("a-small-test-book.pagemap.xml"));
        Matcher m = Pattern.compile(" n=\"(\\d+)\"").matcher(map);
        StringBuilder wrong = new StringBuilder();
        while (m.find()) m.appendReplacement(wrong, " n=\"" + (Integer.parseInt(m.group(1)) + 1) + "\"");
        m.appendTail(wrong);
        Files.writeString(seeded.resolve("a-small-test-book.pagemap.xml"), wrong);
        BuildResult again = TestBooks.newBuilder().build(new BuildRequest(ms.root(), seeded, Set.of("pdf"), TestBooks.EPOCH));
        System.out.println("mini book, wrong seed: " + again.layoutPasses() + " layout pass(es)");
        assertTrue(again.layoutPasses() <= 3, again.layoutPasses() + " passes");
        assertArrayEquals(Files.readAllBytes(cold.resolve("a-small-test-book.pdf")),
                Files.readAllBytes(seeded.resolve("a-small-test-book.pdf")));
        assertEquals(map, Files.readString(seeded.resolve("a-small-test-book.pagemap.xml")));

        // built again into the same folder (its page map right): once
        BuildResult warm = TestBooks.newBuilder().build(new BuildRequest(ms.root(), cold, Set.of("pdf"), TestBooks.EPOCH));
        System.out.println("mini book, rebuilt: " + warm.layoutPasses() + " layout pass(es)");
        assertTrue(warm.layoutPasses() <= 1, warm.layoutPasses() + " layout passes from the previous build's page map");
    }
}
