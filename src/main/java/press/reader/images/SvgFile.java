package press.reader.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An SVG image: its declared size, and the checks that keep it self-contained. An SVG may name other files (an
 * {@code <image href>}, a stylesheet, a script): FOP would read them from anywhere on the machine and the EPUB would
 * lack them, so only references within the drawing ({@code #id}) and inline data are allowed.
 */
final class SvgFile {
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(px|pt|pc|in|cm|mm)?\\s*");

    private SvgFile() {}

    static ImageFile read(Path file) throws ImageFile.Unusable, IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(file.toFile());
        } catch (SAXException | ParserConfigurationException e) {
            throw new ImageFile.Unusable("is not well-formed SVG (" + e.getMessage() + ")");
        }
        Element svg = doc.getDocumentElement();
        if (!"svg".equals(svg.getLocalName())) throw new ImageFile.Unusable("is not an SVG drawing (its root is <"
                + svg.getNodeName() + ">)");
        selfContained(svg);
        double[] box = viewBox(svg.getAttribute("viewBox"));
        double w = inches(svg.getAttribute("width"), box == null ? 0 : box[2]);
        double h = inches(svg.getAttribute("height"), box == null ? 0 : box[3]);
        if (w <= 0 || h <= 0) {
            throw new ImageFile.Unusable("declares no size; give its <svg> element width and height, or a viewBox");
        }
        return new ImageFile(ImageFile.Format.SVG, 0, 0, 0, w, h, false, 0);
    }

    private static void selfContained(Element e) throws ImageFile.Unusable {
        String name = e.getLocalName();
        if ("script".equals(name) || "foreignObject".equals(name)) {
            throw new ImageFile.Unusable("holds a <" + name + "> element, which neither the PDF nor the EPUB can carry; "
                    + "remove it");
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String value = a.getNodeValue().strip();
            if ("href".equals(a.getLocalName()) && !value.startsWith("#") && !value.startsWith("data:")) {
                throw new ImageFile.Unusable("refers to '" + value + "' outside the drawing; embed it in the SVG or "
                        + "draw it without it");
            }
            if (value.matches("(?s).*url\\(\\s*['\"]?(?!#|data:).*")) {
                throw new ImageFile.Unusable("refers to " + value + " outside the drawing; embed it in the SVG");
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) selfContained(child);
        }
    }

    private static double[] viewBox(String value) {
        String[] parts = value.strip().split("[\\s,]+");
        if (parts.length != 4) return null;
        try {
            double[] box = new double[4];
            for (int i = 0; i < 4; i++) box[i] = Double.parseDouble(parts[i]);
            return box;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A length of the SVG in inches; no unit is CSS pixels (96 to the inch); a percentage falls back to the view box. */
    private static double inches(String value, double fallbackPx) {
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) return fallbackPx / 96;
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2);
        return switch (unit) {
            case "pt" -> v / 72;
            case "pc" -> v / 6;
            case "in" -> v;
            case "cm" -> v / 2.54;
            case "mm" -> v / 25.4;
            default -> v / 96;
        };
    }
}
