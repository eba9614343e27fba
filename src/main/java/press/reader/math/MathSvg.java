package press.reader.math;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Insets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * TeX math typeset by JLaTeXMath and drawn into SVG, for the print: vector, and with every glyph drawn as a shape,
 * so that the PDF needs no font for it (PDF/A asks every font embedded; FOP would look for JLaTeXMath's fonts by
 * name). Its measures are in em of the text around it, so the styles choose the size by the font size they set.
 */
public final class MathSvg {
    public static final String NS = "http://www.w3.org/2000/svg";
    /** The size the formula is drawn at: SVG units to the em (its outlines keep four decimals) */
    private static final float UNITS_PER_EM = 100f;

    /** The drawing and its box: width, height above the baseline plus depth below it, and depth, in em */
    public record Drawing(Element svg, double width, double height, double depth) {}

    private MathSvg() {}

    /** Draws the formula as an {@code svg} element of {@code doc}. */
    public static Drawing draw(Document doc, String tex, boolean display) throws TexError {
        TeXIcon icon;
        try {
            icon = new TeXFormula(withCaseSpace(tex)).createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                    UNITS_PER_EM);
        } catch (RuntimeException e) { // ParseException, and what JLaTeXMath throws on other input it cannot read
            // JLaTeXMath names the mistake but not its place: the caller points at the formula
            throw new TexError(0, "the formula cannot be typeset: " + message(e));
        }
        icon.setInsets(new Insets(0, 0, 0, 0), true);
        icon.setForeground(Color.BLACK);
        int w = Math.max(1, icon.getIconWidth());
        int h = Math.max(1, icon.getIconHeight());
        Document svgDoc = GenericDOMImplementation.getDOMImplementation().createDocument(NS, "svg", null);
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(svgDoc);
        ctx.setComment(null);
        SVGGraphics2D g = new SVGGraphics2D(ctx, true);
        g.setSVGCanvasSize(new Dimension(w, h));
        icon.paintIcon(null, g, 0, 0);
        Element root = g.getRoot();
        // Batik's empty <defs id="genericDefs"/>: the same id in every formula of the book document
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("defs") && !e.hasChildNodes()) {
                root.removeChild(e);
                break;
            }
        }
        root.setAttributeNS(null, "viewBox", "0 0 " + w + " " + h);
        g.dispose();
        Element svg = (Element) doc.importNode(root, true);
        return new Drawing(svg, w / UNITS_PER_EM, h / UNITS_PER_EM, icon.getIconDepth() / UNITS_PER_EM);
    }

    private static final Pattern CASES = Pattern.compile("(?s)\\\\begin\\{cases\\}.*?\\\\end\\{cases\\}");

    /**
     * JLaTeXMath sets the columns of {@code cases} with no space between them ("10for a rectangle"); LaTeX puts a
     * quad there. The quad is added for the drawing only: the TeX the reader sees (alt text, MathML) is as typed.
     */
    static String withCaseSpace(String tex) {
        Matcher m = CASES.matcher(tex);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group().replaceAll("(?<!\\\\)&", "&\\\\quad ")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return m.replaceAll("\\s+", " ");
    }
}
