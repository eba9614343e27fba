package press.reader.figure;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Where each text of the figure lands, measured with the book's own fonts (styles/fonts), so that tests can
 * prove that no two texts touch: the box runs from the text's x (after text-anchor) across its advance width,
 * and from one font size above the baseline less a quarter (ascenders) to a quarter below (descenders).
 */
final class TextBoxes {
    record Box(String text, double x0, double y0, double x1, double y1) {
        boolean overlaps(Box o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }

        boolean overlapsVertically(Box o) {
            return y0 < o.y1 && o.y0 < y1;
        }
    }

    private static final Path FONTS = Path.of("styles", "fonts");
    private static final Map<String, Font> LOADED = new HashMap<>();
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    private TextBoxes() {}

    static Box of(Element text) {
        double x = Double.parseDouble(text.getAttribute("x"));
        double y = Double.parseDouble(text.getAttribute("y"));
        double size = Double.parseDouble(text.getAttribute("font-size"));
        double width = advance(text, text.getAttribute("font-family"), text.getAttribute("font-weight"), size);
        String anchor = text.getAttribute("text-anchor");
        if (anchor.isEmpty()) anchor = inherited(text, "text-anchor");
        double x0 = switch (anchor) {
            case "end" -> x - width;
            case "middle" -> x - width / 2;
            default -> x;
        };
        return new Box(text.getTextContent().trim(), x0, y - 0.75 * size, x0 + width, y + 0.25 * size);
    }

    static List<Box> of(List<Element> texts) {
        List<Box> boxes = new ArrayList<>();
        for (Element t : texts) boxes.add(of(t));
        return boxes;
    }

    /** The advance of an element's text, tspan by tspan, with whitespace collapsed as SVG does. */
    private static double advance(Element e, String family, String weight, double size) {
        double sum = 0;
        StringBuilder run = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                run.append(n.getNodeValue());
            } else if (n instanceof Element span) {
                sum += width(collapse(run), family, weight, size);
                run.setLength(0);
                String f = span.getAttribute("font-family").isEmpty() ? family : span.getAttribute("font-family");
                String w = span.getAttribute("font-weight").isEmpty() ? weight : span.getAttribute("font-weight");
                double s = span.getAttribute("font-size").isEmpty() ? size : Double.parseDouble(span.getAttribute("font-size"));
                double dx = span.getAttribute("dx").isEmpty() ? 0 : Double.parseDouble(span.getAttribute("dx"));
                sum += dx + advance(span, f, w, s);
            }
        }
        return sum + width(collapse(run), family, weight, size);
    }

    private static String collapse(CharSequence s) {
        return s.toString().replaceAll("[\\n\\r]", "").replace('\t', ' ').replaceAll(" +", " ");
    }

    private static double width(String s, String family, String weight, double size) {
        if (s.isEmpty()) return 0;
        return font(family, weight).deriveFont((float) size).getStringBounds(s, FRC).getWidth();
    }

    private static synchronized Font font(String family, String weight) {
        String name = family.replace("'", "").replace("\"", "").trim();
        boolean bold = "bold".equals(weight);
        String file = switch (name) {
            case "Linux Libertine O" -> bold ? "LinLibertine_RB.otf" : "LinLibertine_R.otf";
            case "Linux Biolinum O" -> bold ? "LinBiolinum_RB.otf" : "LinBiolinum_R.otf";
            default -> throw new AssertionError("a text uses a font the book does not embed: " + family);
        };
        return LOADED.computeIfAbsent(file, f -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, FONTS.resolve(f).toFile());
            } catch (Exception ex) {
                throw new AssertionError("cannot load " + f, ex);
            }
        });
    }

    private static String inherited(Element e, String attribute) {
        for (Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
            if (p.hasAttribute(attribute)) return p.getAttribute(attribute);
        }
        return "start";
    }
}
