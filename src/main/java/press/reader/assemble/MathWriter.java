package press.reader.assemble;

import java.util.Locale;
import org.w3c.dom.Element;
import press.reader.math.MathSvg;
import press.reader.math.TexError;
import press.reader.math.TexMath;

/**
 * A formula of the text as DocBook: an {@code inlineequation} (display math too: pandoc keeps it in its paragraph)
 * holding the TeX as its text alternative, the print's drawing and the e-book's MathML. The drawing's measures are in
 * em, with its depth below the baseline (bp:descent), so the styles set it at the size and on the line of the text.
 */
final class MathWriter {
    static final String BP_NS = "urn:bookpress";

    private MathWriter() {}

    /** Writes the formula into {@code parent}; a formula that cannot be set throws, with its place in the TeX. */
    static void write(DocBook db, Element parent, String typed, boolean display) throws TexError {
        // the TeX goes into attributes and text of the document: only characters XML allows
        String tex = XmlText.clean(typed);
        TexMath.Rendered r = TexMath.render(db.document(), tex, display);
        Element eq = db.add(parent, "inlineequation");
        eq.setAttribute("role", display ? "display" : "inline");
        db.addText(eq, "alt", tex.strip().replaceAll("\\s+", " "));
        Element data = db.add(db.add(db.add(eq, "inlinemediaobject"), "imageobject"), "imagedata");
        data.setAttribute("format", "SVG");
        MathSvg.Drawing d = r.drawing();
        data.setAttribute("contentwidth", em(d.width()));
        data.setAttribute("contentdepth", em(d.height()));
        data.setAttributeNS(BP_NS, "bp:descent", em(d.depth()));
        data.appendChild(d.svg());
        eq.appendChild(r.mathml());
    }

    private static String em(double v) {
        return String.format(Locale.ROOT, "%.2fem", v);
    }
}
