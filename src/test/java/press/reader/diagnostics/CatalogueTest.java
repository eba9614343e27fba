package press.reader.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalogue cannot drift from the code: every code a source uses has an entry, and every entry is used.
 * A new code added anywhere fails here until it is documented, with the exact list of what to add.
 */
class CatalogueTest {
    static final Path SOURCES = Path.of("src", "main", "java");
    static final String FILE = "src/main/resources/press/reader/diagnostics/catalogue.yaml";
    private static Map<String, List<CodeScan.Use>> scanned;

    /** The scan, made once for the tests of this class. */
    static synchronized Map<String, List<CodeScan.Use>> used() {
        if (scanned == null) scanned = CodeScan.uses(SOURCES);
        return scanned;
    }

    @Test
    void everyCodeTheSourcesUseIsInTheCatalogue() {
        Map<String, List<CodeScan.Use>> used = used();
        assertTrue(used.size() > 50, "the scan of " + SOURCES + " found only " + used.size() + " codes: is it broken?");
        List<String> missing = new ArrayList<>();
        used.forEach((code, uses) -> {
            if (Catalogue.lookup(code).isEmpty()) missing.add("  " + code + "  (used at " + uses.stream()
                    .map(CodeScan.Use::toString).collect(Collectors.joining(", ")) + ")");
        });
        if (!missing.isEmpty()) {
            fail(missing.size() + " code(s) used in " + SOURCES + " are missing from " + FILE + ".\nAdd an entry "
                    + "(severity, title, means, example, fix) for each, then regenerate docs/diagnostics.md ("
                    + CatalogueDocs.REGENERATE + "):\n" + String.join("\n", missing));
        }
    }

    @Test
    void everyCodeInTheCatalogueIsUsed() {
        Set<String> used = used().keySet();
        List<String> unused = Catalogue.all().stream().map(Catalogue.Entry::code).filter(c -> !used.contains(c)).toList();
        if (!unused.isEmpty()) {
            fail(unused.size() + " code(s) in " + FILE + " are used nowhere in " + SOURCES + ".\nRemove these entries "
                    + "(or restore the code's use), then regenerate docs/diagnostics.md (" + CatalogueDocs.REGENERATE
                    + "):\n  " + String.join(", ", unused));
        }
    }

    @Test
    void eachCodeIsUsedWithItsCataloguedSeverity() {
        List<String> wrong = new ArrayList<>();
        used().forEach((code, uses) -> Catalogue.lookup(code).ifPresent(e -> {
            List<CodeScan.Use> known = uses.stream().filter(u -> u.severity() != null).toList();
            // a code may be both (FD005); the catalogue's severity must be one the code is used with. A use whose
            // statement does not say (a code kept in a table, its severity given elsewhere) could be either.
            if (!known.isEmpty() && known.size() == uses.size() && known.stream().noneMatch(u -> u.severity() == e.severity())) {
                wrong.add("  " + code + ": the catalogue says " + e.severity().label() + ", the code is used as "
                        + known.stream().map(u -> u.severity().label() + " at " + u).collect(Collectors.joining(", ")));
            }
        }));
        assertTrue(wrong.isEmpty(), "correct the severity in " + FILE + ":\n" + String.join("\n", wrong));
    }

    @Test
    void theScanSeesLiteralsAndConstantsButNotComments() {
        Map<String, List<CodeScan.Use>> used = used();
        // a literal at its call site, and a code known only through its constant (CiteCodes.UNKNOWN_KEY)
        assertTrue(used.get("BP104").stream().anyMatch(u -> u.file().endsWith("MarkdownConverter.java")), used.get("BP104").toString());
        assertTrue(used.get("BP405").stream().anyMatch(u -> u.file().endsWith("CslCitationWriter.java")), used.get("BP405").toString());
        assertTrue(used.get("BP405").stream().noneMatch(u -> u.file().endsWith("CiteCodes.java")),
                "a constant's declaration is not a use: " + used.get("BP405"));
        // the severity a statement gives: over several lines, and from a constructor's Severity argument
        assertTrue(used.get("BP035").stream().allMatch(u -> u.severity() == Severity.WARNING), used.get("BP035").toString());
        assertTrue(used.get("BP250").stream().allMatch(u -> u.severity() == Severity.WARNING), used.get("BP250").toString());
        assertTrue(used.get("BP104").stream().allMatch(u -> u.severity() == Severity.ERROR), used.get("BP104").toString());
        assertEquals(Set.of(Severity.ERROR, Severity.WARNING),
                used.get("FD005").stream().map(CodeScan.Use::severity).collect(Collectors.toSet()), used.get("FD005").toString());
    }

    @Test
    void everyEntryIsComplete() {
        List<Catalogue.Entry> all = Catalogue.all();
        assertEquals(all.size(), new TreeSet<>(all.stream().map(Catalogue.Entry::code).toList()).size());
        for (Catalogue.Entry e : all) {
            assertTrue(e.title().length() <= 80 && !e.title().endsWith("."), e.code() + ": a title is a short line without a full stop: " + e.title());
            assertTrue(e.help().contains("\n\nFor example:\n\n    ") && e.help().contains("\n\nFix: "), e.code() + ": " + e.help());
        }
        assertEquals(all.stream().map(Catalogue.Entry::code).sorted().toList(), all.stream().map(Catalogue.Entry::code).toList(),
                "all() is in code order");
    }

    @Test
    void lookupFindsAnEntryByItsPrintedCode() {
        Catalogue.Entry e = Catalogue.lookup("BP104").orElseThrow();
        assertEquals(Severity.ERROR, e.severity());
        assertEquals("An image inside a line of text", e.title());
        assertTrue(e.help().contains("    The map ![Petrograd](images/petrograd.png) shows the city."), e.help());
        assertEquals(Severity.WARNING, Catalogue.lookup("BP150").orElseThrow().severity());
        assertFalse(Catalogue.lookup("BP999").isPresent());
        assertFalse(Catalogue.lookup(null).isPresent());
    }

    @Test
    void aMalformedCatalogueIsRefusedWithTheCodeAndTheProblem() {
        String entry = "  title: T\n  means: M\n  example: E\n  fix: F\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Catalogue.parse(new StringReader("BP001:\n  severity: fatal\n" + entry)));
        assertTrue(e.getMessage().contains("BP001") && e.getMessage().contains("severity"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> Catalogue.parse(new StringReader("BP001:\n  severity: error\n  title: T\n")));
        assertTrue(e.getMessage().contains("'means'"), e.getMessage());
        assertThrows(RuntimeException.class, () -> Catalogue.parse(new StringReader(
                "BP001:\n  severity: error\n" + entry + "BP001:\n  severity: error\n" + entry)), "a code given twice");
    }
}
