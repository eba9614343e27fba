package press.reader.robust.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Building blocks for generated manuscript files and captures: the syntax that breaks readers, and prose. */
final class Fragments {
    private Fragments() {}

    /** Lines that mean something to YAML, front matter or Markdown. */
    static final List<String> SYNTAX = List.of("---", "...", "--- ", "title: A title", "title:", "title: \"quoted: yes\"",
            "title: [a, b]", "title: {a: b}", "title: &t anchored", "author: *t", "author: *missing", "omitted: [x, y]",
            "omitted:", "  - item", "- item", "  key: value", "? complex", ": value", "!!java.io.File [\"/etc/passwd\"]",
            "title: !!binary aGVsbG8=", "%YAML 1.1", "%TAG ! tag:x,2000:", "notes-missing: 3", "notes-missing: x",
            "unknown-key: 1", "title: a\ttab", "\t", "# Heading", "## Heading {#id}", "###### Deep", "####### Too deep",
            "[^1]", "Text.[^1]", "[^1]: note", "[^a b]: spaced", "[^]: empty", "<b>bold</b>", "<div>", "</div>",
            "<!-- c -->", "&amp;", "&#0;", "&#x110000;", "&nbsp", "]]>", "{#id}", "{", "}", "`code`", "```", "~~~",
            "    indented code", "> quote", ">>>>> deep", "- list", "1. item", "99999999999. big", "* * *", "___",
            "[link](#alpha)", "[link](#nowhere)", "[link](http://example.com/a b)", "<http://example.com>",
            "![img](x.png)", "[@key, 22]", "[see @a; @b]", "@", "\\", "\\\\", "\"", "'", ":", "|a|b|", "|-|-|",
            "\uFEFF", "\r", "\u2028", "\u0085", "\u0000", "\u0007", "\uFFFE", "\uD800", "😀", "中文", "e\u0301",
            "Lenin", "soviets", "Krondstadt", "Vladiwostok");

    static Arbitrary<String> syntaxLine() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(SYNTAX)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars(" \t:-#>[]{}*&!|'\"\\@^`<>").ofMaxLength(12)),
                net.jqwik.api.Tuple.of(3, words(1, 12)));
    }

    /** A file: lines joined by newlines, sometimes run together. */
    static Arbitrary<String> markdownFile() {
        return syntaxLine().list().ofMaxSize(40).flatMap(lines ->
                Arbitraries.of("\n", "\n", "\n\n", "", "\r\n").map(sep -> String.join(sep, lines)));
    }

    /** A valid front matter over a generated body: exercises the Markdown conversion, notes, links, citations. */
    static Arbitrary<String> validPieceFile() {
        return markdownFile().map(body -> "---\ntitle: T\n---\n" + body);
    }

    /** A file that at least starts like a piece, so the reader gets past the first checks more often. */
    static Arbitrary<String> pieceFile() {
        Arbitrary<String> front = syntaxLine().list().ofMaxSize(6).map(l -> String.join("\n", l));
        Arbitrary<String> body = markdownFile();
        return net.jqwik.api.Combinators.combine(front, body, Arbitraries.of("---", "...", "--- ", ""))
                .as((f, b, close) -> "---\ntitle: T\n" + f + "\n" + close + "\n" + b);
    }

    static Arbitrary<String> word() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                Arbitraries.of("Lenin", "Trotsky's", "soviets", "Petrograd", "1917", "café", "naïve", "Ærø", "don’t",
                        "O'Brien", "e.g.", "U.S.S.R.", "—", "–", "...", "…", "“quoted”", "‘single’", "\"dumb\"", "'dumb'",
                        "(1)", "[2]", "¹", "&amp;", "&#8217;", "&rsquo;", "&nbsp;", "don&#8217t", "caf&eacute;", "word(7)word", "<b>", "*", "_", "`", "\\", "#", ">",
                        "[^1]", "@key", "http://example.com/x?a=1&b=2", "1.", "a)", "•", "-", "--", "---", "中文", "😀"));
    }

    static Arbitrary<String> words(int min, int max) {
        return word().list().ofMinSize(min).ofMaxSize(max).map(w -> String.join(" ", w));
    }
}
