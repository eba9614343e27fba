package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import press.reader.support.TestBooks;

/**
 * `check` is a true gate: what `build` would reject, fail on inside a stylesheet, or make absurd is refused by
 * `check` first, with the file and line that caused it. One test per kind (book.yaml bounds, ids the tool makes for
 * itself, structures the styles cannot typeset, library resources, characters the fonts lack, index references).
 */
class CheckGateTest {
    @TempDir
    Path tmp;

    private Hostile.Run check(Path ms) {
        return Hostile.cli("check", "--manuscript", ms.toString(), "--styles", TestBooks.STYLES.toString());
    }

    private Path bookYaml(String from, String to) {
        Path ms = Hostile.copyMini(tmp);
        String yaml = Hostile.read(ms.resolve("book.yaml"));
        assertTrue(yaml.matches("(?s).*" + from + ".*"), from);
        Hostile.write(ms, "book.yaml", yaml.replaceFirst(from, to));
        return ms;
    }

    /**
     * Values the reader accepts as text or numbers but that make no book (found by the attack review). More of them
     * are case files in src/test/resources/checks (CheckCasesTest): a new case is a new file there.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "trim: .*|trim: {width: 6in, height: 99999999999999999999in}|9|trim height must be between",
            "trim: .*|trim: {width: 100in, height: 100in}|9|trim width must be between",
            "blurb:|signature: -1\\nblurb:|10|signature must be 0",
            "blurb:|bleed: 1000in\\nblurb:|10|bleed must be between",
            "blurb:|paper-thickness: 0.0999\\nblurb:|10|paper-thickness must be between",
            "language: en|language: \"\"|5|language must be a BCP 47 tag",
    })
    void absurdBookValuesAreRefusedAtTheirLine(String from, String to, int line, String words) {
        Hostile.assertClearError(check(bookYaml(from, to.replace("\\n", "\n"))), "book.yaml", line, words);
    }

    /** A NUL in a file name made an id with Path.of and failed with InvalidPathException (exit 70). */
    @Test
    void aContentsEntryNoFileSystemCanNameIsALocatedError() {
        Hostile.assertClearError(check(bookYaml("essays: \\[essays/alpha.md", "essays: [\"essays/al\\\\0pha.md\"")),
                "book.yaml", 13, "invalid path 'essays/alU+0000pha.md'");
    }

    /** chicago-notes (and ~90 other CSL styles) cannot list works: citeproc threw (exit 70) making the bibliography. */
    @Test
    void aCitationStyleWithoutABibliographyIsRefusedWhenTheBackListsOne() {
        Path ms = bookYaml("language: en", "language: en\ncitation-style: chicago-notes");
        Hostile.assertClearError(check(ms), "book.yaml", 6, "has no bibliography layout");
        Hostile.write(ms, "book.yaml", Hostile.read(ms.resolve("book.yaml")).replace("bibliography, ", ""));
        Hostile.Run r = check(ms);
        assertEquals(0, r.exit(), r.all());
    }

    /**
     * A raw NUL was reported at line 1 without naming it; a U+2028 inside a value is a line break to YAML, so the
     * error came lines away from it, its cause unnamed. Both are named at the line an editor shows.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "book.yaml|title: A Small Test Book|title: A Small\u0000Test Book|2|U+0000 at column 15",
            "book.yaml|blurb: A book made only|blurb: A book made\u2028only|10|U+2028 at column 19",
            "glossary.yaml|A council of elected|A council\u2029of elected|3|U+2029",
            "essays/alpha.md|author: Anna Author|author: Anna\u0085Author|3|U+0085",
    })
    void anInvisibleCharacterInYamlIsNamedAtItsLine(String file, String from, String to, int line, String words) {
        Path ms = Hostile.copyMini(tmp);
        String unescaped = to.replace("\\u0000", "\u0000").replace("\\u2028", "\u2028").replace("\\u2029", "\u2029")
                .replace("\\u0085", "\u0085");
        Hostile.write(ms, file, Hostile.read(ms.resolve(file)).replace(from, unescaped));
        Hostile.assertClearError(check(ms), file, line, words);
    }

    @Test
    void aLanguageTheLibrariesDoNotKnowIsAWarningThatNamesTheFallback() {
        Hostile.Run r = check(bookYaml("language: en", "language: xx-YY"));
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.all().contains("book.yaml:5: warning: the citation processor has no locale for 'xx-YY': citations use en-US"), r.all());
        assertTrue(r.all().contains("book.yaml:5: warning: no hyphenation patterns for 'xx-YY'"), r.all());
    }

    /** Essay ids the tool gives to parts it makes itself: they failed in epub.xsl (BP203) after `check` passed. */
    @ParameterizedTest
    @ValueSource(strings = {"index", "nav", "cover", "titlepage", "glossary", "chronology", "bibliography", "toc-title", "page-list"})
    void anEssayFileNamedLikeAGeneratedPartIsRefused(String id) {
        Path ms = Hostile.copyMini(tmp);
        Hostile.write(ms, "essays/" + id + ".md", Hostile.read(ms.resolve("essays/beta.md")));
        Hostile.write(ms, "book.yaml", Hostile.read(ms.resolve("book.yaml")).replace("essays/beta.md", "essays/" + id + ".md"));
        Hostile.assertClearError(check(ms), "book.yaml", 13, "cannot serve as an id");
    }

    @Test
    void aHeadingIdOfTheFormTheStylesDeriveIsRefused() {
        Path ms = Hostile.copyMini(tmp);
        Hostile.write(ms, "essays/alpha.md", Hostile.read(ms.resolve("essays/alpha.md"))
                .replace("## The first section", "## The first section {#beta-title}"));
        Hostile.assertClearError(check(ms), "essays/alpha.md", 9, "an id the styles derive");
    }

