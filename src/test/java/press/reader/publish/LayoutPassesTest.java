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
import press.reader.layout.FopEngine;
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

    /**
     * The work of a cold build, counted in FOP runs: the first pass is laid out page sequence by page sequence as the
     * stylesheet writes them (ColdPass), not the whole book once more: a sequence that cites a page further on (the
     * contents) is laid out without drawing, for its length, the others drawn as they will print and kept for the
     * next pass; so the print PDF and the screen PDF are each drawn once, page sequence by page sequence (the screen
     * PDF beside the print layout's last pass, from the page map that pass is laid out from; tagged, one FOP run per
     * sequence, so that no run holds the structure tree of the whole book). A rebuild from the right page map in the
     * same workshop draws the screen PDF's sequences again, keeps the print PDF's, and lays out nothing else.
     */
    @Test
    void aColdBuildDrawsEachPdfOnce() throws Exception {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms"));
        // the test JVM's stylesheets and FOP without their memory of layouts: FOP's runs counted from here
        Workshop workshop = Workshop.withoutMemory(TestBooks.workshop());
        FopEngine.Work before = workshop.fop().work();
        Path cold = tmp.resolve("cold");
        BuildResult r = new BookBuilder(workshop).build(
                new BuildRequest(ms.root(), cold, Set.of("pdf", "screen"), TestBooks.EPOCH));
        FopEngine.Work work = since(before, workshop.fop().work());
        System.out.println("mini book, cold: " + r.layoutPasses() + " layout pass(es), " + work.pdfRenders()
                + " PDF(s) drawn, " + work.layoutsOnly() + " layout(s) without drawing");
        // the print PDF is drawn page sequence by page sequence (ChapterLayout), each once
        long sequences = workshop.chapterLayouts().kept();
        long measured = workshop.chapterLayouts().measured();
        System.out.println("mini book, cold: " + sequences + " page sequences, " + measured
                + " laid out without drawing in the first pass");
        assertTrue(sequences > 2, sequences + " page sequences");
        assertEquals(1, workshop.chapterLayouts().coldPasses(), "the first pass laid out by page sequence");
        assertTrue(measured > 0 && measured < sequences, measured + " of " + sequences + " laid out without drawing");
        assertEquals(sequences, workshop.chapterLayouts().layouts(), "each page sequence of the print PDF drawn once");
        assertEquals(new FopEngine.Work(2 * (int) sequences, (int) measured), work,
                "a cold build: no whole-book layout, only the sequences that cite a page further on laid out without "
                        + "drawing, each page sequence of the print PDF and of the screen PDF drawn once");

        Path seeded = tmp.resolve("seeded");
        Files.createDirectories(seeded);
        Files.copy(cold.resolve("a-small-test-book.pagemap.xml"), seeded.resolve("a-small-test-book.pagemap.xml"));
        BuildResult again = new BookBuilder(workshop).build(
                new BuildRequest(ms.root(), seeded, Set.of("pdf", "screen"), TestBooks.EPOCH));
        FopEngine.Work warm = since(before, workshop.fop().work());
        System.out.println("mini book, from its page map: " + again.layoutPasses() + " layout pass(es), "
                + (warm.pdfRenders() - work.pdfRenders()) + " PDF(s) drawn");
        assertEquals(new FopEngine.Work(work.pdfRenders() + (int) sequences, (int) measured), warm,
                "from the right page map: the screen PDF drawn, the print PDF's page sequences kept, nothing else");
        assertEquals(sequences, workshop.chapterLayouts().layouts(), "no page sequence laid out again");
        assertArrayEquals(Files.readAllBytes(cold.resolve("a-small-test-book-screen.pdf")),
                Files.readAllBytes(seeded.resolve("a-small-test-book-screen.pdf")));

        // A page map wrong only where no printed number reads it (a paragraph's page): the pass laid out from it is
        // the accepted one (its XSL-FO is the right map's), though the map it makes differs from it. The screen PDF
        // started beside that pass is the one kept, not drawn a second time after the layout.
        Path moved = tmp.resolve("moved");
        Files.createDirectories(moved);
        String map = Files.readString(cold.resolve("a-small-test-book.pagemap.xml"));
        Matcher paragraph = Pattern.compile("(<a id=\"[^\"]*-p1\" n=\")(\\d+)(\")").matcher(map);
        assertTrue(paragraph.find(), "a paragraph's anchor in the page map");
        String wrong = paragraph.replaceFirst("$1" + (Integer.parseInt(paragraph.group(2)) + 1) + "$3");
        Files.writeString(moved.resolve("a-small-test-book.pagemap.xml"), wrong);
        BuildResult fromMoved = new BookBuilder(workshop).build(
                new BuildRequest(ms.root(), moved, Set.of("pdf", "screen"), TestBooks.EPOCH));
        FopEngine.Work third = since(before, workshop.fop().work());
        System.out.println("mini book, from a map wrong in a paragraph's page: " + fromMoved.layoutPasses()
                + " layout pass(es), " + (third.pdfRenders() - warm.pdfRenders()) + " PDF(s) drawn");
        assertEquals(1, fromMoved.layoutPasses(), "the XSL-FO from the moved map is the right one's");
        assertEquals(new FopEngine.Work(warm.pdfRenders() + (int) sequences, (int) measured), third,
                "the screen PDF drawn once, from the map the accepted pass was laid out from");
        assertEquals(map, Files.readString(moved.resolve("a-small-test-book.pagemap.xml")));
        assertArrayEquals(Files.readAllBytes(cold.resolve("a-small-test-book-screen.pdf")),
                Files.readAllBytes(moved.resolve("a-small-test-book-screen.pdf")));
    }

    /**
     * The counts above are a workshop's own: a render another build of the test JVM started on the shared engine (a
     * cancelled one runs on to its end) must not be counted as this build's.
     */
    @Test
    void aWorkshopWithoutMemoryCountsOnlyItsOwnFopRuns() {
        Workshop shared = TestBooks.workshop();
        Workshop apart = Workshop.withoutMemory(shared);
        FopEngine.Work before = apart.fop().work();
        shared.fop().startLayoutOnly(new FopEngine.Messages(), agent -> { });
        assertEquals(before, apart.fop().work(), "a run on the shared engine was counted as this workshop's");
        apart.fop().startLayoutOnly(new FopEngine.Messages(), agent -> { });
        assertEquals(new FopEngine.Work(before.pdfRenders(), before.layoutsOnly() + 1), apart.fop().work());
    }

    private static FopEngine.Work since(FopEngine.Work before, FopEngine.Work now) {
        return new FopEngine.Work(now.pdfRenders() - before.pdfRenders(), now.layoutsOnly() - before.layoutsOnly());
    }
}
