package press.reader.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Severity;
import press.reader.support.ManuscriptCopy;

/** The checks of the editor's prose, each at its file and line, on copies of the mini manuscript broken on purpose. */
class ApparatusChecksTest {
    private static final Set<String> CODES = Set.of("BP122", "BP141", "BP153", "BP162", "BP409");

    @TempDir
    Path tmp;

    private static List<Diagnostic> withCode(List<Diagnostic> ds, String code) {
        return ds.stream().filter(d -> d.code().equals(code)).toList();
    }

    private static Diagnostic only(List<Diagnostic> ds, String code) {
        List<Diagnostic> hits = withCode(ds, code);
        assertEquals(1, hits.size(), "expected one " + code + " in " + ds);
        assertEquals(Severity.WARNING, hits.get(0).severity());
        return hits.get(0);
    }

    @Test
    void theMiniManuscriptGivesNoneOfThese() {
        List<Diagnostic> ds = ManuscriptCopy.mini(tmp).check();
        assertEquals(List.of(), ds.stream().filter(d -> CODES.contains(d.code())).toList());
    }

    @Test
    void anEssayIdAsTheTextOfACrossReferenceIsReportedAtItsLine() {
        var ms = ManuscriptCopy.mini(tmp).replace("headnotes/alpha.md", "[Beta](#beta)", "[beta](#beta)");
        Diagnostic d = only(ms.check(), "BP122");
        assertEquals("headnotes/alpha.md", d.file());
        assertEquals(4, d.line());
        assertTrue(d.message().contains("'beta'") && d.message().contains("'Beta on Kronstadt'"), d.message());
    }

    @Test
    void anEssayIdUsedAsANameInTheChronologyIsReported() {
        var ms = ManuscriptCopy.mini(tmp).replace("timeline.yaml", "event: The Bolsheviks take power.",
                "event: \"The Bolsheviks take power; beta dates it otherwise.\"");
        Diagnostic d = only(ms.check(), "BP122");
        assertEquals("timeline.yaml", d.file());
        assertEquals(5, d.line());
    }

    @Test
    void anEssayIdThatIsAlsoAnOrdinaryWordIsReportedOnlyWhereItCannotBeOne() {
        var ms = ManuscriptCopy.mini(tmp)
                .replace("essays/beta.md", "rose in March 1921.", "rose in March 1921, the beta test of the regime.")
                .replace("introduction.md", "Read the glossary and the index.",
                        "Read the glossary; a beta reader will want the index.\n\nBut beta’s sailors come first.");
        List<Diagnostic> hits = withCode(ms.check(), "BP122");
        assertEquals(1, hits.size(), hits.toString());
        assertEquals("introduction.md", hits.get(0).file());
        assertEquals(11, hits.get(0).line());
    }

    @Test
    void matchWordsFoundInNoneOfTheEventsEssaysAreReportedOneByOne() {
        var ms = ManuscriptCopy.mini(tmp).replace("timeline.yaml", "match: [Krondstadt]", "match: [Krondstadt, rose in April 1921]");
        Diagnostic d = only(ms.check(), "BP162");
        assertEquals("timeline.yaml", d.file());
        assertEquals(1, d.line());
        assertTrue(d.message().contains("'rose in April 1921'"), d.message());
    }

    @Test
    void aGlossaryVariantTheEssaysNeverUseIsReportedEvenWhenItIsTheOnlyOne() {
        // the term itself occurs (in the essay's title), so BP140 stays silent and the stale variant is named
        var ms = ManuscriptCopy.mini(tmp).replace("glossary.yaml", "variants: [Krondstadt]", "variants: [Kronshtadt]");
        Diagnostic d = only(ms.check(), "BP141");
        assertEquals("glossary.yaml", d.file());
        assertEquals(4, d.line());
        assertTrue(d.message().contains("'Kronshtadt'"), d.message());
    }

    @Test
    void anIndexFormFoundNowhereIsReportedButNotAFormFoundOnlyInANote() {
        var ms = ManuscriptCopy.mini(tmp).replace("index.yaml", "forms: [Trotsky]", "forms: [Trotsky, Trotskii]");
        Diagnostic d = only(ms.check(), "BP153");
        assertEquals("index.yaml", d.file());
        assertEquals(15, d.line());
        assertTrue(d.message().contains("'Trotskii'"), d.message());
    }

    @Test
    void aWorkNamedAsASourceButNotInTheBibliographyIsReported() {
        var ms = ManuscriptCopy.mini(tmp).replace("editor-notes.yaml", "note: Vladivostok.",
                "note: \"Vladivostok; see Serge, *From Lenin to Stalin: A Study* (1937), and his *Memoirs of a Revolutionary* (1951).\"");
        Diagnostic d = only(ms.check(), "BP409");
        assertEquals("editor-notes.yaml", d.file());
        assertEquals(1, d.line());
        assertTrue(d.message().contains("'Memoirs of a Revolutionary' (1951)"), d.message());
    }

    @Test
    void aQuotedTitleWithoutADateIsNotTakenForACitation() {
        var ms = ManuscriptCopy.mini(tmp).replace("editor-notes.yaml", "note: Vladivostok.",
                "note: \"Vladivostok, which the sailors called “the ruler of the East”.\"");
        assertEquals(List.of(), withCode(ms.check(), "BP409"));
    }
}
