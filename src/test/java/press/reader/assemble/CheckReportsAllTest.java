package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.Severity;
import press.reader.support.ManuscriptCopy;

/** One run of `check` reports every mistake it can find, in every file, not only the first. */
class CheckReportsAllTest {
    @TempDir
    Path tmp;

    private static List<String> errors(List<Diagnostic> ds) {
        return ds.stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    @Test
    void mistakesInTheTextOfSeveralFilesAreAllReported() {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("m"))
                .replace("essays/alpha.md", "Vladiwostok was far away.",
                        "Vladiwostok was far away <b>bold</b>, see [there](ftp://x) and a note[^nine].")
                .replace("essays/beta.md", "\n---\n", "\n---\n<div>raw block</div>\n\n");
        List<String> errors = errors(ms.check());
        assertEquals(4, errors.size(), String.join("\n", errors));
        assertTrue(errors.contains("essays/alpha.md:11:79: error: raw HTML is not allowed in the manuscript; to show '<' as "
                + "text, write '\\<' [BP103]"), String.join("\n", errors));
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("essays/alpha.md:") && e.contains("[BP103]")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("essays/alpha.md:") && e.contains("[BP105]")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("essays/alpha.md:") && e.contains("[BP112]")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("essays/beta.md:") && e.contains("[BP103]")), errors.toString());
    }

    @Test
    void misspeltKeysInSeveralFilesAreAllReportedWithTheKeyMeant() {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("k"))
                .replace("essays/alpha.md", "author: Anna Author", "authr: Anna Author")
                .replace("essays/beta.md", "title:", "titel:")
                .replace("book.yaml", "language: en", "langauge: en");
        List<String> errors = errors(ms.check());
        // book.yaml is read first: its mistake stops the reading of the pieces it names
        assertEquals(List.of("book.yaml:5: error: unknown key 'langauge' in book.yaml (did you mean 'language'? known keys: "),
                errors.stream().map(e -> e.substring(0, e.indexOf("known keys: ") + 12)).toList());
        ms.replace("book.yaml", "langauge: en", "language: en");
        errors = errors(ms.check());
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("essays/alpha.md:3: error: unknown key 'authr' in the front matter of essays/alpha.md: did you mean 'author'?"), errors.toString());
        assertTrue(errors.get(1).contains("essays/beta.md:2: error: unknown key 'titel'") && errors.get(1).contains("did you mean 'title'?"), errors.toString());
    }

    @Test
    void keysForOtherToolsAreOneWarningPerFileOrNoneWhenIgnored() {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("w"))
                .replace("essays/alpha.md", "author: Anna Author", "author: Anna Author\nlayout: post\ntags: [a, b]\ncategories:\n  - history");
        List<Diagnostic> ds = ms.check();
        assertEquals(List.of(), errors(ds));
        List<String> warnings = ds.stream().filter(d -> d.code().equals("BP023")).map(Diagnostic::format).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("essays/alpha.md:4: warning: front-matter keys layout, tags, categories not used"),
                warnings.get(0));
        ms.replace("book.yaml", "language: en", "language: en\nignore-keys: [layout, tags, categories]");
        assertEquals(List.of(), ms.check().stream().filter(d -> d.code().equals("BP023")).toList());
    }

    @Test
    void aFileWithManyErrorsShowsTheFirstAndCountsTheRest() {
        List<Diagnostic> all = new java.util.ArrayList<>();
        for (int i = 1; i <= 25; i++) all.add(Diagnostic.error("a.md", i, "BP103", "raw HTML"));
        all.add(Diagnostic.error("b.md", 1, "BP103", "raw HTML"));
        List<Diagnostic> shown = Diagnostics.capErrorsPerFile(all, 20);
        assertEquals(22, shown.size());
        assertEquals(1, shown.stream().filter(d -> d.file().equals("b.md")).count());
        Diagnostic note = shown.get(shown.size() - 1);
        assertEquals(Severity.NOTE, note.severity());
        assertTrue(note.format().startsWith("a.md: note: 5 more error(s) in this file not shown"), note.format());
    }
}
