package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * TeX math in the book document: each formula an inlineequation with its TeX as the text alternative, the print's
 * drawing (SVG, measured in em) and the e-book's MathML; dollar signs that are prices stay text; a formula that
 * cannot be set is refused at the line and column of its mistake, also on a later line of a formula.
 */
class TexMathTest {
    @TempDir
    Path tmp;

    private ManuscriptCopy withText(String name, String markdown) {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve(name));
        return ms.append("essays/beta.md", markdown);
    }

    @Test
    void inlineAndDisplayMathCarryTheirTexTheirDrawingAndTheirMathMl() {
        ManuscriptCopy ms = withText("math", """
                The area is $\\frac{ab}{10}$ acres, and

                $$\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}$$

                A map cost $5 and a chain $10; \\$x\\$ is escaped.
                """);
        String xml = book(ms);
        System.out.println("formulas in the book document: " + xml.split("<inlineequation", -1).length + " - 1");
        assertTrue(xml.contains("<inlineequation role=\"inline\"><alt>\\frac{ab}{10}</alt>"), xml);
        assertTrue(xml.contains("<inlineequation role=\"display\"><alt>\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}</alt>"), xml);
        assertTrue(xml.matches("(?s).*<imagedata [^>]*contentwidth=\"[0-9.]+em\"[^>]*><svg .*"), xml);
        assertTrue(xml.contains("<mfrac><mrow><mi>a</mi><mi>b</mi></mrow><mrow><mn>10</mn></mrow></mfrac>"), xml);
        assertTrue(xml.contains("<munderover><mo largeop=\"true\" movablelimits=\"true\">∑</mo>"), xml);
        assertTrue(xml.contains("display=\"block\""), xml);
        assertTrue(xml.contains("A map cost $5 and a chain $10; $x$ is escaped."), xml);
        assertEquals(3, xml.split("<inlineequation", -1).length, "two formulas, the prices none");
        // the drawing's glyphs are shapes: no text element that would need a font in the PDF
        assertFalse(xml.contains("<text"), "SVG text would need JLaTeXMath's fonts in FOP");
    }

    @Test
    void aFormulaInAFiguresCaptionIsInItsAlternativeText() {
        org.commonmark.parser.Parser parser = org.commonmark.parser.Parser.builder()
                .customInlineContentParserFactory(new MathInline.Factory()).build();
        org.commonmark.node.Node image = parser.parse("![The square $a^2$ of a side](images/x.png)").getFirstChild().getFirstChild();
        assertEquals("The square a^2 of a side", FigureWriter.plain(image));
    }

    @Test
    void aMistakeOnALaterLineOfAFormulaIsReportedThere() {
        ManuscriptCopy ms = ManuscriptCopy.mini(tmp.resolve("lines"));
        int first = (int) ms.read("essays/beta.md").lines().count() + 2;
        ms.write("essays/beta.md", ms.read("essays/beta.md") + "\nThe sum $$x +\n  y + \\foo z$$ is wrong.\n");
        List<String> errors = ms.check().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("essays/beta.md:" + (first + 1) + ":7: error: TeX math: \\foo is not among"),
                errors.get(0));
        assertTrue(errors.get(0).endsWith("[BP549]"), errors.get(0));
    }

    @Test
    void texThatJLaTeXMathCannotReadIsALocatedErrorNotAStackTrace() {
        // \sqrt[ without its ']' is caught by the MathML reader; a bad \begin name by JLaTeXMath's rules as well
        ManuscriptCopy ms = withText("bad", "Roots $\\sqrt[3{x}$ and $\\begin{pmatrix} a & b$ here.");
        Diagnostics d = new Diagnostics();
        TestBooks.builder().check(ms.root(), d);
        List<String> codes = d.all().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList();
        assertEquals(List.of("BP549", "BP549"), codes, d.all().toString());
    }

    private static String book(ManuscriptCopy ms) {
        return TestBooks.checkedBookXml(ms.root());
    }
}