    /** FOP cannot put a footnote inside a footnote: `build` failed in fo.xsl (BP203) after `check` passed. */
    @Test
    void anEditorsNoteAnchoredInsideAnAuthorsNoteIsRefusedAtItsLine() {
        Path ms = Hostile.copyMini(tmp);
        Hostile.write(ms, "editor-notes.yaml", Hostile.read(ms.resolve("editor-notes.yaml"))
                + "- chapter: alpha\n  at: naming Trotsky\n  note: Trotsky led the Red Army.\n");
        Hostile.assertClearError(check(ms), "editor-notes.yaml", 4, "inside an author's note");
        Hostile.Run build = Hostile.cli("build", "--manuscript", ms.toString(), "--out", tmp.resolve("out").toString(),
                "--format", "pdf", "--styles", TestBooks.STYLES.toString());
        Hostile.assertClearError(build, "editor-notes.yaml", 4, "inside an author's note");
    }

    @Test
    void charactersTheFontsLackAreWarnedInTitlesAndApparatusToo() {
        Path ms = bookYaml("title: .*", "title: \"\uD800\uDC00\"");
        Hostile.write(ms, "glossary.yaml", Hostile.read(ms.resolve("glossary.yaml"))
                .replace("A council of elected delegates.", "A council (\uD800\uDC01)."));
        Hostile.Run r = check(ms);
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.all().contains("book.yaml:2:9: warning: character U+10000"), r.all());
        assertTrue(r.all().contains("glossary.yaml:3:26: warning: character U+10001"), r.all());
    }

    /** Every file whose words are printed: the chronology, the editor's notes, the index, the blurb, the bibliography. */
    @Test
    void charactersTheFontsLackAreWarnedInEveryApparatusFile() {
        Path ms = bookYaml("blurb: A book made only", "blurb: A book (\uD800\uDC00) made only");
        Hostile.write(ms, "timeline.yaml", Hostile.read(ms.resolve("timeline.yaml")).replace("The Kronstadt rising.", "The rising (\uD800\uDC01)."));
        Hostile.write(ms, "editor-notes.yaml", Hostile.read(ms.resolve("editor-notes.yaml")).replace("note: Vladivostok.", "note: \uD800\uDC02."));
        Hostile.write(ms, "index.yaml", Hostile.read(ms.resolve("index.yaml")) + "- headword: Peter \uD800\uDC03\n  see: Petrograd\n");
        Hostile.write(ms, "bibliography.json", Hostile.read(ms.resolve("bibliography.json")).replace("From Lenin to Stalin", "From Lenin \uD800\uDC04"));
        Hostile.Run r = check(ms);
        assertEquals(0, r.exit(), r.all());
        for (String place : new String[] {"book.yaml:10:", "timeline.yaml:2:", "editor-notes.yaml:3:", "index.yaml:20:", "bibliography.json:"}) {
            assertTrue(r.all().lines().anyMatch(l -> l.startsWith(place) && l.contains("[BP250]")), () -> place + " not warned:\n" + r.all());
        }
    }

    /**
     * The words citeproc prints for the book's language come from a CSL locale: Korean ones (Hangul) are in no font;
     * Japanese ones are drawn from the fallback face (Noto Serif SC).
     */
    @Test
    void citationWordsTheFontsCannotWriteAreWarnedAtTheLanguageLine() {
        Hostile.Run r = check(bookYaml("language: en", "language: ko"));
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.all().contains("book.yaml:5: warning: the citation words of CSL locale ko-KR use"), r.all());
        Path ja = Hostile.copyMini(tmp.resolve("ja"));
        Hostile.write(ja, "book.yaml", Hostile.read(ja.resolve("book.yaml")).replaceFirst("language: en", "language: ja"));
        Hostile.Run japanese = check(ja);
        assertEquals(0, japanese.exit(), japanese.all());
        assertTrue(!japanese.all().contains("the citation words"), japanese.all());
        Hostile.Run english = check(Hostile.copyMini(tmp.resolve("en")));
        assertTrue(!english.all().contains("the citation words"), english.all());
    }

    @Test
    void indexSeeReferencesThatLoopOrLeadNowhereAreErrors() {
        Path ms = Hostile.copyMini(tmp);
        Hostile.write(ms, "index.yaml", Hostile.read(ms.resolve("index.yaml"))
                + "- headword: Aaa\n  see: Bbb\n- headword: Bbb\n  see: Aaa\n- headword: Ccc\n  see: Ccc\n"
                + "- headword: Zzz\n  see: Nonexistent Heading\n");
        Hostile.Run r = check(ms);
        Hostile.assertClearError(r, "index.yaml", 20, "comes back to it");
        Hostile.assertClearError(r, "index.yaml", 24, "comes back to it");
        Hostile.assertClearError(r, "index.yaml", 26, "'Nonexistent Heading', which is no heading");
    }

    @Test
    void anIndexFormInNfcFindsTheSameWordTypedWithACombiningAccent() {
        Path ms = Hostile.copyMini(tmp);
        Hostile.write(ms, "essays/beta.md", Hostile.read(ms.resolve("essays/beta.md")) + "\nThey met at the Cafe\u0301 Pushkin.\n");
        Hostile.write(ms, "index.yaml", Hostile.read(ms.resolve("index.yaml"))
                + "- headword: Café Pushkin\n  kind: place\n  forms: [Café Pushkin]\n");
        Hostile.Run r = check(ms);
        assertEquals(0, r.exit(), r.all());
        assertTrue(!r.all().contains("'Café Pushkin' matches nothing"), r.all());
    }
}
