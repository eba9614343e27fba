package press.reader.robust;

import press.reader.support.HangGuard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.reader.robust.Hostile.piece;
import static press.reader.robust.Hostile.write;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import press.reader.diagnostics.Diagnostic;

/**
 * Structurally broken manuscripts: each must stop `check` with {@code file:line: error: ...}, exit 1, and no
 * stack trace; the odd-but-valid ones (skipped heading levels, deep nesting, a 1 MB paragraph) must pass.
 */
class BrokenStructureTest {
    @TempDir
    Path tmp;

    /** One broken manuscript: how to break the mini copy and the message it must give. */
    record Case(String name, Consumer<Path> breakIt, String file, int line, String words) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("empty essay file", ms -> write(ms, "essays/beta.md", ""), "essays/beta.md", 1, "empty file"),
                new Case("essay of blank lines", ms -> write(ms, "essays/beta.md", "\n \n\t\n"), "essays/beta.md", 1,
                        "empty file"),
                new Case("empty introduction", ms -> write(ms, "introduction.md", ""), "introduction.md", 1, "empty file"),
                new Case("no front matter", ms -> write(ms, "essays/beta.md", "Just text.\n"), "essays/beta.md", 1,
                        "missing front matter"),
                new Case("unterminated front matter", ms -> write(ms, "essays/beta.md", "---\ntitle: B\nText.\n"),
                        "essays/beta.md", 1, "unterminated front matter"),
                new Case("chapter with no title", ms -> write(ms, "essays/beta.md", "---\nauthor: A\n---\nText.\n"),
                        "essays/beta.md", 2, "missing title"),
                new Case("chapter with a blank title", ms -> write(ms, "essays/beta.md", piece("\"  \"", "Text.\n")),
                        "essays/beta.md", 2, "missing title"),
                new Case("chapter with a list as title", ms -> write(ms, "essays/beta.md", piece("[a, b]", "Text.\n")),
                        "essays/beta.md", 2, "must be text"),
                new Case("front matter not a mapping", ms -> write(ms, "essays/beta.md", "---\n- a\n- b\n---\nText.\n"),
                        "essays/beta.md", 2, "must be a mapping"),
                new Case("malformed front matter YAML", ms -> write(ms, "essays/beta.md", "---\ntitle: [unclosed\n---\nT.\n"),
                        "essays/beta.md", 2, "malformed YAML"),
                new Case("unknown front-matter key", ms -> write(ms, "essays/beta.md", "---\ntitle: B\ntitel: B\n---\nT.\n"),
                        "essays/beta.md", 3, "unknown key 'titel'"),
                new Case("duplicate front-matter key", ms -> write(ms, "essays/beta.md", "---\ntitle: B\ntitle: C\n---\nT.\n"),
                        "essays/beta.md", 3, "duplicate key"),
                new Case("two essays with the same id", ms -> {
                    write(ms, "more/beta.md", piece("Other beta", "Text.\n"));
                    write(ms, "book.yaml", Hostile.read(ms.resolve("book.yaml"))
                            .replace("essays/beta.md]", "essays/beta.md, more/beta.md]"));
                }, "book.yaml", 13, "share the id 'beta'"),
                new Case("heading id that another piece has", ms -> write(ms, "essays/beta.md",
                        piece("B", "Text.\n\n## A heading {#alpha}\n\nMore.\n")), "essays/beta.md", 6, "duplicate id 'alpha'"),
                new Case("footnote defined twice", ms -> write(ms, "essays/beta.md",
                        piece("B", "Text.[^1]\n\n[^1]: one\n\n[^1]: two\n")), "essays/beta.md", 8, "defined twice"),
                new Case("footnote called twice", ms -> write(ms, "essays/beta.md",
                        piece("B", "Text.[^1] Again.[^1]\n\n[^1]: one\n")), "essays/beta.md", 4, "called twice"),
                new Case("footnote never defined", ms -> write(ms, "essays/beta.md", piece("B", "Text.[^9]\n")),
                        "essays/beta.md", 4, "[^9]"),
                new Case("footnote never called", ms -> write(ms, "essays/beta.md",
                        piece("B", "Text.\n\n[^1]: lonely\n")), "essays/beta.md", 6, "never called"),
                new Case("essay file missing", ms -> write(ms, "book.yaml", Hostile.read(ms.resolve("book.yaml"))
                        .replace("essays/beta.md", "essays/gamma.md")), "book.yaml", 13, "not found"),
                new Case("file name unfit for an id", ms -> {
                    // (a number that orders the files is not part of the id: "9 lives.md" would be "lives")
                    write(ms, "essays/nine lives.md", piece("Nine", "Text.\n"));
                    write(ms, "book.yaml", Hostile.read(ms.resolve("book.yaml"))
                            .replace("essays/beta.md", "essays/nine lives.md"));
                }, "book.yaml", 13, "cannot serve as an id"),
                new Case("contents lists no essays", ms -> write(ms, "book.yaml", Hostile.read(ms.resolve("book.yaml"))
                        .replace("essays: [essays/alpha.md, essays/beta.md]", "essays: []")), "book.yaml", 11,
                        "no essays"),
                new Case("contents item is a mapping", ms -> write(ms, "book.yaml", Hostile.read(ms.resolve("book.yaml"))
                        .replace("essays/beta.md]", "{x: y}]")), "book.yaml", 13, "must be a name"),
                new Case("empty book.yaml", ms -> write(ms, "book.yaml", ""), "book.yaml", 1, "missing key"),
                new Case("book.yaml is a list", ms -> write(ms, "book.yaml", "- a\n"), "book.yaml", 1, "must be a mapping"),
                new Case("tab-indented YAML", ms -> write(ms, "glossary.yaml", "- term: a\n\tdefinition: b\n"),
                        "glossary.yaml", 2, "malformed YAML"),
                new Case("glossary entry without definition", ms -> write(ms, "glossary.yaml", "- term: soviet\n"),
                        "glossary.yaml", 1, "missing key 'definition'"),
                new Case("glossary not a list", ms -> write(ms, "glossary.yaml", "term: soviet\n"),
                        "glossary.yaml", 1, "must be a list"),
                new Case("raw HTML inline", ms -> write(ms, "essays/beta.md", piece("B", "Some <b>bold</b> text.\n")),
                        "essays/beta.md", 4, "raw HTML"),
                new Case("raw HTML block", ms -> write(ms, "essays/beta.md",
                        piece("B", "Text.\n\n<div onclick=\"x()\">\nblock\n</div>\n")), "essays/beta.md", 6, "raw HTML"),
                new Case("script element", ms -> write(ms, "essays/beta.md",
                        piece("B", "Text.\n\n<script>alert(1)</script>\n")), "essays/beta.md", 6, "raw HTML"),
                // (an HTML comment is not refused but not printed, with a warning: PandocChapterTest)
                new Case("HTML comment holding a tag after it", ms -> write(ms, "essays/beta.md",
                        piece("B", "Text <!-- hidden --><b>here</b>.\n")), "essays/beta.md", 4, "raw HTML"),
                new Case("javascript link", ms -> write(ms, "essays/beta.md",
                        piece("B", "A [link](javascript:alert(1)) here.\n")), "essays/beta.md", 4, "must be #id"),
                new Case("file link", ms -> write(ms, "essays/beta.md",
                        piece("B", "A [link](file:///etc/passwd) here.\n")), "essays/beta.md", 4, "must be #id"),
                new Case("image", ms -> write(ms, "essays/beta.md", piece("B", "An ![image](../../etc/passwd) here.\n")),
                        "essays/beta.md", 4, "an image inside a line of text cannot be printed"),
                new Case("figure from outside", ms -> write(ms, "essays/beta.md", piece("B", "![image](../../etc/passwd)\n")),
                        "essays/beta.md", 4, "points outside the manuscript folder"),
                new Case("cross-reference to nowhere", ms -> write(ms, "essays/beta.md",
                        piece("B", "See [there](#nowhere).\n")), "essays/beta.md", 4, "nowhere"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBrokenManuscriptGivesFileLineAndNoTrace(Case c) {
        Path ms = Hostile.copyMini(tmp);
        c.breakIt().accept(ms);
        Hostile.assertClearError(Hostile.check(ms), c.file(), c.line(), c.words());
    }

    @Test
    void skippedHeadingLevelsAreAWarningNotAFailure() {
        Path ms = Hostile.copyMini(tmp);
        write(ms, "essays/beta.md", piece("B", "Text.\n\n#### Deep\n\nMore.\n\n###### Deeper\n\nEnd.\n"));
        Hostile.Run r = Hostile.check(ms);
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("essays/beta.md:6: warning: heading skips a level"), r.all());
        Hostile.assertNoTrace(r);
    }

