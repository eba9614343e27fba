package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.Severity;

/**
 * One reason repeated for every work of a long bibliography (the attack review's 10,000 entries never cited printed
 * 10,001 warning lines) is shown as the first few located warnings and one located note with the count and the lines
 * the rest span: nothing lost, nothing buried.
 */
class RepeatedWarningsTest {
    @TempDir
    Path tmp;

    @Test
    void warningsOfOneKindBeyondTheFirstFiveAreOneNoteWithTheirCountAndLines() {
        List<Diagnostic> all = new ArrayList<>();
        all.add(Diagnostic.error("a.md", 1, "BP103", "raw HTML"));
        for (int i = 0; i < 10_000; i++) all.add(Diagnostic.warning("bibliography.json", 10 + 3 * i, "BP406", "never cited"));
        all.add(Diagnostic.warning("bibliography.json", 40_000, "BP409", "another reason"));
        all.add(Diagnostic.warning("glossary.yaml", 2, "BP406", "same code, another file"));

        List<Diagnostic> shown = Diagnostics.foldRepeatedWarnings(all, 5);

        assertEquals(1 + 5 + 1 + 1 + 1, shown.size(), shown.toString());
        assertEquals(5, shown.stream().filter(d -> d.code().equals("BP406") && d.file().equals("bibliography.json")).count());
        Diagnostic note = shown.get(6);   // in place: right after the fifth warning of its kind
        assertEquals(Severity.NOTE, note.severity());
        assertEquals(Diagnostics.MORE_WARNINGS, note.code());
        assertEquals(25, note.line(), "located at the first warning left out");
        assertTrue(note.format().startsWith("bibliography.json:25: note: 9995 more warning(s) BP406 like the ones above "
                + "in this file at lines 25-30007"), note.format());
        assertTrue(shown.contains(all.get(0)) && shown.contains(all.get(all.size() - 1))
                && shown.contains(all.get(all.size() - 2)), "errors and other kinds pass unchanged");
    }

    @Test
    void fiveOrFewerWarningsOfAKindAreAllShown() {
        List<Diagnostic> all = new ArrayList<>();
        for (int i = 1; i <= 5; i++) all.add(Diagnostic.warning("index.yaml", i, "BP301", "matches nothing"));
        assertEquals(all, Diagnostics.foldRepeatedWarnings(all, 5));
    }

    @Test
    void checkOfABibliographyOf2000UncitedWorksPrintsFiveOfThemAndTheCount() throws IOException {
        Path ms = Hostile.copyMini(tmp);
        Path json = ms.resolve("bibliography.json");
        String bib = Files.readString(json, StandardCharsets.UTF_8).strip();
        StringBuilder works = new StringBuilder(bib.substring(0, bib.lastIndexOf(']')));
        for (int i = 0; i < 2000; i++) {
            works.append(",\n{\"id\": \"u").append(i).append("\", \"type\": \"book\", \"title\": \"T").append(i).append("\"}");
        }
        Files.writeString(json, works.append("\n]\n"), StandardCharsets.UTF_8);

        Hostile.Run r = Hostile.check(ms);

        List<String> uncited = r.all().lines().filter(l -> l.endsWith("[BP406]")).toList();
        List<String> notes = r.all().lines().filter(l -> l.endsWith("[" + Diagnostics.MORE_WARNINGS + "]")).toList();
        System.out.println(uncited.size() + " BP406 lines and " + notes + " for 2,001 uncited works");
        assertEquals(0, r.exit(), r.all());
        assertEquals(5, uncited.size(), r.all());
        assertEquals(1, notes.size(), r.all());
        assertTrue(notes.get(0).matches("bibliography\\.json:\\d+: note: 1996 more warning\\(s\\) BP406 .*"), notes.get(0));
        assertTrue(r.all().lines().anyMatch(l -> l.matches("0 error\\(s\\), 20\\d\\d warning\\(s\\)")), r.all());
    }
}
