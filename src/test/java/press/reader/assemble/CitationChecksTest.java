package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Severity;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/** Citations: what `check` reports, and what the notes say in the built book. */
class CitationChecksTest {
    @TempDir
    Path tmp;

    private static List<Diagnostic> withCode(List<Diagnostic> ds, String code) {
        return ds.stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void aKeyNotInTheBibliographyIsAnErrorAtItsLine() {
        var ms = ManuscriptCopy.mini(tmp).replace("essays/beta.md", "[@avrich1970, 36]", "[@avrich1971, 36]");
        List<Diagnostic> ds = withCode(ms.check(), "BP405");
        assertEquals(1, ds.size(), ds.toString());
        assertEquals(Severity.ERROR, ds.get(0).severity());
        assertEquals("essays/beta.md", ds.get(0).file());
        assertEquals(7, ds.get(0).line());
        assertTrue(ds.get(0).message().contains("avrich1971"));
    }

    @Test
    void anEntryNeverCitedIsAWarningAtItsLine() {
        List<Diagnostic> ds = withCode(ManuscriptCopy.mini(tmp).check(), "BP406");
        assertEquals(1, ds.size(), ds.toString());
        assertEquals(Severity.WARNING, ds.get(0).severity());
        assertEquals("bibliography.json:2: warning: bibliography entry 'serge1937' is never cited [BP406]", ds.get(0).format());
    }

    @Test
    void malformedCslJsonIsAnErrorWithItsLine() {
        var ms = ManuscriptCopy.mini(tmp).replace("bibliography.json", "\"type\": \"book\",\n    \"author\": [\n      {\n        \"family\": \"Serge\"",
                "\"type\": \"book\",\n    \"author\": [\n      {\n        \"family\" \"Serge\"");
        List<Diagnostic> ds = ms.check().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, ds.size(), "one error, no cascade of unknown keys: " + ds);
        assertEquals("bibliography.json", ds.get(0).file(), ds.toString());
        assertEquals(7, ds.get(0).line(), ds.toString());
    }

    /** Chicago notes: full note at the first citation of a work in a chapter, short note after. */
    @Test
    void firstNoteIsFullAndTheNextIsShort() throws Exception {
        String xml = Files.readString(TestBooks.mini().file(".book.xml"));
        String beta = xml.substring(xml.indexOf("xml:id=\"beta\""));
        List<String> notes = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile("<footnote role=\"citation\"[^>]*>\\s*<para[^>]*>(.*?)</para>", java.util.regex.Pattern.DOTALL)
                .matcher(beta);
        while (m.find()) notes.add(m.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip());
        assertEquals(List.of(
                "Paul Avrich, Kronstadt 1921 (Princeton University Press, 1970), 35.",
                "Avrich, Kronstadt 1921, 36."), notes);
        assertTrue(xml.contains("<title>Works Cited</title>"));
    }

    /** "force [@key]." is set "force.¹": the note call follows the punctuation, with no space before it. */
    @Test
    void aNoteCallFollowsThePunctuationOfItsWord() throws Exception {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms")).replace("essays/beta.md", "answered with force.[@avrich1970, 36]",
                "answered with force [@avrich1970, 36].");
        String xml = TestBooks.bookXml(ms.root());
        assertTrue(xml.contains("answered with force.<footnote role=\"citation\""), xml);
    }
}
