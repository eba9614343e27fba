package press.reader.proofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Severity;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/** A citation inside a note is set inside that note, once, in note form; an author's note keeps her words. */
class NotesWithCitationsTest {
    @TempDir
    Path tmp;

    /** The book document (the notes are set in it; no edition is needed to read them). */
    private String build(ManuscriptCopy ms) {
        return TestBooks.bookXml(ms.root());
    }

    /** The visible words of the notes of one role, in order, with the editor's additions in brackets. */
    static List<String> notes(String xml, String role) {
        Matcher m = Pattern.compile("<footnote role=\"" + role + "\"[^>]*>(.*?)</footnote>", Pattern.DOTALL).matcher(xml);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(visible(m.group(1)));
        return out;
    }

    static String visible(String xml) {
        return xml.replaceAll("(?s)<indexterm.*?</indexterm>", "").replaceAll("<phrase role=\"editor\">", "[")
                .replaceAll("</phrase>", "]").replaceAll("<[^>]+>", "").replace("&amp;", "&").replaceAll("\\s+", " ")
                .strip();
    }

    @Test
    void aCitationInAnEditorsNoteIsSetInParenthesesInNoteForm() throws Exception {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms")).write("editor-notes.yaml", """
                - chapter: beta
                  at: rose in March 1921
                  note: The standard account of the rising [@avrich1970, 12].
                """);
        assertEquals(List.of("The standard account of the rising (Paul Avrich, Kronstadt 1921 [Princeton University "
                + "Press, 1970], 12)."), notes(build(ms), "editor"));
    }

    @Test
    void aCitationRightAfterTheAuthorAndTitleItPrintsContinuesThemInsteadOfRepeatingThem() throws Exception {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms")).write("editor-notes.yaml", """
                - chapter: beta
                  at: rose in March 1921
                  note: Paul Avrich, *Kronstadt 1921* [@avrich1970, 12].
                """);
        String xml = build(ms);
        assertEquals(List.of("Paul Avrich, Kronstadt 1921 (Princeton University Press, 1970), 12."), notes(xml, "editor"));
    }

    /** The check: a note that names a work and then cites it, apart, prints author and title twice. */
    @Test
    void aNoteThatNamesAWorkBeforeCitingItIsReportedAtItsLine() {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms")).write("editor-notes.yaml", """
                - chapter: beta
                  at: Vladiwostok
                  note: Vladivostok.

                - chapter: beta
                  at: rose in March 1921
                  note: Avrich's *Kronstadt 1921* (1970) is the account [@avrich1970].
                """.replace("chapter: beta\n  at: Vladiwostok", "chapter: alpha\n  at: Vladiwostok"));
        List<Diagnostic> ds = ms.check().stream().filter(d -> d.code().equals("BP408")).toList();
        assertEquals(1, ds.size(), ds.toString());
        assertEquals(Severity.WARNING, ds.get(0).severity());
        assertEquals("editor-notes.yaml", ds.get(0).file());
        assertEquals(5, ds.get(0).line());
        assertTrue(ds.get(0).message().contains("Avrich, “Kronstadt 1921”"), ds.get(0).message());
    }

    @Test
    void anAuthorsNotePrintsHerWordsAndTheEditorsReferenceApartInBrackets() throws Exception {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms")).replace("essays/alpha.md", "The author’s own note, naming Trotsky.",
                "The author’s own note, naming *Kronstadt 1921* by Paul Avrich [@avrich1970]. See also Avrich\n[@avrich1970, 9],");
        String xml = build(ms);
        List<String> author = notes(xml, "author");
        assertEquals(List.of("The author’s own note, naming Kronstadt 1921 by Paul Avrich. See also Avrich, "
                + "[Paul Avrich, Kronstadt 1921 (Princeton University Press, 1970); Avrich, Kronstadt 1921, 9]"), author);
    }

    /** "2018\n[@key]," is set "2018,¹": a line break before a citation leaves no space before its call. */
    @Test
    void aLineBreakBeforeACitationLeavesNoSpaceBeforeTheCall() throws Exception {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms")).replace("essays/beta.md", "rose in March 1921.[@avrich1970, 35]",
                "rose in March 1921\n[@avrich1970, 35].");
        String xml = build(ms);
        assertTrue(xml.contains("March 1921.<footnote role=\"citation\""), xml);
        assertFalse(xml.contains("1921 .<footnote"), xml);
    }

    /** The same after an italic title: "*Kronstadt 1921*\n[@key], which" is set "Kronstadt 1921,¹ which". */
    @Test
    void aLineBreakAfterAnItalicTitleLeavesNoSpaceBeforeTheCall() throws Exception {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms")).replace("essays/beta.md", "rose in March 1921.[@avrich1970, 35]",
                "rose in *March 1921*\n[@avrich1970, 35], then.");
        String xml = build(ms);
        assertTrue(xml.contains("March 1921</emphasis>,<footnote role=\"citation\""), xml);
    }
}
