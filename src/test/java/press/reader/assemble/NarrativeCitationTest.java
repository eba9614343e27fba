package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * "As @dickinson1891 shows": the author's name stays in the sentence (pandoc's in-text citation), with the note after
 * it in a note style and the year in parentheses in an author-date style; "-@key" leaves the name out, "\@" is an
 * at-sign.
 */
class NarrativeCitationTest {
    @TempDir
    Path tmp;

    private static final String TEXT = "As @dickinson1891 shows, the poems were edited; -@dickinson1891 prints them. "
            + "Write to poems\\@example.org or \\@dickinson1891, and `a\\@b` is code.";

    private ManuscriptCopy book(String style) {
        ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.SAMPLER_MANUSCRIPT, tmp.resolve(style))
                .replace("chapters/verse.md", "## After the poem {#after}", TEXT + "\n\n## After the poem {#after}");
        if (!style.isEmpty()) ms.replace("book.yaml", "blurb:", "citation-style: " + style + "\nblurb:");
        return ms;
    }

    @Test
    void aNoteStyleKeepsTheNameInTheTextAndCallsTheNoteAfterIt() {
        String xml = xml(book(""));
        assertTrue(xml.matches("(?s).*As Dickinson<footnote role=\"citation\"[^>]*><para[^>]*>Emily Dickinson, <emphasis>Poems.*?</footnote> shows,.*"), xml);
        assertTrue(xml.matches("(?s).*edited;<footnote role=\"citation\"[^>]*><para[^>]*>.*?</footnote> prints them\\..*"),
                "-@key: no name, the note only: " + xml);
        assertTrue(xml.contains("Write to poems@example.org or @dickinson1891, and <literal>a\\@b</literal> is code."), xml);
    }

    @Test
    void anAuthorDateStyleGivesTheNameAndTheYearInParentheses() {
        String xml = xml(book("chicago-author-date"));
        assertTrue(xml.contains("As Dickinson (1891) shows,"), xml);
        assertTrue(xml.contains("edited; (1891) prints them."), xml);
        assertFalse(xml.contains("\uE040"), xml);
    }

    private static String xml(ManuscriptCopy ms) {
        return TestBooks.checkedBookXml(ms.root());
    }
}
