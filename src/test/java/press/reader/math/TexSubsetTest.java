package press.reader.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import press.reader.assemble.DocBook;

/**
 * The documented TeX subset is set by both readers: every command the MathML writer knows is also drawn by
 * JLaTeXMath, so a formula is never in the e-book and missing from the print, or the other way round.
 */
class TexSubsetTest {
    private final Document doc = new DocBook().document();

    @Test
    void everyCommandOfTheSubsetIsSetInBothEditions() {
        List<String> formulas = new ArrayList<>();
        for (Map<String, String> table : List.of(TexSymbols.LETTERS, TexSymbols.UPRIGHT_LETTERS, TexSymbols.OPERATORS,
                TexSymbols.LARGE, TexSymbols.FUNCTIONS)) {
            for (String name : table.keySet()) formulas.add("a \\" + name + " b");
        }
        for (String name : TexSymbols.ACCENTS.keySet()) formulas.add("\\" + name + "{x}");
        for (String name : TexSymbols.ALPHABETS.keySet()) formulas.add("\\" + name + "{Rx2}");
        for (String name : TexSymbols.SPACES.keySet()) formulas.add("a\\" + name + " b");
        formulas.addAll(List.of("\\frac{a}{b} + \\dfrac12 + \\tfrac{1}{2}", "\\binom{n}{k}", "\\sqrt{2} + \\sqrt[3]{x}",
                "\\text{if } x > 0", "\\operatorname{rank} A", "\\left( \\frac{a}{b} \\right]", "\\left. x \\middle| y \\right\\}",
                "\\big( \\Big[ \\bigg\\{ \\Bigg\\langle", "\\overbrace{a+b}^{2} + \\underbrace{c}_{1}", "\\overset{!}{=} \\underset{n}{\\to} \\stackrel{?}{=}",
                "\\not= \\not\\in", "\\sum\\limits_{i=1}^n \\int\\nolimits_0^1 \\lim_{x \\to 0}", "f'(x) + g''_1",
                "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", "\\begin{bmatrix} 1 \\end{bmatrix}",
                "\\begin{cases} 0 & x < 0 \\\\ 1 & x \\ge 0 \\end{cases}", "\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}",
                "\\begin{matrix} a \\end{matrix} \\begin{vmatrix} a \\end{vmatrix} \\begin{Vmatrix} a \\end{Vmatrix}",
                "\\begin{Bmatrix} a \\end{Bmatrix} \\begin{gathered} a \\\\ b \\end{gathered}", "x_{i}^{2} \\cdot 3.14 ~ y"));
        List<String> failures = new ArrayList<>();
        for (String tex : formulas) {
            try {
                Element math = MathMlWriter.write(doc, tex, true);
                MathSvg.Drawing d = MathSvg.draw(doc, tex, true);
                if (d.width() <= 0 || !math.getTextContent().contains(tex.strip())) failures.add(tex + ": empty");
            } catch (TexError e) {
                failures.add(tex + ": " + e.getMessage());
            }
        }
        System.out.println("formulas of the subset set in both editions: " + (formulas.size() - failures.size()) + " of " + formulas.size());
        assertEquals(List.of(), failures);
    }

    @Test
    void aCommandOutsideTheSubsetIsRefusedAtItsPlace() throws Exception {
        TexError e = refused("x + \\mathscr{F}");
        assertEquals(4, e.offset());
        assertTrue(e.getMessage().startsWith("\\mathscr is not among"), e.getMessage());
        assertEquals(2, refused("a \\\\ b").offset(), "a line break outside an environment");
        assertEquals(0, refused("\\left( x").offset());
        assertEquals(5, refused("\\frac{a").offset());
        assertTrue(refused("\\begin{array}{cc} a \\end{array}").getMessage().contains("'array'"));
    }

    /** Any run of TeX pieces is set or refused at a place inside it: never an exception a user would see as a trace */
    @Test
    void anyTexIsSetOrRefusedAtAPlaceNeverThrown() {
        String[] pieces = {"\\frac", "{", "}", "^", "_", "\\left(", "\\right)", "\\left", "\\right", "\\begin{pmatrix}",
                "\\end{pmatrix}", "\\begin{cases}", "\\end{aligned}", "&", "\\\\", "x", "1", ".5", "\\sqrt", "[", "]",
                "\\text{", "\\alpha", "'", "\\not", "\\big", "\\limits", "\\sum", " ", "\\", "\\mathbb{", "\\overset",
                "\\middle", "\\operatorname{", "\\{", "\\}", "~", "\\,", "(", ")", "|", "\\binom", "\\hat", "\\begin{", "\\end{"};
        java.util.Random random = new java.util.Random(15);
        int set = 0;
        List<String> thrown = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder tex = new StringBuilder();
            for (int k = 1 + random.nextInt(8); k > 0; k--) tex.append(pieces[random.nextInt(pieces.length)]);
            try {
                MathMlWriter.write(doc, tex.toString(), random.nextBoolean());
                set++;
            } catch (TexError e) {
                if (e.offset() < 0 || e.offset() > tex.length()) thrown.add(tex + ": offset " + e.offset());
            } catch (RuntimeException e) {
                thrown.add(tex + ": " + e);
            }
        }
        System.out.println("random TeX: " + set + " of 20000 set, the rest refused at a place");
        assertEquals(List.of(), thrown);
        assertTrue(set > 500, "some are well formed: " + set);
    }

    @Test
    void alphabetsAreUnicodeMathLettersAsMathMlCoreWantsThem() throws Exception {
        assertEquals("ℝ𝔸𝐱𝟐", MathMlWriter.write(doc, "\\mathbb{R}\\mathbb{A}\\mathbf{x2}", false).getFirstChild()
                .getFirstChild().getTextContent());
    }

    private TexError refused(String tex) {
        try {
            MathMlWriter.write(doc, tex, false);
        } catch (TexError e) {
            return e;
        }
        throw new AssertionError("not refused: " + tex);
    }
}
