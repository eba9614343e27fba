package press.reader.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The committed rules and a one-call import of a small text, for the rule tests. */
final class CleanFixtures {
    static final Path MANUSCRIPT = Path.of("manuscript");
    /**
     * What `import` made of the five captures, before the editor revised the essays (citations, titles). The
     * import test compares against these, so a rule change is noticed even after the essays are edited.
     */
    static final Path IMPORTED = Path.of("src/test/resources/importing/imported");
    static final Rules RULES = RulesLoader.load(MANUSCRIPT.resolve("rules.yaml"));

    private CleanFixtures() {}

    /** The committed rules.yaml, for a test that varies one setting. */
    static String rulesText() {
        try {
            return java.nio.file.Files.readString(MANUSCRIPT.resolve("rules.yaml"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Checks an essay of {@code manuscript} with that manuscript's bibliography, read as the build reads it. */
    static java.util.List<press.reader.diagnostics.Diagnostic> fidelity(Path manuscript, Path essay) {
        Path json = manuscript.resolve("bibliography.json");
        Bibliography bib = java.nio.file.Files.isRegularFile(json) ? Bibliography.of(press.reader.cite.Bibliography
                .load(json, "bibliography.json", new press.reader.diagnostics.Diagnostics()).entries()) : Bibliography.empty();
        return FidelityCheck.check(manuscript, essay, bib);
    }

    static CleanResult clean(String text) {
        return new Importer(RULES).clean(CaptureReader.decode(text.getBytes(StandardCharsets.UTF_8), "test.txt"), "sources/test.txt");
    }

    /** The essay body: the Markdown after the front matter, without the blank line that starts it. */
    static String body(CleanResult r) {
        String md = r.markdown();
        int end = md.indexOf("\n---\n", 4);
        return md.substring(end + 5).strip();
    }
}
