package press.reader.robust;

import press.reader.support.HangGuard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.reader.importing.CaptureReader;
import press.reader.importing.CleanResult;
import press.reader.importing.FidelityCheck;
import press.reader.importing.Importer;
import press.reader.importing.RulesLoader;
import press.reader.diagnostics.Diagnostic;

/**
 * Regression tests for what the fuzzing of the import cleaner found. Each capture must clean with 0 unexplained
 * differences, and the essay it gives must pass `check` as the text it was: no live link, no vanished line.
 */
class CleanerRegressionTest {
    @TempDir
    Path tmp;

    /**
     * Found by the fuzzer (shrunk to "](&&&&&&0)"): "]" followed by "(" in a capture was written unescaped, so the
     * essay held a live Markdown link; its address's words were hidden from the book, and "(#top)" became a
     * cross-reference. "[label]: address" at a line start became an invisible link reference definition.
     */
    @ParameterizedTest
    @ValueSource(strings = {"](&&&&&&0)", "See [the site](http://example.com/page) and [here](#top) for more.",
            "[1]: http://example.com/reference", "An ![image](picture.png) in the text.", "[label]:"})
    void bracketsAndParenthesesStayText(String line) {
        String capture = "A Title\n\n" + line + "\n";
        CleanResult r = new Importer(RulesLoader.load(Path.of("manuscript/rules.yaml")))
                .clean(CaptureReader.decode(capture.getBytes(StandardCharsets.UTF_8), "sources/cap.txt"), "sources/cap.txt");
        assertEquals(List.of(), FidelityCheck.compare(r, r.markdown(), "essays/beta.md", null));

        Path ms = Hostile.copyMini(tmp);
        Hostile.write(ms, "essays/beta.md", r.markdown());
        Hostile.write(ms, "sources/cap.txt", capture);
        Hostile.write(ms, "rules.yaml", Hostile.read(Path.of("manuscript/rules.yaml")));
        List<Diagnostic> d = Hostile.diagnostics(ms);
        assertTrue(d.stream().noneMatch(Diagnostic::isError), d::toString);
        String text = Hostile.builder().check(ms, new press.reader.diagnostics.Diagnostics())
                .getDocumentElement().getTextContent().replaceAll("\\s+", " ");
        assertTrue(text.contains(line.strip()), () -> "'" + line + "' is not in the book as text: " + text);
    }

    /**
     * Found by the fuzzer (shrunk to a UTF-16 capture "Lenin" plus one unusual character): the title went into
     * the front matter as a double-quoted YAML string with the character as is, and YAML refuses control
     * characters and U+FFFE there ("special characters are not allowed"), so the essay could not be read back.
     */
    @ParameterizedTest
    @ValueSource(ints = {0x01, 0x1B, 0x7F, 0x80, 0x85, 0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF})
    void aTitleWithAnyCharacterIsWrittenAsReadableYaml(int character) {
        String title = "Lenin " + new String(Character.toChars(character)) + " speaks";
        String capture = title + "\n\nThe text of the essay.\n";
        CleanResult r = new Importer(RulesLoader.load(Path.of("manuscript/rules.yaml")))
                .clean(CaptureReader.decode(capture.getBytes(StandardCharsets.UTF_16), "sources/cap.txt"), "sources/cap.txt");
        assertEquals(List.of(), FidelityCheck.compare(r, r.markdown(), "essays/beta.md", null));
        var fm = press.reader.manuscript.FrontMatter.split(r.markdown(), "essays/beta.md");
        String read = ((press.reader.manuscript.Yaml.Scalar) ((press.reader.manuscript.Yaml.Mapping) fm.yaml()).get("title")).text();
        assertEquals(r.metadata().title(), read, "the title read back differs from the title written");
    }

    /**
     * Found by the fuzzer (shrunk to "0(0)0"): a note marker whose note the capture lacks was removed without a
     * trace, gluing the words on either side into one ("0(0)0" became the title "00").
     */
    @ParameterizedTest
    @ValueSource(strings = {"0(0)0", "The revolution(3)and the state.", "Title[12]Two"})
    void aRemovedNoteMarkerNeverGluesTwoWords(String line) {
        String capture = line + "\n\nThe text of the essay.\n";
        CleanResult r = new Importer(RulesLoader.load(Path.of("manuscript/rules.yaml")))
                .clean(CaptureReader.decode(capture.getBytes(StandardCharsets.UTF_8), "sources/cap.txt"), "sources/cap.txt");
        assertEquals(List.of(), FidelityCheck.compare(r, r.markdown(), "essays/beta.md", null));
    }