    @Test
    void repeatedHeadingsGetDistinctIds() {
        Path ms = Hostile.copyMini(tmp);
        write(ms, "essays/beta.md", piece("B", "## Same\n\nOne.\n\n## Same\n\nTwo.\n\n## Same!\n\nThree.\n"));
        List<Diagnostic> d = Hostile.diagnostics(ms);
        assertTrue(d.stream().noneMatch(Diagnostic::isError), d::toString);
    }

    @Test
    void deeplyNestedListsAndQuotesAreRead() {
        Path ms = Hostile.copyMini(tmp);
        StringBuilder body = new StringBuilder("Text.\n\n");
        for (int i = 0; i < 60; i++) body.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        body.append('\n');
        for (int i = 1; i <= 60; i++) body.append(">".repeat(i)).append(" quote ").append(i).append('\n');
        write(ms, "essays/beta.md", piece("B", body.toString()));
        List<Diagnostic> d = HangGuard.run(() -> Hostile.diagnostics(ms));
        assertTrue(d.stream().noneMatch(Diagnostic::isError), d::toString);
    }

    @Test
    void aOneMegabyteParagraphIsRefusedWithItsPlace() {
        Path ms = Hostile.copyMini(tmp);
        write(ms, "essays/beta.md", piece("B", BigText.paragraph(1 << 20) + "\n"));
        Hostile.Run r = HangGuard.run(() -> Hostile.check(ms));
        Hostile.assertClearError(r, "essays/beta.md", 4, "split it into paragraphs");
    }

    @Test
    void anEssayWithNoBodyIsAccepted() {
        // Only front matter: valid (a piece may be all title); recorded here so a change of mind is deliberate.
        Path ms = Hostile.copyMini(tmp);
        write(ms, "essays/beta.md", "---\ntitle: B\n---\n");
        assertEquals(0, Hostile.check(ms).exit());
    }
}
