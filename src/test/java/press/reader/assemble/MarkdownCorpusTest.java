package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.Piece;

/**
 * The contract "nothing silently lost", over a corpus: every example of the CommonMark spec (from commonmark-java's
 * test-util) and one example of each pandoc extension is converted as an essay's body. Each is either refused, with
 * a message at a line of the file, or converted; a converted text never carries literal markup of a construct this
 * tool does not render ("|---", "$$", "~~", "^[", ":::", "{.class}") unless the source escaped it or it is code.
 */
class MarkdownCorpusTest {
    private static final List<String> MARKUP = List.of("|---", "|:--", "$$", "~~", "^[", ":::", "{.", "{#");

    /** name, Markdown, whether it renders (true) or is refused (false) */
    private static final List<Object[]> PANDOC = List.of(
            new Object[] {"pipe table", "| a | b |\n|---|:-:|\n| 1 | 2 |", true},
            new Object[] {"pipe table with caption", "| a | b |\n|---|---|\n| 1 | 2 |\n\nTable: Caption.", true},
            new Object[] {"strikethrough", "Some ~~struck~~ text.", true},
            new Object[] {"heading attributes", "## Heading {#h1 .unnumbered}\n\nText.", true},
            new Object[] {"footnote", "Text.[^1]\n\n[^1]: A note.", true},
            new Object[] {"inline math", "Math $x^2$ here.", true},
            new Object[] {"display math", "$$\nx^2\n$$", true},
            new Object[] {"display math inside a paragraph", "The sum $$\\sum_{k=1}^n k$$ is known.", true},
            new Object[] {"dollars that are prices", "It cost $5 and $10, or $ 20 $.", true},
            new Object[] {"display math never closed", "The sum $$x^2 and more.", false},
            new Object[] {"a TeX command outside the subset", "The field $\\mathscr{F}$.", false},
            new Object[] {"TeX that does not parse", "A fraction $\\frac{a}{b$ here.", false},
            new Object[] {"math in a heading", "## The case $n = 1$\n\nText.", false},
            new Object[] {"inline note", "Text^[a note] here.", true},
            new Object[] {"superscript", "2^10^ is large.", true},
            new Object[] {"subscript", "H~2~O is water.", true},
            new Object[] {"bracketed span", "[small caps]{.smallcaps} here.", true},
            new Object[] {"link attributes", "[a](http://example.org){.external}", false},
            new Object[] {"code attributes", "`code`{.java}", false},
            new Object[] {"fenced div", "::: {.warning}\nCareful.\n:::", true},
            new Object[] {"line block", "| The limerick packs laughs anatomical\n| Into space that is quite economical.", true},
            new Object[] {"definition list", "Term\n: Definition of the term.", true},
            new Object[] {"line block with indent and stanza break", "| a\n|    b\n|\n| c", true},
            new Object[] {"a bar further down a paragraph", "Text\n| a bar", false},
            new Object[] {"a table whose delimiter row does not match", "| abc | def |\n| --- |\n| bar |", false},
            new Object[] {"definition lists, two entries", "A\n: first\n\nB\n: second\n: third", true},
            new Object[] {"image inside a line", "Text ![alt](images/x.png) text.", false},
            new Object[] {"span with language and id", "[mot]{lang=fr #m} here.", true},
            new Object[] {"nested fenced divs", "::: outer\nA.\n\n:::: {.epigraph}\nB.\n::::\n:::", true},
            new Object[] {"a closing fence alone", "Text.\n\n:::", false},
            new Object[] {"grid table", "+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+", true},
            new Object[] {"grid table with a spanning cell", "+---+---+\n| a     |\n+---+---+", false},
            new Object[] {"raw HTML", "<div>html</div>", false},
            new Object[] {"image", "![alt](images/x.png)", false},
            new Object[] {"escaped everything", "\\$x\\$ \\~~a\\~~ \\^\\[n\\] \\:::: \\{.c\\} \\|---|", true});

