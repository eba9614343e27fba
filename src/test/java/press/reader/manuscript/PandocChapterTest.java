package press.reader.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * A chapter as pandoc books write them, which an editor brings from another tool (issue 15, the outside book): a
 * numbered file name, no front matter or a site generator's, the title as the opening heading, a BibTeX
 * bibliography, an HTML comment, a pandoc-crossref reference to a figure. Each is read, not refused.
 */
class PandocChapterTest {
    @TempDir
    Path tmp;

    private static final String CHAPTER = """
            ---
            prev-url: "01-alpha"
            ---

            # Gamma on Style

            Early work [@avrich1970, 12] set the terms.<!-- check the page --> @Fig:bar shows one bar.

            ![A single bar.](images/bar.svg){#fig:bar}

            <!-- A paragraph the author left out,
            over two lines. -->

            The end, as @fig:bar shows [@fig:bar].

            $$ r = r_\\theta - \\lambda $$ {#eq:reward}

            The reward of @eq:reward.
            """;

    private static final String BAR = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\" viewBox=\"0 0 200 40\">"
            + "<rect x=\"0\" y=\"10\" width=\"180\" height=\"20\" fill=\"#555555\"/></svg>\n";

    private static final String BIBTEX = """
            @book{avrich1970,
              title={Kronstadt 1921},
              author={Avrich, Paul},
              publisher={Princeton University Press},
              address={Princeton, NJ},
              year={1970}
            }
            @book{serge1937,
              title={From Lenin to Stalin},
              author={Serge, Victor},
              publisher={Pioneer Publishers},
              year={1937}
            }
            """;

    private ManuscriptCopy pandocBook() throws Exception {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("ms"))
                .replace("book.yaml", "essays/beta.md]", "essays/beta.md, chapters/03-gamma.md]")
                .replace("book.yaml", "blurb:", "ignore-keys: [prev-url]\nblurb:")
                .write("chapters/03-gamma.md", CHAPTER)
                .write("images/bar.svg", BAR)
                .write("bibliography.bib", BIBTEX);
        Files.delete(ms.root().resolve("bibliography.json"));
        return ms;
    }

    @Test
    void aNumberedFileNameGivesTheIdWithoutItsNumber() {
        assertEquals("introduction", Piece.idOf("chapters/01-introduction.md"));
        assertEquals("tools", Piece.idOf("chapters/14.5-tools.md"));
        assertEquals("2024", Piece.idOf("2024.md"), "a name that is only a number keeps it (and is refused as an id)");
        assertEquals("alpha", Piece.idOf("essays/alpha.md"));
    }

    @Test
    void aPandocChapterWithABibTeXBibliographyChecksClean() throws Exception {
        List<Diagnostic> found = pandocBook().check();
        System.out.println("check of the pandoc chapter: " + found);
        assertEquals(List.of(), found.stream().filter(Diagnostic::isError).toList());
        // the two HTML comments are not printed, and the editor is told where they are
        assertEquals(List.of("chapters/03-gamma.md:7: BP570 'check the page'", "chapters/03-gamma.md:11: BP570 'A paragraph the author "
                + "left out, over tw…'"), found.stream().filter(d -> d.code().equals("BP570"))
                .map(d -> d.file() + ":" + d.line() + ": " + d.code() + " " + d.message().replaceFirst(".*\\((.*)\\);.*", "$1")).toList());
    }

    @Test
    void bothBibliographiesAreOneTooMany() throws Exception {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("both")).write("bibliography.bib", BIBTEX);
        List<Diagnostic> found = ms.check();
        assertTrue(found.stream().anyMatch(d -> d.code().equals("BP568") && d.file().equals("bibliography.bib")), found.toString());
    }

    @Test
    void malformedBibTeXIsReportedAtItsLine() throws Exception {
        ManuscriptCopy ms = pandocBook().write("bibliography.bib", BIBTEX.replace("year={1937}\n}", "year={1937}\n"));
        List<Diagnostic> found = ms.check();
        assertTrue(found.stream().anyMatch(d -> d.file().equals("bibliography.bib") && d.line() > 1
                && d.message().startsWith("malformed BibTeX")), found.toString());
    }

    @Test
    void aBracketedFigureReferenceIsRefusedWithTheWayToWriteIt() throws Exception {
        ManuscriptCopy ms = pandocBook().replace("chapters/03-gamma.md", "The end, as @fig:bar shows [@fig:bar].",
                "The end [see @fig:bar].");
        List<Diagnostic> found = ms.check();
        assertTrue(found.stream().anyMatch(d -> d.code().equals("BP405") && d.line() == 14
                && d.message().contains("written without brackets, @fig:bar")), found.toString());
    }

    /** The EPUB shows what was read: the heading as the chapter's title, once; no comment; the figure named. */
    @Test
    @Tag("slow")
    void theEpubHasTheHeadingAsTitleNoCommentAndTheFigureNamed() throws Exception {
        ManuscriptCopy ms = pandocBook();
        BuildResult r = TestBooks.builder().build(new BuildRequest(ms.root(), tmp.resolve("out"), Set.of("epub"), TestBooks.EPOCH));
        assertEquals(List.of(), r.diagnostics().stream().filter(Diagnostic::isError).toList());
        try (ZipFile zip = new ZipFile(tmp.resolve("out/a-small-test-book.epub").toFile())) {
            String gamma = new String(zip.getInputStream(zip.getEntry("OEBPS/text/gamma.xhtml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(gamma.contains("<h1 id=\"gamma-title\">Gamma on Style</h1>"), gamma);
            assertEquals(1, gamma.split("Gamma on Style", -1).length - 2, "the title once in the body: " + gamma);
            assertTrue(!gamma.contains("check the page") && !gamma.contains("left out") && !gamma.contains("&lt;!--"), gamma);
            assertTrue(gamma.contains("<a href=\"gamma.xhtml#fig:bar\">The figure</a> shows one bar."), gamma);
            assertTrue(gamma.contains("as <a href=\"gamma.xhtml#fig:bar\">the figure</a> shows <a href=\"gamma.xhtml#fig:bar\">the figure</a>."), gamma);
            // pandoc-crossref's equation label: the formula's id, not printed; @eq:reward names it
            assertTrue(gamma.contains("<span class=\"display-math\" tabindex=\"0\" id=\"eq:reward\"><math"), gamma);
            assertTrue(gamma.contains("The reward of <a href=\"gamma.xhtml#eq:reward\">the equation</a>."), gamma);
            assertTrue(!gamma.contains("{#eq"), gamma);
        }
    }
}
