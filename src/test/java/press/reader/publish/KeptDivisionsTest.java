package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.layout.ChapterLayout;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * A warm rebuild takes the page sequences of the divisions an edit leaves as they were from the stylesheet's last run
 * (press.reader.layout.DivisionSources), and its print PDF is the bytes of a cold build of the edited manuscript:
 * after a word emphasised in an essay (every other division kept), after an index heading renamed (the index written
 * again, as it reads every index term of the book: a stale index fails here, as no page moves and the page map alone
 * would not tell), and after a note added (the essay's notes renumbered), on the small book with the real book's
 * apparatus (notes, glossary, chronology, index).
 */
@Tag("slow")   // five builds of the small book, three from scratch
class KeptDivisionsTest {
    private static final Set<String> PDF = Set.of("pdf");

    @TempDir
    Path tmp;

    @Test
    void editedDivisionsAreWrittenAgainAndTheWarmBytesAreTheColdBytes() throws Exception {
        Warm warm = new Warm();
        ManuscriptCopy ms = warm.ms;
        ChapterLayout.Cache cache = warm.cache;
        warm.build();
        assertEquals(0, cache.divisionsKept(), "a first build has nothing to keep");

        ms.replace("essays/beta.md", "had lost their life", "had lost *their* life");
        long kept = cache.divisionsKept();
        warm.build();
        long keptByEmphasis = cache.divisionsKept() - kept;
        System.out.println("mini, one word emphasised: the sequences of " + keptByEmphasis + " divisions kept");
        assertTrue(keptByEmphasis >= 4, "the divisions the edit left alone were written again: " + keptByEmphasis);
        assertColdBytes(ms.root(), "emphasis");

        // a heading renamed: its occurrences' words change, not their places (no page moves, one pass)
        ms.replace("index.yaml", "headword: Trotsky, Leon", "headword: Trotsky, Lev");
        kept = cache.divisionsKept();
        warm.build();
        System.out.println("mini, an index heading renamed: the sequences of " + (cache.divisionsKept() - kept)
                + " divisions kept");
        assertColdBytes(ms.root(), "index heading");

        ms.replace("essays/beta.md", "rose in March 1921.", "rose in March 1921 (so Avrich).[@avrich1970, 34]");
        warm.build();
        assertColdBytes(ms.root(), "note added");
    }

    /**
     * An edit that moves pages (a paragraph added to the first essay: the second essay, its index entries and the
     * introduction's reference to it move a page on): the settle rule's run of the stylesheet with the new page map and
     * the second pass take the divisions that read none of the moved pages (the second essay, the glossary, the
     * bibliography) and write again those that do, the introduction's "Beta (p. N)" and the index among them: the warm
     * bytes are the cold bytes. With every division kept across the move, the introduction printed the old page.
     */
    @Test
    void divisionsThatReadNoMovedPageAreKeptWhenAPageMoves() throws Exception {
        Warm warm = new Warm();
        BuildResult before = warm.build();
        String paragraph = "Meetings went on through the night, and nobody kept the minutes of what was said. ";
        warm.ms.replace("essays/alpha.md", "Vladiwostok was far away.\n",
                "Vladiwostok was far away.\n\n" + paragraph.repeat(60) + "\n");
        long across = warm.cache.keptAcrossMoves();
        BuildResult after = warm.build();
        assertTrue(after.pages() > before.pages(), "the paragraph moved no page: " + before.pages() + " pages");
        assertTrue(warm.cache.keptAcrossMoves() - across >= 2, "divisions kept across the move: "
                + (warm.cache.keptAcrossMoves() - across));
        assertColdBytes(warm.ms.root(), "page moved");
    }

    /** A copy of the small book and a builder that keeps what it laid out between builds, as {@code watch}'s does. */
    private final class Warm {
        final ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.MINI_MANUSCRIPT, tmp.resolve("ms"));
        final Workshop workshop = Workshop.withoutMemory(TestBooks.workshop());
        final BookBuilder builder = new BookBuilder(workshop);
        final ChapterLayout.Cache cache = workshop.chapterLayouts();

        BuildResult build() {
            return builder.build(new BuildRequest(ms.root(), tmp.resolve("warm"), PDF, TestBooks.EPOCH));
        }
    }

    /**
     * A designer's fo.xsl that prints the book's first note at every chapter's opening reads across divisions in a
     * way the key cannot know of: with it, no division is kept, and the warm bytes after the first note is edited are
     * still the cold bytes (with the key used for any styles folder, five chapters kept the old words).
     */
    @Test
    void aDesignersStylesheetKeepsNoDivision() throws Exception {
        Path styles = Files.createDirectories(tmp.resolve("styles"));
        try (var entries = Files.list(TestBooks.STYLES)) {
            for (Path e : entries.toList()) {
                Files.createSymbolicLink(styles.resolve(e.getFileName().toString()), e.toAbsolutePath());
            }
        }
        Path fo = styles.resolve("fo.xsl");
        Files.delete(fo);
        String opening = "<xsl:apply-templates select=\".\" mode=\"opening\"/>";
        String stock = Files.readString(TestBooks.STYLES.resolve("fo.xsl"));
        assertTrue(stock.contains(opening), "the stock fo.xsl's chapter opening moved: this test adds a line after it");
        Files.writeString(fo, stock.replaceFirst(Pattern.quote(opening), opening
                + "<fo:block>First note of the book: <xsl:value-of select=\"normalize-space((//d:footnote)[1])\"/></fo:block>"));

        ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.MINI_MANUSCRIPT, tmp.resolve("ms"));
        // the designer's stylesheets compiled and fonts read once: the warm builder and the cold one each take them
        // without the other's memory, as assertColdBytes does with the stock ones
        Workshop designers = TestBooks.workshopFor(styles);
        Workshop warm = Workshop.withoutMemory(designers);
        BookBuilder builder = new BookBuilder(warm);
        builder.build(new BuildRequest(ms.root(), tmp.resolve("warm"), PDF, TestBooks.EPOCH));
        ms.replace("essays/alpha.md", "The author’s own note, naming", "The author’s own memo, naming");
        builder.build(new BuildRequest(ms.root(), tmp.resolve("warm"), PDF, TestBooks.EPOCH));
        Path cold = tmp.resolve("cold-designer");
        new BookBuilder(Workshop.withoutMemory(designers))
                .build(new BuildRequest(ms.root(), cold, PDF, TestBooks.EPOCH));
        assertArrayEquals(Files.readAllBytes(printPdf(cold)), Files.readAllBytes(printPdf(tmp.resolve("warm"))),
                "a designer's stylesheet reading the first note");
        assertEquals(0, warm.chapterLayouts().divisionsKept(), "divisions kept with a designer's stylesheet");
    }

    /** A cold build of {@code manuscript} writes the bytes the warm build wrote. */
    private void assertColdBytes(Path manuscript, String name) throws Exception {
        Path cold = tmp.resolve("cold-" + name.replace(' ', '-'));
        new BookBuilder(Workshop.withoutMemory(TestBooks.workshop()))
                .build(new BuildRequest(manuscript, cold, PDF, TestBooks.EPOCH));
        assertArrayEquals(Files.readAllBytes(printPdf(cold)), Files.readAllBytes(printPdf(tmp.resolve("warm"))), name);
    }

    private static Path printPdf(Path out) {
        try (var files = Files.list(out)) {
            return files.filter(p -> p.toString().endsWith(".pdf") && !p.toString().endsWith("-cover.pdf")).findFirst()
                    .orElseThrow().toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
