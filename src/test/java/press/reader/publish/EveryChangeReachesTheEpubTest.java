package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.cli.Builders;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * A warm EPUB rebuild never leaves a chapter stale, whatever the change: an essay's words, a work in the
 * bibliography, a glossary term, an index heading and form, a word of the styles. After each, the changed words are
 * in the chapters that show them, the replaced ones are gone, and the EPUB is byte for byte a cold build's (kept
 * chapters are written as they were deflated: OcfZipWriter).
 */
class EveryChangeReachesTheEpubTest {
    private static final String BOOK = "a-small-test-book.epub";
    @TempDir
    Path tmp;
    private int colds;

    @Tag("slow")   // seven EPUB builds of the small book, five of them cold, with a styles folder of its own
    @Test
    void eachChangeReachesAWarmEpubRebuildAsItWouldACold() throws Exception {
        ManuscriptCopy styles = ManuscriptCopy.of(TestBooks.STYLES, tmp.resolve("styles"));
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("ms"));
        BookBuilder warm = new BookBuilder(Builders.workshop(styles.root()));
        Path out = tmp.resolve("out");
        warm.build(new BuildRequest(ms.root(), out, Set.of("epub"), TestBooks.EPOCH));

        ms.replace("essays/beta.md", "Lenin answered with force.", "Lenin answered with overwhelming force.");
        rebuild(warm, ms, out);
        assertIn("beta", "answered with overwhelming force.", "answered with force.", out);

        // a work's title: the essay's notes and the works cited, neither of whose own files changed
        ms.replace("bibliography.json", "\"Kronstadt 1921\"", "\"Kronstadt, Spring 1921\"");
        rebuild(warm, ms, out);
        assertIn("beta", "<em>Kronstadt, Spring 1921</em>", "<em>Kronstadt 1921</em>", out);
        assertIn("bibliography", "<em>Kronstadt, Spring 1921</em>", "<em>Kronstadt 1921</em>", out);

        // a glossary term: its entry and its id, which the essays' first uses link to
        ms.replace("glossary.yaml", "- term: soviet\n", "- term: soviet council\n");
        rebuild(warm, ms, out);
        assertIn("glossary", "<dfn>soviet council</dfn>", "<dfn>soviet</dfn>", out);
        assertIn("beta", "glossary.xhtml#gl-soviet-council\"", "glossary.xhtml#gl-soviet\"", out);

        // an index heading (the index) and a new form found in an essay (its anchor in the essay)
        ms.replace("index.yaml", "headword: Trotsky, Leon", "headword: Trotsky, Lev Davidovich");
        ms.replace("index.yaml", "forms: [Kronstadt, Krondstadt]", "forms: [Kronstadt, Krondstadt, sailors]");
        rebuild(warm, ms, out);
        assertIn("index", "Trotsky, Lev Davidovich", "Trotsky, Leon", out);
        assertTrue(Pattern.compile("id=\"ix-beta-\\d+\"></span>sailors").matcher(chapter(out, "beta")).find(),
                chapter(out, "beta"));

        // a word of the styles, printed by the stylesheet only: every chapter with notes is transformed again
        styles.replace("words/en.xml", "<word key=\"notes\">Notes</word>", "<word key=\"notes\">Endnotes</word>");
        rebuild(warm, ms, out);
        assertIn("beta", ">Endnotes</h2>", ">Notes</h2>", out);
    }

    /**
     * A designer's EPUB stylesheet that prints the book's first note at every chapter's opening reads across
     * divisions as the stock one does not: the other chapters are transformed again after that note is edited (with
     * the stock stylesheets' keys they kept the old words).
     */
    @Tag("slow")   // three EPUB builds of the small book, one cold
    @Test
    void aDesignersEpubStylesheetReadingAcrossChaptersReachesEveryChapter() throws Exception {
        ManuscriptCopy styles = ManuscriptCopy.of(TestBooks.STYLES, tmp.resolve("styles"));
        styles.replace("epub/epub.xsl", "<h1 id=\"{@xml:id}-title\"><xsl:value-of select=\"d:info/d:title\"/></h1>",
                "<h1 id=\"{@xml:id}-title\"><xsl:value-of select=\"d:info/d:title\"/></h1>"
                        + "<p>First note: <xsl:value-of select=\"normalize-space((//d:footnote)[1])\"/></p>");
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("ms"));
        BookBuilder warm = new BookBuilder(Builders.workshop(styles.root()));
        Path out = tmp.resolve("out");
        warm.build(new BuildRequest(ms.root(), out, Set.of("epub"), TestBooks.EPOCH));
        assertIn("beta", "First note: The author’s own note, naming", "First note: The author’s own memo", out);

        ms.replace("essays/alpha.md", "The author’s own note, naming", "The author’s own memo, naming");
        rebuild(warm, ms, out);
        assertIn("beta", "First note: The author’s own memo, naming", "First note: The author’s own note", out);
    }

    /** A warm EPUB-only rebuild into {@code out}, and its EPUB compared with a cold build's of the same book. */
    private void rebuild(BookBuilder warm, ManuscriptCopy ms, Path out) throws IOException {
        Path stylesDir = warm.workshop().stylesDir();
        BuildResult r = warm.build(new BuildRequest(ms.root(), out, Set.of("epub"), TestBooks.EPOCH));
        System.out.println("warm EPUB rebuild " + (colds + 1) + ": " + r.timing("epub").orElseThrow().reuse());
        // a workshop without memory of earlier builds (no kept chapter entries) and an empty output folder
        Path fresh = tmp.resolve("cold-" + ++colds);
        new BookBuilder(Workshop.withoutMemory(warm.workshop()))
                .build(new BuildRequest(ms.root(), fresh, Set.of("epub"), TestBooks.EPOCH));
        assertArrayEquals(Files.readAllBytes(fresh.resolve(BOOK)), Files.readAllBytes(out.resolve(BOOK)),
                "the warm rebuild's EPUB is the cold build's, change " + colds + " (styles " + stylesDir + ")");
    }

    private static void assertIn(String chapter, String now, String before, Path out) throws IOException {
        String xhtml = chapter(out, chapter);
        assertTrue(xhtml.contains(now), chapter + " lacks " + now + ": " + xhtml);
        assertFalse(xhtml.contains(before), chapter + " still has " + before + ": " + xhtml);
    }

    /** The chapter's XHTML as it is in the EPUB. */
    private static String chapter(Path out, String id) throws IOException {
        String name = "OEBPS/text/" + id + ".xhtml";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(out.resolve(BOOK))))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in the EPUB");
    }
}
