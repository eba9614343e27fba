package press.reader.math;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A TeX formula made ready for every edition at once: MathML for the e-book and the HTML page, a vector drawing for
 * the print. Either both are made or the formula is refused ({@link TexError}), so no edition prints raw TeX.
 */
public final class TexMath {
    /** The formula's MathML and its drawing */
    public record Rendered(Element mathml, MathSvg.Drawing drawing) {}

    private TexMath() {}

    public static Rendered render(Document doc, String tex, boolean display) throws TexError {
        // the MathML subset is the stricter reader and knows where a mistake is: it goes first
        Element mathml = MathMlWriter.write(doc, tex, display);
        return new Rendered(mathml, MathSvg.draw(doc, tex, display));
    }
}
