package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.cli.Builders;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/** A rebuild redoes only what its changes affect, and gives exactly what a build from scratch gives. */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    private static Timing.Reuse epub(BuildResult r) {
        return r.timing("epub").orElseThrow().reuse();
    }

    /** The small book copied, and built once with its PDF and EPUB by a builder the test goes on with. */
    private record Built(ManuscriptCopy ms, BookBuilder builder, Path out) {}

    private Built builtOnce() {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms"));
        BookBuilder builder = TestBooks.newBuilder();
        Path out = tmp.resolve("out");
        builder.build(new BuildRequest(ms.root(), out, Set.of("pdf", "epub"), TestBooks.EPOCH));
        return new Built(ms, builder, out);
    }

    @Test
    void anUnchangedBookIsNotLaidOutOrTransformedAgain() {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms"));
        BookBuilder builder = TestBooks.newBuilder();
        BuildRequest req = new BuildRequest(ms.root(), tmp.resolve("out"), Set.of("pdf", "epub"), TestBooks.EPOCH);
        BuildResult first = builder.build(req);
        assertTrue(first.layoutPasses() > 0);
        BuildResult second = builder.build(req);
        assertEquals(0, second.layoutPasses(), "the PDF came from the cache");
        assertEquals(0, epub(second).redone(), "no chapter transformed: " + epub(second));
        assertTrue(epub(second).parts() > 0, epub(second).toString());
    }

    @Tag("slow")   // three builds of the small book, one from scratch (see README, Tests)
    @Test
    void anEditedEssayIsTheOnlyEssayTransformedAgainAndTheResultMatchesAFreshBuild() throws Exception {
        Built b = builtOnce();
        var ms = b.ms();
        BookBuilder builder = b.builder();
        Path out = b.out();
        ms.replace("essays/beta.md", "answered with force.", "answered, in the end, with force.");
        BuildResult r = builder.build(new BuildRequest(ms.root(), out, Set.of("pdf", "epub"), TestBooks.EPOCH));
        // beta itself; not alpha, not the introduction, and not the index or the chronology, which point into every
        // essay but show only their targets' pages, and these did not move
        assertEquals(new Timing.Reuse(1, 7, "chapters"), epub(r));
        assertTrue(r.layoutPasses() > 0, "the PDF was laid out again");
        Path fresh = tmp.resolve("fresh");
        TestBooks.newBuilder().build(new BuildRequest(ms.root(), fresh, Set.of("pdf", "epub"), TestBooks.EPOCH));
        for (String name : new String[] {"a-small-test-book.epub", "a-small-test-book.pdf"}) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(name)), Files.readAllBytes(out.resolve(name)), name);
        }
    }

    @Tag("slow")   // two builds of the small book (see README, Tests)
    @Test
    void anEpubBuiltAloneKeepsThePrintPageNumbersOfAnEarlierLayout() throws Exception {
        Built b = builtOnce();
        var ms = b.ms();
        BookBuilder builder = b.builder();
        Path out = b.out();
        byte[] withPdf = Files.readAllBytes(out.resolve("a-small-test-book.epub"));
        builder.build(new BuildRequest(ms.root(), out, Set.of("epub"), TestBooks.EPOCH));
        assertArrayEquals(withPdf, Files.readAllBytes(out.resolve("a-small-test-book.epub")),
                "the same EPUB, page list included, as when the PDF was built with it");
    }

    @Tag("slow")   // five builds of the small book, two from scratch (see README, Tests)
    @Test
    void aWarmEpubRebuildAfterAnEditTransformsOnlyTheEditedEssayAndMatchesAColdBuild() throws Exception {
        Built b = builtOnce();
        var ms = b.ms();
        BookBuilder builder = b.builder();
        Path out = b.out();
        int drawn = builder.workshop().coverImagesDrawn();
        // as in watch: EPUB-only rebuilds after edits (the first one has no print page map for the edited book)
        ms.replace("essays/beta.md", "answered with force.", "answered with *force*.");
        builder.build(new BuildRequest(ms.root(), out, Set.of("epub"), TestBooks.EPOCH));
        ms.replace("essays/beta.md", "answered with *force*.", "*answered* with force.");
        BuildResult r = builder.build(new BuildRequest(ms.root(), out, Set.of("epub"), TestBooks.EPOCH));

        Timing.Reuse reuse = epub(r);
        System.out.println("warm EPUB rebuild after an edit of beta: " + reuse);
        assertEquals(1, reuse.redone(), "beta alone: not its part, the index or the chronology, which show nothing "
                + "of its changed words: " + reuse);
        assertEquals(drawn, builder.workshop().coverImagesDrawn(), "the cover image was not drawn again");
        assertArrayEquals(coldEpub(ms.root(), "cold-1"), Files.readAllBytes(out.resolve("a-small-test-book.epub")));

        // a changed title shows in the contents and wherever a link names it: the EPUB is still a cold build's
        ms.replace("essays/alpha.md", "title: Alpha on", "title: Alpha, Retitled, on");
        r = builder.build(new BuildRequest(ms.root(), out, Set.of("epub"), TestBooks.EPOCH));
        System.out.println("warm EPUB rebuild after alpha's title changed: " + epub(r));
        assertTrue(epub(r).redone() >= 1, epub(r).toString());
        assertArrayEquals(coldEpub(ms.root(), "cold-2"), Files.readAllBytes(out.resolve("a-small-test-book.epub")));
    }

    @Tag("slow")   // four builds of the small book, one from scratch (see README, Tests)
    @Test
    void theCoverIsDrawnAgainOnlyWhenWhatItIsDrawnFromChanges() throws Exception {
        Built b = builtOnce();
        var ms = b.ms();
        BookBuilder builder = b.builder();
        Path out = b.out();
        int drawn = builder.workshop().coverPdfsDrawn();
        // as in watch: print rebuilds after edits; an essay's emphasis moves no page, so the cover is the same
        ms.replace("essays/beta.md", "answered with force.", "answered with *force*.");
        BuildResult r = builder.build(new BuildRequest(ms.root(), out, Set.of("pdf"), TestBooks.EPOCH));
        assertEquals(drawn, builder.workshop().coverPdfsDrawn(), "the cover was kept");
        assertEquals(Timing.Reuse.whole(true), r.timing("cover").orElseThrow().reuse());
        assertArrayEquals(coldCover(ms.root(), "cold-1"), Files.readAllBytes(out.resolve(COVER)));

        // the blurb is printed on the back cover: drawn again, as a build from scratch draws it
        ms.replace("book.yaml", "blurb: A book made only to test the pipeline.",
                "blurb: A book made only to test the pipeline, and its cover.");
        r = builder.build(new BuildRequest(ms.root(), out, Set.of("pdf"), TestBooks.EPOCH));
        assertEquals(drawn + 1, builder.workshop().coverPdfsDrawn(), "the cover was drawn again");
        assertEquals(Timing.Reuse.whole(false), r.timing("cover").orElseThrow().reuse());
        assertArrayEquals(coldCover(ms.root(), "cold-2"), Files.readAllBytes(out.resolve(COVER)));
    }

    private static final String COVER = "a-small-test-book-cover.pdf";

    private byte[] coldCover(Path ms, String name) throws Exception {
        Path fresh = tmp.resolve(name);
        Builders.create(TestBooks.STYLES).build(new BuildRequest(ms, fresh, Set.of("pdf"), TestBooks.EPOCH));
        return Files.readAllBytes(fresh.resolve(COVER));
    }

    /**
     * The EPUB of a build from scratch, as a new process makes it: a workshop of its own (no compiled stylesheets,
     * citations or fidelity results kept from earlier builds) and an empty output folder.
     */
    private byte[] coldEpub(Path ms, String name) throws Exception {
        Path fresh = tmp.resolve(name);
        Builders.create(TestBooks.STYLES).build(new BuildRequest(ms, fresh, Set.of("epub"), TestBooks.EPOCH));
        return Files.readAllBytes(fresh.resolve("a-small-test-book.epub"));
    }
}