    @Test
    void everyCommonMarkSpecExampleIsConvertedOrRefusedAtALine() {
        List<Example> examples = ExampleReader.readExamples(TestResources.getSpec());
        assertTrue(examples.size() > 600, "spec examples read: " + examples.size());
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (Example e : examples) {
            Outcome o = convert(e.getSource());
            if (o.refused()) refused++;
            failures.addAll(o.problems().stream().map(p -> e + ": " + p).toList());
        }
        assertEquals(List.of(), failures);
        // raw HTML, images and relative links are refused; most of the spec is rendered
        assertTrue(refused > 50 && refused < examples.size() / 2, "refused " + refused + " of " + examples.size());
    }

    @Test
    void everyGfmExtensionExampleIsConvertedOrRefusedAtALine() {
        List<Example> examples = ExampleReader.readExamples(TestResources.getGfmSpec()).stream()
                .filter(e -> e.getSection().contains("extension")).toList();
        assertTrue(examples.size() > 20, "GFM extension examples read: " + examples.size());
        List<String> failures = new ArrayList<>();
        for (Example e : examples) failures.addAll(convert(e.getSource()).problems().stream().map(p -> e + ": " + p).toList());
        assertEquals(List.of(), failures);
    }

    @Test
    void everyPandocExtensionIsRenderedOrRefused() {
        List<String> failures = new ArrayList<>();
        for (Object[] c : PANDOC) {
            Outcome o = convert((String) c[1]);
            failures.addAll(o.problems().stream().map(p -> c[0] + ": " + p).toList());
            if (o.refused() == (Boolean) c[2]) failures.add(c[0] + ": expected " + ((Boolean) c[2] ? "rendered" : "refused")
                    + ", was " + (o.refused() ? "refused " + o.errors() : "rendered: " + o.text()));
        }
        assertEquals(List.of(), failures);
    }

    private record Outcome(boolean refused, List<Diagnostic> errors, String text, List<String> problems) {}

    private static Outcome convert(String markdown) {
        Diagnostics d = new Diagnostics();
        DocBook db = new DocBook();
        Element chapter = db.el("chapter");
        db.document().appendChild(chapter);
        BookState state = new BookState(d);
        PieceContext ctx = new PieceContext(state, "corpus", new ArrayList<>());
        Piece piece = new Piece("corpus", Piece.Kind.ESSAY, "corpus.md", Map.of("title", "Corpus"), Map.of(), markdown, 4);
        List<String> problems = new ArrayList<>();
        try {
            new MarkdownConverter(db, piece, ctx, d).convert(chapter);
        } catch (UserError e) {
            d.addAll(e.diagnostics());
        } catch (RuntimeException e) {
            problems.add("threw " + e);
        }
        List<Diagnostic> errors = d.all().stream().filter(Diagnostic::isError).toList();
        int lines = (int) markdown.lines().count();
        for (Diagnostic x : errors) {
            if (x.line() < 4 || x.line() > 4 + Math.max(lines, 1) || x.code().isEmpty()) problems.add("misplaced: " + x);
        }
        String text = textOutsideCode(chapter);
        if (errors.isEmpty()) {
            for (String m : MARKUP) {
                if (text.contains(m) && !escapedIn(markdown, m)) problems.add("prints markup '" + m + "': " + text);
            }
        }
        return new Outcome(!errors.isEmpty(), errors, text, problems);
    }

    /** The source wrote the characters of {@code markup} with a backslash before one of them. */
    private static boolean escapedIn(String markdown, String markup) {
        for (char c : markup.toCharArray()) if (markdown.contains("\\" + c)) return true;
        return false;
    }

    /** All text of the converted chapter but code, which shows anything as it is. */
    private static String textOutsideCode(Node n) {
        // a formula's TeX is its text alternative and MathML annotation, not printed text
        if (n instanceof Element e && (e.getLocalName().equals("literal") || e.getLocalName().equals("literallayout")
                || e.getLocalName().equals("programlisting") || e.getLocalName().equals("inlineequation"))) {
            return " ";
        }
        if (n.getNodeType() == Node.TEXT_NODE) return n.getNodeValue();
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) sb.append(textOutsideCode(c));
        return sb.toString();
    }
}
