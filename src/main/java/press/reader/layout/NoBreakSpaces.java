package press.reader.layout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Sets every no-break space (U+00A0) of the XSL-FO as an ordinary space that no line may break at
 * ({@code <fo:inline keep-together.within-line="always"> </fo:inline>}), on its way from the stylesheet to FOP.
 *
 * <p>Why: FOP draws U+00A0 with the font's own no-break-space glyph, named {@code uni00A0} in the embedded font
 * and given no ToUnicode entry, so the PDF/UA check (ISO 14289-1, 7.21.7) fails and a screen reader cannot map it
 * back to text. The styles and the manuscript may use no-break spaces freely ("p.&#xA0;49", "— Ed."); the line
 * breaking is the same (tested), and the PDF's text keeps a space. A number range ("1921–22") is kept on one line
 * the same way. Only text FOP lays out in lines is changed:
 * directly inside a block, inline, link or wrapper — never in bookmarks, titles, or SVG, where an element is not
 * allowed.
 */
final class NoBreakSpaces extends ForwardingHandler {
    static final String FO = "http://www.w3.org/1999/XSL/Format";
    private static final Set<String> LINE_CONTENT = Set.of("block", "inline", "basic-link", "wrapper");
    private static final char NBSP = '\u00A0';
    private static final Pattern RANGE = Pattern.compile("\\p{Nd}+\u2013\\p{Nd}+");

    private final Deque<Boolean> lineContent = new ArrayDeque<>();

    NoBreakSpaces(DefaultHandler next) {
        super(next);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        lineContent.push(FO.equals(uri) && LINE_CONTENT.contains(localName));
        next.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        lineContent.pop();
        next.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (lineContent.isEmpty() || !lineContent.peek()) {
            next.characters(ch, start, length);
            return;
        }
        // a number range ("1921–22", "34–36") is kept on one line: a line that ends "1921–" reads as a year alone
        String text = new String(ch, start, length);
        Matcher range = RANGE.matcher(text);
        int from = 0;
        while (range.find()) {
            spaces(text.substring(from, range.start()));
            unbreakable(range.group());
            from = range.end();
        }
        spaces(text.substring(from));
    }

    private void spaces(String text) throws SAXException {
        char[] ch = text.toCharArray();
        int from = 0;
        for (int i = 0; i < ch.length; i++) {
            if (ch[i] != NBSP) continue;
            if (i > from) next.characters(ch, from, i - from);
            unbreakableSpace();
            from = i + 1;
        }
        if (ch.length > from) next.characters(ch, from, ch.length - from);
    }

    private void unbreakable(String text) throws SAXException {
        AttributesImpl keep = new AttributesImpl();
        keep.addAttribute("", "keep-together.within-line", "keep-together.within-line", "CDATA", "always");
        next.startElement(FO, "inline", "fo:inline", keep);
        next.characters(text.toCharArray(), 0, text.length());
        next.endElement(FO, "inline", "fo:inline");
    }

    private void unbreakableSpace() throws SAXException {
        unbreakable(" ");
    }
}
