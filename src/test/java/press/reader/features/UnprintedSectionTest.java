package press.reader.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.assemble.DanglingLinks;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * Nothing silently lost: an apparatus file whose section book.yaml's {@code contents.back} does not name (a
 * timeline.yaml without {@code chronology}, an index.yaml without {@code index}, a glossary.yaml without
 * {@code glossary}) is in no edition, and the editor is told once per file, at the file, with what to do (BP591); its
 * entries' own warnings (unused, anchored nowhere) do not repeat it, and nothing in the book links to the section it
 * leaves out.
 */
class UnprintedSectionTest {
    /** The small book without its front and back matter: its timeline, glossary and index files stay. */
    private static ManuscriptCopy withoutBackMatter(Path dir) {
        ManuscriptCopy ms = ManuscriptCopy.mini(dir);
        return ms.write("book.yaml", ms.read("book.yaml").replaceAll("(?m)^  (front|back):.*\\n", ""));
    }

    @Test
    void eachFileWhoseSectionIsNotPrintedIsToldOnceAtItsFile(@TempDir Path dir) {
        Path ms = withoutBackMatter(dir.resolve("ms")).root();
        Diagnostics diagnostics = new Diagnostics();
        var doc = TestBooks.builder().check(ms, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
        List<String> told = diagnostics.all().stream().filter(d -> d.code().equals("BP591")).map(Diagnostic::format).toList();
        System.out.println(String.join("\n", told));
        assertEquals(List.of("glossary.yaml:1", "index.yaml:1", "timeline.yaml:1"),
                told.stream().map(t -> t.substring(0, t.indexOf(": "))).sorted().toList(), told.toString());
        String timeline = told.stream().filter(t -> t.startsWith("timeline.yaml")).findFirst().orElseThrow();
        assertTrue(timeline.contains("names no 'chronology'") && timeline.contains("its 2 entries are in no edition")
                && timeline.contains("add 'chronology' to contents.back to print it, or remove timeline.yaml"), timeline);
        assertTrue(told.stream().allMatch(t -> t.contains(": warning: ")), told.toString());
        // the entries' own warnings would only say again, entry by entry, that they are not printed
        assertEquals(List.of(), diagnostics.all().stream()
                .filter(d -> List.of("BP140", "BP150", "BP161").contains(d.code())).map(Diagnostic::format).toList());
        assertEquals(List.of(), DanglingLinks.dangling(doc), "links to the sections the book leaves out");
    }

    @Test
    void aBookThatPrintsItsSectionsIsNotTold() {
        Diagnostics diagnostics = new Diagnostics();
        TestBooks.builder().check(TestBooks.MINI_MANUSCRIPT, diagnostics);
        assertEquals(List.of(), diagnostics.all().stream().filter(d -> d.code().equals("BP591")).toList());
    }

    /** Only the unprinted section's file is told: the chronology left out, the glossary and the index printed. */
    @Test
    void onlyTheSectionLeftOutIsTold(@TempDir Path dir) {
        ManuscriptCopy ms = ManuscriptCopy.mini(dir.resolve("ms"))
                .replace("book.yaml", "back: [chronology, glossary,", "back: [glossary,");
        List<String> told = ms.check().stream().filter(d -> d.code().equals("BP591")).map(Diagnostic::format).toList();
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).startsWith("timeline.yaml:1: warning: timeline.yaml is not printed"), told.get(0));
    }

    /**
     * The editor's own link to a glossary entry the book does not print is refused at its line, as any cross-reference
     * to a place the book lacks is (BP121): the entry's id is not the book's when its glossary is not printed. Before,
     * the id was reserved all the same, the link passed and led nowhere.
     */
    @Test
    void theEditorsLinkToAnEntryNotPrintedIsRefused(@TempDir Path dir) {
        ManuscriptCopy ms = withoutBackMatter(dir.resolve("ms"));
        ms.append("essays/alpha.md", "See [the soviet](#gl-soviet).");
        List<Diagnostic> found = ms.check();
        List<String> refused = found.stream().filter(d -> d.code().equals("BP121")).map(Diagnostic::format).toList();
        assertEquals(1, refused.size(), found.toString());
        assertTrue(refused.get(0).startsWith("essays/alpha.md:") && refused.get(0).contains("'#gl-soviet'"), refused.get(0));
    }
}
