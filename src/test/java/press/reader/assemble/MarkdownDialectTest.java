package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import press.reader.diagnostics.Diagnostic;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * Every pandoc construct is rendered or refused at its place with a hint, never printed as markup; an escaped
 * one is text. Beta's body starts on line 7 of essays/beta.md; the text is appended after it.
 */
class MarkdownDialectTest {
    @TempDir
    Path tmp;

    private ManuscriptCopy withText(String name, String markdown) {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve(name));
        return ms.append("essays/beta.md", markdown);
    }

    private int lastLine(ManuscriptCopy ms) {
        return (int) ms.read("essays/beta.md").lines().count();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("display math never closed", "The sum $$x^2 and more.", 9, "BP170"),
                Arguments.of("a TeX command outside the subset", "Einstein wrote $E = \\mathscr{F}$ once.", 21, "BP549"),
                Arguments.of("TeX that does not parse", "A fraction $\\frac{a}{b$ here.", 21, "BP549"),
                Arguments.of("math in a heading", "## The case $n = 1$", 13, "BP550"),
                Arguments.of("link attributes after a span", "[Small caps]{.smallcaps} and [a](http://x.org){.c}.", 46, "BP173"),
                Arguments.of("link attributes", "A [link](http://x.org){target=_blank}.", 22, "BP173"),
                Arguments.of("a closing fence without its div", ":::", 1, "BP174"),
                Arguments.of("line block not at its paragraph's start", "A line.\n| a line of verse", 1, "BP175"),
                Arguments.of("definition not under its term", "Term\nmore words\n: Its definition.", 1, "BP176"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedAtItsPlaceWithAHint(String what, String markdown, int column, String code) {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("r"));
        int first = (int) ms.read("essays/beta.md").lines().count() + 2;
        ms.append("essays/beta.md", markdown);
        List<String> errors = ms.check().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        int line = first + (what.startsWith("definition") ? 2 : what.startsWith("line block") ? 1 : 0);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("essays/beta.md:" + line + ":" + column + ": error: "), errors.get(0));
        assertTrue(errors.get(0).endsWith("[" + code + "]"), errors.get(0));
        assertTrue(errors.get(0).matches(".*(write|escape|remove|end each line|close|add the).*"), "a hint: " + errors.get(0));
    }

    @Test
    void escapedOrInCodeTheyAreText() {
        ManuscriptCopy ms = withText("escaped", """
                Costs \\$5 and \\$6, \\$x\\$ and `$x$`, costs $5 or $6, 2\\^10\\^, H\\~2\\~O, \\^\\[no note],
                a \\[span\\]\\{.class\\} and \\| bar.""");
        assertEquals(List.of(), ms.check().stream().filter(Diagnostic::isError).toList());
    }

    @Test
    void tablesAndStrikethroughBecomeDocBook() {
        ManuscriptCopy ms = withText("table", """
                | Year | Event | Members |
                |------|:-----:|--------:|
                | 1917 | The ~~February~~ October rising | 240,000 |

                Table: Party membership.
                """);
        String xml = book(ms);
        assertTrue(xml.contains("<table role=\"text\""), xml);
        assertTrue(xml.contains("<title>Party membership.</title>"), xml);
        assertTrue(xml.contains("<colspec align=\"center\" colname=\"c2\"/>"), xml);
        assertTrue(xml.contains("<entry>The <emphasis role=\"strikethrough\">February</emphasis> October rising</entry>"), xml);
        assertFalse(xml.contains("|---") || xml.contains("~~") || xml.contains("Table:"), xml);
    }

    @Test
    void lineBlocksDefinitionListsInlineNotesAndScriptsBecomeDocBook() {
        ManuscriptCopy ms = withText("pandoc", """
                | The first line
                |     indented
                |
                | after a break

                Chain
                : Twenty-two yards.
                : A hundred links.

                Water is H~2~O, 2^10^ is 1024, a claim.^[An inline *note*.] But ~not this~ nor 2^ 10^.
                """);
        String xml = book(ms);
        assertTrue(xml.contains("<para role=\"line-block\" xml:id=\"beta-p"), xml);
        assertTrue(xml.contains(">The first line<?line-break?>\u00A0\u00A0\u00A0\u00A0indented<?line-break?>\u00A0<?line-break?>after a break</para>"), xml);
        assertTrue(xml.contains("<variablelist role=\"definitions\""), xml);
        assertTrue(xml.contains("<term>Chain</term><listitem><para>Twenty-two yards.</para></listitem><listitem><para>A hundred links.</para></listitem>"), xml);
        assertTrue(xml.contains("H<subscript>2</subscript>O, 2<superscript>10</superscript> is 1024"), xml);
        assertTrue(xml.matches("(?s).*a claim\\.<footnote role=\"author\" xml:id=\"beta-ni1\"><para>An inline <emphasis>note</emphasis>\\.</para></footnote>.*"), xml);
        assertTrue(xml.contains("But ~not this~ nor 2^ 10^."), "with spaces they are text, as in pandoc: " + xml);
        assertFalse(xml.contains("| ") || xml.contains(": Twenty") || xml.contains("^["), xml);
    }

    @Test
    void bracketedSpansSetSmallCapsLanguageAndIdAndAnUnknownClassWarns() {
        ManuscriptCopy ms = withText("spans", "[Small *caps*]{.smallcaps}, [mot juste]{lang=fr}, [here]{#here-words} and "
                + "[odd]{.fancy}; [not a span] {.x}.");
        String xml = book(ms);
        assertTrue(xml.contains("<phrase role=\"smallcaps\">Small <emphasis>caps</emphasis></phrase>"), xml);
        assertTrue(xml.contains("<phrase role=\"span\" xml:lang=\"fr\">mot juste</phrase>"), xml);
        assertTrue(xml.contains("<phrase role=\"span\" xml:id=\"here-words\">here</phrase>"), xml);
        assertTrue(xml.contains("<phrase role=\"span\">odd</phrase>"), xml);
        List<String> warnings = ms.check().stream().filter(d -> d.code().equals("BP546")).map(Diagnostic::format).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("'.fancy'"), warnings.toString());
    }

    @Test
    void fencedDivsNestAnEpigraphIsSetAndAnUnknownClassPrintsItsParagraphsWithAWarning() {
        ManuscriptCopy ms = withText("divs", """
                ::: {.epigraph}
                Words set apart.
                :::

                ::: aside
                Outer words.

                ::::: {.epigraph}
                Inner words.
                :::::

                Outer again.
                :::

                After.""");
        String xml = book(ms);
        assertTrue(xml.contains("<epigraph><para xml:id=\"beta-p"), xml);
        assertTrue(xml.matches("(?s).*<epigraph><para[^>]*>Words set apart\\.</para></epigraph>.*"), xml);
        assertTrue(xml.matches("(?s).*>Outer words\\.</para><epigraph><para[^>]*>Inner words\\.</para></epigraph><para[^>]*>Outer again\\.</para><para[^>]*>After\\.</para>.*"), xml);
        assertFalse(xml.contains(":::"), xml);
        List<String> warnings = ms.check().stream().filter(d -> d.code().equals("BP547")).map(Diagnostic::format).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("'.aside'"), warnings.toString());
    }

    @Test
    void aGridTableBecomesATableAndOneThatDoesNotKeepToItsColumnsIsRefusedAtItsLine() {
        ManuscriptCopy ms = withText("grid", """
                +---------+----------------+
                | Measure | In feet        |
                +=========+===============:+
                | Chain   | 66, a *cricket* |
                |         | pitch          |
                +---------+----------------+
                | Furlong | 660            |
                +---------+----------------+

                Table: Two measures.""".replace("*cricket* |", "*cricket*|"));
        String xml = book(ms);
        assertTrue(xml.contains("<table role=\"text\""), xml);
        assertTrue(xml.contains("<title>Two measures.</title>"), xml);
        assertTrue(xml.contains("<colspec align=\"right\" colname=\"c2\"/>"), xml);
        assertTrue(xml.contains("<thead><row><entry>Measure</entry><entry>In feet</entry></row></thead>"), xml);
        assertTrue(xml.contains("<row><entry>Chain</entry><entry>66, a <emphasis>cricket</emphasis> pitch</entry></row>"), xml);
        assertFalse(xml.contains("+---") || xml.contains("| ") || xml.contains("Table:"), xml);

        ManuscriptCopy bad = withText("bad-grid", "+-------+------+\n| Chain | 66   |\n+-------+\n");
        int line = bad.read("essays/beta.md").lines().toList().lastIndexOf("+-------+") + 1;
        List<String> errors = bad.check().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("essays/beta.md:" + line + ": error: a grid table's separator lines"), errors.toString());
        assertTrue(errors.get(0).endsWith("[BP548]"), errors.toString());
    }

    @Test
    void looseDefinitionListsArePandocsToo() {
        ManuscriptCopy ms = withText("loose", """
                Chain

                : Twenty-two yards.

                : A hundred links.

                Furlong
                : Ten chains.

                After the list.""");
        String xml = book(ms);
        assertTrue(xml.matches("(?s).*<variablelist role=\"definitions\"[^>]*><varlistentry><term>Chain</term><listitem><para>"
                + "Twenty-two yards\\.</para></listitem><listitem><para>A hundred links\\.</para></listitem></varlistentry>"
                + "<varlistentry><term>Furlong</term><listitem><para>Ten chains\\.</para></listitem></varlistentry></variablelist>"
                + "<para[^>]*>After the list\\.</para>.*"), xml);
        ManuscriptCopy orphan = withText("orphan", "A paragraph\nof two lines.\n\n: a definition of nothing\n\nMore.");
        List<String> errors = orphan.check().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("[BP176]"), errors.toString());
    }

    @Test
    void headingAttributesGiveTheIdAndUnknownClassesWarn() {
        ManuscriptCopy ms = withText("heading", "## A heading {#here .unnumbered}\n\nText.\n\n## Another {.fancy}\n\nMore.");
        String xml = book(ms);
        assertTrue(xml.contains("xml:id=\"here\""), xml);
        assertFalse(xml.contains("{"), xml);
        List<String> warnings = ms.check().stream().filter(d -> d.code().equals("BP177")).map(Diagnostic::format).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("'.fancy'"), warnings.toString());
    }

    @Test
    void aLinkByPandocsHeadingIdReachesTheHeading() {
        ManuscriptCopy ms = withText("pandoc-ids", "As [shown below](#lenins-testament-1923), and [again](#the-year).\n\n"
                + "## Lenin's testament, 1923\n\nText.\n\n## 1917: The Year\n\nMore.");
        String xml = book(ms);
        assertTrue(xml.contains("<link linkend=\"beta--lenin-s-testament-1923\">shown below</link>"), xml);
        assertTrue(xml.contains("<link linkend=\"beta--1917-the-year\">again</link>"), xml);
        assertEquals("section", MarkdownConverter.pandocId("1917"));
        assertEquals("café-au-lait", MarkdownConverter.pandocId("Café au lait!"));
    }

    private static String book(ManuscriptCopy ms) {
        return TestBooks.checkedBookXml(ms.root());
    }
}