    /**
     * Found by the fuzzer (shrunk to "&#0a"): the entity repair turned "&#0" into a NUL character glued to the next
     * word; references to control characters or surrogates are now left as they are.
     */
    @ParameterizedTest
    @ValueSource(strings = {"&#0a", "x &#1; y", "a&#x0;b", "&#55296;z", "&#xD800; lone", "&#127; del", "&#65534; nc"})
    void anEntityForNoPrintableCharacterIsLeftAlone(String line) {
        String capture = "Title\n\n" + line + " and more words.\n";
        CleanResult r = new Importer(RulesLoader.load(Path.of("manuscript/rules.yaml")))
                .clean(CaptureReader.decode(capture.getBytes(StandardCharsets.UTF_8), "sources/cap.txt"), "sources/cap.txt");
        assertEquals(List.of(), FidelityCheck.compare(r, r.markdown(), "essays/beta.md", null));
        assertTrue(r.markdown().chars().noneMatch(c -> c < 0x20 && c != '\n' || Character.isSurrogate((char) c)),
                "a control character or surrogate reached the essay");
    }

    /** Browsers read &#150; and &#151; as Windows-1252's en and em dash; so does the import. */
    @org.junit.jupiter.api.Test
    void windows1252NumericReferencesBecomeTheirCharacters() {
        String capture = "Title\n\nIn 1917&#151;the year&#150;of two &#147;revolutions&#148;.\n";
        CleanResult r = new Importer(RulesLoader.load(Path.of("manuscript/rules.yaml")))
                .clean(CaptureReader.decode(capture.getBytes(StandardCharsets.UTF_8), "sources/cap.txt"), "sources/cap.txt");
        assertTrue(r.markdown().contains("revolutions”"), r.markdown());
        assertTrue(r.markdown().contains("1917—the year"), r.markdown());
        assertEquals(List.of(), FidelityCheck.compare(r, r.markdown(), "essays/beta.md", null));
    }

    /**
     * Found by the fuzzer (shrunk to "0&#48"): an entity repaired inside a word ("don&#8217t", "caf&eacute;",
     * "Lenin&#39;s") joins two words of the capture into one, and the cleaner's self-check reported every such
     * word as changed without a rule (FD006), so `check` failed on a correct import.
     */
    @ParameterizedTest
    @ValueSource(strings = {"0&#48", "We don&#8217t know.", "A caf&eacute; and a caf&eacute here.", "Lenin&#39;s words.",
            "Two&nbsp;words and na&iuml;ve.", "don&#8217t a [2] daca.[2]", "# a don&#8217t <b>!",
            "&nbsp; 'dumb' aa 'dumb' b &amp; - … na&iuml;ve [2] c word(7)word U.S.S.R. don&#8217t:",
            "&nbsp; don&#8217t O'Brien - naïve caf&eacute; Petrograd – h (1) y \\ don&#8217t Ærø [^1] yq … &nbsp;.(1)"})
    void anEntityRepairedInsideAWordIsExplained(String line) {
        String capture = "Title\n\n" + line + "\n";
        CleanResult r = new Importer(RulesLoader.load(Path.of("manuscript/rules.yaml")))
                .clean(CaptureReader.decode(capture.getBytes(StandardCharsets.UTF_8), "sources/cap.txt"), "sources/cap.txt");
        assertEquals(List.of(), FidelityCheck.compare(r, r.markdown(), "essays/beta.md", null));
    }

    /** The replay explains only recorded changes: a word the editor changed is still caught on the same line. */
    @org.junit.jupiter.api.Test
    void aChangedWordNextToARepairedEntityIsStillCaught() {
        String capture = "Title\n\nWe don&#8217t know the answer.\n";
        CleanResult r = new Importer(RulesLoader.load(Path.of("manuscript/rules.yaml")))
                .clean(CaptureReader.decode(capture.getBytes(StandardCharsets.UTF_8), "sources/cap.txt"), "sources/cap.txt");
        String edited = r.markdown().replace("the answer", "an answer");
        List<Diagnostic> d = FidelityCheck.compare(r, edited, "essays/beta.md", null);
        assertTrue(d.stream().anyMatch(x -> x.code().equals(FidelityCheck.REWORDED)), d::toString);
    }

    /**
     * Found by the fuzzer in the replay added above: a change with an empty "before" (an inserted "## " or "> ")
     * made the search for its place loop for ever (OutOfMemoryError). A heading with an entity inside a word
     * exercises it.
     */
    @org.junit.jupiter.api.Test
    void aHeadingWithAnEntityInsideAWordIsExplainedQuickly() {
        String capture = "A Title\n\nSome text of the essay here.\n\nThe caf&eacute; years\n\nMore text of the essay here.\n";
        CleanResult r = HangGuard.run(() ->
                new Importer(RulesLoader.load(Path.of("manuscript/rules.yaml")))
                        .clean(CaptureReader.decode(capture.getBytes(StandardCharsets.UTF_8), "sources/cap.txt"), "sources/cap.txt"));
        List<Diagnostic> d = HangGuard.run(() -> FidelityCheck.compare(r, r.markdown(), "essays/beta.md", null));
        assertEquals(List.of(), d);
    }
}
