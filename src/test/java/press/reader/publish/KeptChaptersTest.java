package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import press.reader.assemble.KeptChapters;
import press.reader.diagnostics.Diagnostics;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * A warm process keeps the chapters of the essays and the introduction as it assembled them ({@link KeptChapters}) and
 * reuses them in its next build, and the book document it assembles is the one a cold build assembles, with the same diagnostics: after an
 * edit of another essay (the kept chapter's citations, glossary terms, index hits and chronology anchors given back to
 * the features, whose works cited, sections and warnings read them), after an edit of an apparatus file the chapter
 * reads (not reused), and after a piece before it takes an id the chapter had been given (not reused: its heading is
 * given another id now). On the small book with the real book's apparatus: its first essay has a headnote, an
 * editor's note, a glossary term, index terms, a chronology anchor; a glossary definition cites after its last essay.
 */
class KeptChaptersTest {
    @TempDir
    Path tmp;

    @Test
    void aWarmAssemblyReusesWhatNoEditTouchedAndIsTheColdOne() {
        ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.MINI_MANUSCRIPT, tmp.resolve("ms"));
        // a work only the first essay cites: the works cited list it only when the reused chapter's citations count
        ms.replace("essays/alpha.md", "Vladiwostok was far away.", "Vladiwostok was far away.[@serge1937, 12]");
        // a definition citing the work the last essay cites goes on from that essay's positions and note count
        ms.replace("glossary.yaml", "definition: A naval base near Petrograd.",
                "definition: A naval base near Petrograd.[@avrich1970, 40]");
        Workshop warm = Workshop.withoutMemory(TestBooks.workshop());
        BookBuilder builder = new BookBuilder(warm);
        KeptChapters kept = warm.keptChapters();
        assembled(builder, ms.root());
        assertEquals(0, kept.reused(), "a first build has nothing to reuse");

        ms.replace("essays/beta.md", "had lost their life", "had lost *their* life");
        assertColdAssembly(builder, ms.root(), "the last essay edited");
        assertEquals(2, kept.reused(), "the introduction and the first essay, which the edit left alone, are reused");

        ms.replace("essays/alpha.md", "Lenin wrote about", "*Lenin* wrote about");
        String xml = assertColdAssembly(builder, ms.root(), "the first essay edited");
        assertEquals(4, kept.reused(), "the introduction and the last essay, which the edit left alone, are reused");
        assertTrue(xml.contains("xml:id=\"glossary-c3\""), "the definition's citation note no longer follows the "
                + "last essay's two: the test reads nothing");

        // the editor's note on the first essay is read by its assembly: the chapter is assembled again
        ms.replace("editor-notes.yaml", "note: Vladivostok.", "note: Vladivostok, the port.");
        assertColdAssembly(builder, ms.root(), "an editor's note edited");
        assertEquals(4, kept.reused(), "a chapter reused though an editor's note changed, which changes its key");
        assembled(builder, ms.root());
        assertEquals(7, kept.reused(), "the chapters assembled with the new note are reused in the next build");
    }

    /**
     * The introduction, before the essays, takes the id the first essay's heading was given: a cold build gives the
     * heading another, and so must a warm one; reused as kept, the book would hold the id twice.
     */
    @Test
    void aChapterWhoseIdsAreTakenBeforeItIsAssembledAgain() {
        ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.MINI_MANUSCRIPT, tmp.resolve("ms"));
        Workshop warm = Workshop.withoutMemory(TestBooks.workshop());
        BookBuilder builder = new BookBuilder(warm);
        assembled(builder, ms.root());
        ms.replace("introduction.md", "Read the glossary and the index.",
                "Read the glossary and [the index]{#alpha--the-first-section}.");
        String xml = assertColdAssembly(builder, ms.root(), "an id taken before the chapter");
        assertTrue(xml.contains("xml:id=\"alpha--the-first-section-2\""), "the heading's id in a cold build moved");
        assertEquals(1, warm.keptChapters().reused(), "the last essay is reused, the first (an id of its taken) not");
    }

    /** The warm builder's book document of {@code manuscript}; a cold builder's is the same, with the same diagnostics. */
    private static String assertColdAssembly(BookBuilder warm, Path manuscript, String what) {
        Diagnostics warmDiagnostics = new Diagnostics();
        String warmXml = xml(warm.check(manuscript, warmDiagnostics));
        Diagnostics coldDiagnostics = new Diagnostics();
        String coldXml = xml(new BookBuilder(Workshop.withoutMemory(TestBooks.workshop()))
                .check(manuscript, coldDiagnostics));
        assertEquals(coldXml, warmXml, what + ": the book document");
        assertEquals(coldDiagnostics.all().toString(), warmDiagnostics.all().toString(), what + ": the diagnostics");
        return warmXml;
    }

    private static String assembled(BookBuilder builder, Path manuscript) {
        Diagnostics d = new Diagnostics();
        String xml = xml(builder.check(manuscript, d));
        assertTrue(!d.hasErrors(), d.all().toString());
        return xml;
    }

    private static String xml(Document document) {
        StringWriter xml = new StringWriter();
        try {
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(xml));
        } catch (TransformerException e) {
            throw new AssertionError(e);
        }
        return xml.toString();
    }
}
