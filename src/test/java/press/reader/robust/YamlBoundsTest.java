package press.reader.robust;

import press.reader.support.HangGuard;

import static press.reader.robust.Hostile.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile YAML is refused quickly with a located message: alias bombs ("billion laughs"), deep nesting, a huge
 * document, Java type tags (SnakeYAML must never construct objects), and recursive aliases.
 */
class YamlBoundsTest {
    private static final String LAUGHS = """
            - term: a
              variants: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
              definition: x
            - term: b
              variants: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
              definition: x
            - term: c
              variants: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
              definition: x
            - term: d
              variants: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
              definition: x
            - term: e
              variants: [*d, *d, *d, *d, *d, *d, *d, *d, *d]
              definition: x
            """;

    @TempDir
    Path tmp;

    /** Runs `check`; the guard only turns a hang into a failure (an alias bomb left unchecked never ends). */
    private Hostile.Run checkQuickly(Path ms) {
        return HangGuard.run(() -> Hostile.check(ms));
    }

    @Test
    void anAliasBombInAnApparatusFileIsRefused() {
        Path ms = Hostile.copyMini(tmp);
        write(ms, "glossary.yaml", LAUGHS);
        Hostile.assertClearError(checkQuickly(ms), "glossary.yaml", 1, "aliases");
    }

    @Test
    void anAliasBombInFrontMatterIsRefused() {
        Path ms = Hostile.copyMini(tmp);
        StringBuilder fm = new StringBuilder("---\ntitle: B\nomitted: &a [x, x, x, x, x, x, x, x]\n");
        String prev = "a";
        for (int i = 0; i < 12; i++) {
            String name = "n" + i;
            fm.append("x").append(i).append(": &").append(name).append(" [")
                    .append(("*" + prev + ", ").repeat(8)).append("*").append(prev).append("]\n");
            prev = name;
        }
        write(ms, "essays/beta.md", fm + "---\nText.\n");
        Hostile.assertClearError(checkQuickly(ms), "essays/beta.md", 2, "aliases");
    }

    @Test
    void anAliasBombInBookYamlIsRefused() {
        Path ms = Hostile.copyMini(tmp);
        // SnakeYAML's alias limit has no position: the message points at the file's first line
        String y = Hostile.read(ms.resolve("book.yaml"))
                .replace("subtitle: Two Essays for the Test Suite\n", "")
                .replace("blurb: A book made only to test the pipeline.\n",
                        "blurb: &a [x, x, x, x, x, x, x, x]\nsubtitle: [" + "*a, ".repeat(30) + "*a]\n");
        write(ms, "book.yaml", y);
        Hostile.assertClearError(checkQuickly(ms), "book.yaml", 1, "aliases");
    }

    @Test
    void deepNestingIsRefused() {
        Path ms = Hostile.copyMini(tmp);
        write(ms, "glossary.yaml", "- term: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        Hostile.assertClearError(checkQuickly(ms), "glossary.yaml", 1, "Nesting Depth");
    }

    @Test
    void deepBlockNestingIsRefused() {
        Path ms = Hostile.copyMini(tmp);
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < 200; i++) y.append("  ".repeat(i)).append("- \n");
        write(ms, "timeline.yaml", y.toString());
        Hostile.assertClearError(checkQuickly(ms), "timeline.yaml", 1, "Nesting Depth");
    }

    /**
     * Refused by its size on disk, before it is read or parsed: the message is the size guard's (SnakeYAML's own
     * code-point limit would only stop the parse after scanning 5 MB, which is what made this test slow).
     */
    @Test
    void aHugeYamlFileIsRefusedBeforeItIsParsed() {
        Path ms = Hostile.copyMini(tmp);
        write(ms, "glossary.yaml", "- term: x\n  definition: " + "a".repeat(6 * 1024 * 1024) + "\n");
        Hostile.assertClearError(checkQuickly(ms), "glossary.yaml", 1, "over the 5.0 MB limit for a YAML file");
    }

    @Test
    void aHugeBookYamlIsRefusedBeforeItIsParsed() {
        Path ms = Hostile.copyMini(tmp);
        write(ms, "book.yaml", Hostile.read(ms.resolve("book.yaml")) + "# " + "x".repeat(6 * 1024 * 1024) + "\n");
        Hostile.assertClearError(checkQuickly(ms), "book.yaml", 1, "over the 5.0 MB limit for a YAML file");
    }

    @Test
    void javaTypeTagsAreNeverConstructed() {
        Path ms = Hostile.copyMini(tmp);
        write(ms, "essays/beta.md", "---\ntitle: B\nauthor: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]\n---\nText.\n");
        Hostile.assertClearError(checkQuickly(ms), "essays/beta.md", 3, "tag is not allowed");
    }

    /** Found by this suite: a recursive alias sent the YAML reader into endless recursion (StackOverflowError). */
    @Test
    void aRecursiveAliasIsRefused() {
        Path ms = Hostile.copyMini(tmp);
        write(ms, "index.yaml", "- &a\n  headword: x\n  sub: [*a]\n");
        Hostile.assertClearError(checkQuickly(ms), "index.yaml", 1, "an alias refers to a list or mapping that contains it");
    }

    /** Found by this suite: a recursive alias sent the YAML reader into endless recursion (StackOverflowError). */
    @Test
    void aRecursiveAliasInFrontMatterIsRefused() {
        Path ms = Hostile.copyMini(tmp);
        write(ms, "essays/beta.md", "---\ntitle: B\nomitted: &o [x, *o]\n---\nText.\n");
        Hostile.assertClearError(checkQuickly(ms), "essays/beta.md", 3, "an alias refers to a list or mapping");
    }
}
