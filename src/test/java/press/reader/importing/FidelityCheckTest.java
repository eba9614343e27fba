package press.reader.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Severity;

/**
 * The fidelity check on edited copies of real essays: a dropped word and a reworded word are caught with the
 * essay's line; the markup an editor may add (heading ids, links, emphasis, citations) is not a difference.
 */
class FidelityCheckTest {
    @TempDir
    Path manuscript;

    @BeforeEach
    void copyManuscript() throws IOException {
        Files.createDirectories(manuscript.resolve("sources"));
        Files.createDirectories(manuscript.resolve("essays"));
        Files.copy(CleanFixtures.MANUSCRIPT.resolve("rules.yaml"), manuscript.resolve("rules.yaml"));
        Files.copy(CleanFixtures.MANUSCRIPT.resolve("bibliography.json"), manuscript.resolve("bibliography.json"));
        for (String s : List.of("000_99b93fec261698d4.txt", "002_8dbaac79cf482463.txt", "004_50d9f6fd6d18f49c.txt")) {
            Files.copy(CleanFixtures.MANUSCRIPT.resolve("sources").resolve(s), manuscript.resolve("sources").resolve(s));
        }
    }

    /** Writes the committed essay {@code id} with {@code from} replaced by {@code to}, and checks it. */
    private List<Diagnostic> checkEdited(String id, String from, String to) throws IOException {
        String text = Files.readString(CleanFixtures.IMPORTED.resolve(id + ".md"), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "test setup: '" + from + "' not in " + id);
        Path essay = manuscript.resolve("essays/" + id + ".md");
        Files.writeString(essay, text.replace(from, to), StandardCharsets.UTF_8);
        return CleanFixtures.fidelity(manuscript, essay);
    }

    @Test
    void theUneditedEssayHasNoDifference() throws IOException {
        assertEquals(List.of(), checkEdited("defeated", "Within", "Within"));
    }

    @Test
    void aDroppedWordIsCaughtAtItsLine() throws IOException {
        List<Diagnostic> d = checkEdited("defeated", "a regime was taking shape", "a regime taking shape");
        assertEquals(1, d.size(), d.toString());
        assertEquals(FidelityCheck.DROPPED, d.get(0).code());
        assertEquals(14, d.get(0).line());
        assertTrue(d.get(0).message().contains("'was'"), d.get(0).message());
        assertTrue(d.get(0).message().contains("000_99b93fec261698d4.txt:10"), d.get(0).message());
    }

    @Test
    void aRewordedWordIsCaught() throws IOException {
        List<Diagnostic> d = checkEdited("defeated", "wage brutal civil war", "wage bloody civil war");
        assertEquals(1, d.size(), d.toString());
        assertEquals(FidelityCheck.REWORDED, d.get(0).code());
        assertEquals(28, d.get(0).line());
        assertTrue(d.get(0).message().contains("'brutal'") && d.get(0).message().contains("'bloody'"), d.get(0).message());
    }

    @Test
    void anAddedWordAndACorrectedSpellingAreCaught() throws IOException {
        assertEquals(FidelityCheck.ADDED, checkEdited("defeated", "civil war.", "civil war indeed.").get(0).code());
        assertEquals(FidelityCheck.REWORDED, checkEdited("defeated", "Joseph Stalin", "Josef Stalin").get(0).code());
    }

    @Test
    void aChangedNoteNumberIsCaught() throws IOException {
        assertEquals(FidelityCheck.REWORDED, checkEdited("weissman", "reaction.[^1]", "reaction.[^9]").get(0).code());
    }

    @Test
    void markupTheEditorMayAddIsNotADifference() throws IOException {
        String text = Files.readString(CleanFixtures.MANUSCRIPT.resolve("essays/weissman.md"), StandardCharsets.UTF_8)
                .replace("## Workers’ Self-Organization and Power", "## Workers’ Self-Organization and Power {#self-organization}")
                .replace("The working class had no choice, Trotsky argued", "The working class had no choice, [Trotsky](#defeated) argued")
                .replace("opened up a new historical epoch", "opened up a *new* historical epoch")
                .replace("When Lenin returned", "When Lenin [@lenin1917] returned");
        Path essay = manuscript.resolve("essays/weissman.md");
        Files.writeString(essay, text, StandardCharsets.UTF_8);
        assertEquals(List.of(), CleanFixtures.fidelity(manuscript, essay));
    }

    @Test
    void aCitationReplacingAParentheticalReferenceIsExplainedByItsBibliographyEntry() throws IOException {
        Files.writeString(manuscript.resolve("bibliography.json"), """
                [{"id": "serge1937", "type": "book", "title": "From Lenin to Stalin",
                  "author": [{"family": "Serge", "given": "Victor"}], "issued": {"date-parts": [[1937]]}}]
                """, StandardCharsets.UTF_8);
        String parenthetical = "(Victor Serge, From Lenin to Stalin, 1937, 22)";
        assertEquals(List.of(), checkEdited("weissman", parenthetical, "[@serge1937, 22]"));
        List<Diagnostic> unknownKey = checkEdited("weissman", parenthetical, "[@trotsky1930, 22]");
        assertEquals(1, unknownKey.size(), unknownKey.toString());
        assertEquals(FidelityCheck.CITATION, unknownKey.get(0).code());
    }

    @Test
    void aTitleTheEditorSuppliesWhereTheCaptureHasNoneIsNotADifference() throws IOException {
        assertEquals(List.of(), checkEdited("degeneration", "title: unknown", "title: \"The Degeneration of the Revolution\""));
    }

    @Test
    void anEssayWithoutSourceIsAWarning() throws IOException {
        List<Diagnostic> d = checkEdited("defeated", "source: \"sources/000_99b93fec261698d4.txt\"\n", "");
        assertEquals(1, d.size());
        assertEquals(Severity.WARNING, d.get(0).severity());
        assertEquals(FidelityCheck.NO_SOURCE, d.get(0).code());
    }

    /**
     * A warm rebuild checks an edited essay against the capture it cleaned before: what the check reads of the
     * capture alone is read once, kept with the cleaned capture, and the results are those of a check from scratch.
     */
    @Test
    void theCapturesWordsAreReadOnceAndTheResultsAreAFreshChecks() throws IOException {
        CleanResult[] kept = new CleanResult[1];
        FidelityCheck.Cleaning keeping = (rules, capture, source) -> {
            if (kept[0] == null) kept[0] = FidelityCheck.Cleaning.FRESH.clean(rules, capture, source);
            return kept[0];
        };
        Path essay = manuscript.resolve("essays/defeated.md");
        String text = Files.readString(CleanFixtures.IMPORTED.resolve("defeated.md"), StandardCharsets.UTF_8);
        FidelityCheck.CaptureWords first = null;
        for (String[] edit : new String[][] {{"Within", "Within"}, {"a regime was taking shape", "a regime taking shape"},
                {"wage brutal civil war", "wage bloody civil war"}, {"civil war.", "civil war indeed."}}) {
            Files.writeString(essay, text.replace(edit[0], edit[1]), StandardCharsets.UTF_8);
            List<Diagnostic> warm = FidelityCheck.checkEssay(manuscript, essay, Bibliography.empty(), keeping).diagnostics();
            assertEquals(FidelityCheck.check(manuscript, essay, Bibliography.empty()), warm, edit[1]);
            FidelityCheck.CaptureWords words = kept[0].captureWords(fresh -> {
                throw new AssertionError("the capture's words were kept");
            });
            if (first == null) first = words;
            assertTrue(first == words, "read once");
        }
    }
}
