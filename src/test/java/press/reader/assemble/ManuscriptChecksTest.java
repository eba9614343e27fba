package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Severity;
import press.reader.support.ManuscriptCopy;

/** What `check` reports about notes, citations, cross-references and the apparatus, each at file:line. */
class ManuscriptChecksTest {
    @TempDir
    Path tmp;

    private static Diagnostic only(List<Diagnostic> ds, String code) {
        List<Diagnostic> hits = ds.stream().filter(d -> d.code().equals(code)).toList();
        assertEquals(1, hits.size(), "expected one " + code + " in " + ds);
        return hits.get(0);
    }

    @Test
    void theMiniManuscriptIsClean() {
        List<Diagnostic> ds = ManuscriptCopy.mini(tmp).check();
        assertEquals(List.of(), ds.stream().filter(Diagnostic::isError).toList());
    }

    @Test
    void aCrossReferenceToNothingIsAnError() {
        var ms = ManuscriptCopy.mini(tmp).replace("headnotes/alpha.md", "[Beta](#beta)", "[Beta](#gamma)");
        Diagnostic d = only(ms.check(), "BP121");
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("headnotes/alpha.md", d.file());
        assertEquals(4, d.line());
    }

    @Test
    void aGlossaryTermThatOccursNowhereIsAWarning() {
        var ms = ManuscriptCopy.mini(tmp);
        ms.write("glossary.yaml", ms.read("glossary.yaml") + "- term: Sovnarkom\n  definition: The Council of People’s Commissars.\n");
        Diagnostic d = only(ms.check(), "BP140");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("glossary.yaml", d.file());
        assertEquals(7, d.line());
    }

    @Test
    void aTimeLineLabelTooLongForTheFigureIsAWarningAtItsLine() {
        var ms = ManuscriptCopy.mini(tmp).replace("timeline.yaml", "  event: The Kronstadt rising.\n",
                "  event: The Kronstadt rising.\n  label: The sailors of Kronstadt rise against the Bolsheviks\n");
        Diagnostic d = only(ms.check(), "BP035");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("timeline.yaml", d.file());
        assertEquals(3, d.line());
        assertTrue(d.message().contains("52 characters"), d.message());
    }

    @Test
    void aTimeLineLabelOfFortyCharactersIsFineAndAnEmptyOneIsAnError() {
        var ms = ManuscriptCopy.mini(tmp).replace("timeline.yaml", "  event: The Kronstadt rising.\n",
                "  event: The Kronstadt rising.\n  label: The sailors of Kronstadt rise in revolt\n");
        assertEquals(List.of(), ms.check().stream().filter(d -> d.code().startsWith("BP03")).toList());
        ms.replace("timeline.yaml", "The sailors of Kronstadt rise in revolt", "\"  \"");
        Diagnostic d = only(ms.check(), "BP034");
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(3, d.line());
    }

    @Test
    void anIsbnWithAWrongCheckDigitIsAnErrorAtItsLine() {
        var ms = ManuscriptCopy.mini(tmp).replace("book.yaml", "blurb:", "isbn: 978-0-306-40615-8\nblurb:");
        Diagnostic d = only(ms.check(), "BP026");
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("book.yaml", d.file());
        assertEquals(10, d.line());
        assertTrue(d.message().contains("check digit should be 7"), d.message());
    }

    @Test
    void aValidIsbnThirteenOrTenIsAccepted() {
        for (String isbn : List.of("978-0-306-40615-7", "ISBN 0-306-40615-2")) {
            var ms = ManuscriptCopy.mini(tmp.resolve(isbn.replaceAll("\\W", ""))).replace("book.yaml", "blurb:", "isbn: " + isbn + "\nblurb:");
            assertEquals(List.of(), ms.check().stream().filter(d -> d.code().equals("BP026")).toList(), isbn);
        }
        assertEquals("9780306406157", press.reader.manuscript.Isbn.ean13("0-306-40615-2", "book.yaml", 1));
    }

    @Test
    void aNoteMarkerWithoutANoteIsAnError() {
        var ms = ManuscriptCopy.mini(tmp).replace("essays/beta.md", "rose in March 1921.", "rose in March 1921.[^7]");
        Diagnostic d = only(ms.check(), "BP112");
        assertEquals("essays/beta.md", d.file());
        assertEquals(7, d.line());
    }

    @Test
    void aNoteNeverCalledIsAnError() {
        var ms = ManuscriptCopy.mini(tmp);
        ms.write("essays/beta.md", ms.read("essays/beta.md") + "\n[^9]: A note nobody calls.\n");
        Diagnostic d = only(ms.check(), "BP110");
        assertEquals("essays/beta.md", d.file());
        assertEquals(9, d.line());
    }

    @Test
    void aNoteDefinedTwiceIsAnError() {
        var ms = ManuscriptCopy.mini(tmp);
        ms.write("essays/alpha.md", ms.read("essays/alpha.md") + "\n[^1]: The same label again.\n");
        assertEquals("essays/alpha.md", only(ms.check(), "BP111").file());
    }

    @Test
    void anEditorsNoteWhoseWordsAreNotInTheEssayIsAnError() {
        var ms = ManuscriptCopy.mini(tmp).replace("editor-notes.yaml", "at: Vladiwostok", "at: Vladivostok");
        Diagnostic d = only(ms.check(), "BP130");
        assertEquals("editor-notes.yaml", d.file());
        assertEquals(1, d.line());
    }

    @Test
    void rawHtmlIsRefusedWithItsLine() {
        var ms = ManuscriptCopy.mini(tmp).replace("essays/beta.md", "answered with force.", "answered with <b>force</b>.");
        Diagnostic d = only(ms.check(), "BP103");
        assertEquals("essays/beta.md", d.file());
        assertEquals(7, d.line());
    }
}
