package press.reader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Catalogue;

/** {@code check --explain CODE}, and the pointer to it at the end of a run with errors. */
class ExplainTest {
    private static final String HINT = "To see what a code means and how to fix it: bookpress check --explain ";

    @TempDir
    Path tmp;

    @Test
    void explainPrintsTheCataloguesEntry() {
        CommandLineTest.Run r = CommandLineTest.run("check", "--explain", "BP104");
        assertEquals(0, r.code(), r.err());
        assertEquals("BP104: An image inside a line of text (error)\n\n" + Explain.wrap(Catalogue.lookup("BP104").orElseThrow().help(), 80)
                + "\n", r.out().replace("\r\n", "\n"));
        // the help's words, no more and no fewer, in lines a terminal need not cut
        assertEquals(String.join(" ", Catalogue.lookup("BP104").orElseThrow().help().split("\\s+")),
                String.join(" ", Explain.wrap(Catalogue.lookup("BP104").orElseThrow().help(), 80).split("\\s+")));
        assertTrue(r.out().contains("    The map ![Petrograd](images/petrograd.png) shows the city.\n"), r.out());
        assertTrue(r.out().contains("\nFix: Give the image a paragraph of its own"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void explanationsFitATerminalExceptTheirExamples() {
        for (Catalogue.Entry e : Catalogue.all()) {
            for (String line : Explain.wrap(e.help(), 80).split("\n")) {
                // a single word longer than the width (a URL) cannot be broken; an example keeps its own lines
                assertTrue(line.length() <= 80 || line.startsWith("    ") || !line.contains(" "), e.code() + ": " + line);
            }
        }
        assertEquals("one two\nthree\n\n    an example line that is kept whole however long it is\nfour",
                Explain.wrap("one two three\n\n    an example line that is kept whole however long it is\nfour", 8));
    }

    @Test
    void theCodeMayBeGivenAsPrintedOrInLowerCase() {
        CommandLineTest.Run r = CommandLineTest.run("check", "--explain", "[bp150]");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("BP150: An index heading matches nothing (warning)\n"), r.out());
    }

    @Test
    void everyCatalogueCodeCanBeExplained() {
        for (Catalogue.Entry e : Catalogue.all()) {
            CommandLineTest.Run r = CommandLineTest.run("check", "--explain", e.code());
            assertEquals(0, r.code(), e.code() + ": " + r.err());
            assertTrue(r.out().startsWith(e.code() + ": " + e.title() + " (" + e.severity().label() + ")"), r.out());
        }
    }

    @Test
    void anUnknownCodeIsAUsageErrorNamingTheClosestCodes() {
        CommandLineTest.Run r = CommandLineTest.run("check", "--explain", "BP107");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown diagnostic code 'BP107'; did you mean BP106, BP105 or BP104? "
                + "(docs/diagnostics.md lists every code)"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aSwappedOrMissingCharacterIsSuggestedAndAFarOffCodeIsNot() {
        assertEquals("; did you mean BP401, BP310 or BP210?", Explain.didYouMean("BP410"));
        assertEquals("; did you mean FD007, FD006 or FD005?", Explain.didYouMean("FD008"));
        assertEquals("; did you mean BP104?", Explain.didYouMean("104"));
        assertEquals("; did you mean IM013?", Explain.didYouMean("IM13"));
        assertEquals("", Explain.didYouMean("XY999"));
        CommandLineTest.Run r = CommandLineTest.run("check", "--explain", "colour");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown diagnostic code 'colour' (docs/diagnostics.md lists every code)"), r.err());
    }

    @Test
    void aCheckWithErrorsEndsWithOnePointerToExplainAndKeepsItsFormat() throws IOException {
        Path ms = copyMini();
        Path glossary = ms.resolve("glossary.yaml");
        Files.writeString(glossary, "- term: soviet\n  definition: [unclosed\n");
        CommandLineTest.Run r = CommandLineTest.run("check", "--manuscript", ms.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("glossary\\.yaml:\\d+: error: malformed YAML: .* \\[BP010\\]")), r.out());
        assertEquals(HINT + "BP010", lines.get(lines.size() - 1), r.out());
        assertEquals(1, lines.stream().filter(l -> l.contains("--explain")).count(), r.out());
    }

    @Test
    void aFailedBuildEndsWithThePointerAndACleanRunHasNone() throws IOException {
        Path ms = copyMini();
        CommandLineTest.Run clean = CommandLineTest.run("check", "--manuscript", ms.toString());
        assertEquals(0, clean.code(), clean.out());
        assertFalse(clean.out().contains("--explain"), clean.out());
        Files.writeString(ms.resolve("book.yaml"), Files.readString(ms.resolve("book.yaml")).replace("essays/beta.md", "essays/gamma.md"));
        CommandLineTest.Run r = CommandLineTest.run("build", "--manuscript", ms.toString(), "--out", tmp.resolve("out").toString(),
                "--format", "epub");
        assertEquals(1, r.code());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.contains("book.yaml:13: error: file named in contents not found: essays/gamma.md [BP001]"), r.err());
        assertEquals("build failed: 1 error(s)", lines.get(lines.size() - 2), r.err());
        assertEquals(HINT + "BP001", lines.get(lines.size() - 1), r.err());
    }

    private Path copyMini() throws IOException {
        return press.reader.support.ManuscriptCopy.mini(tmp.resolve("ms")).root();
    }
}
