package press.reader.layout;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Sets right-to-left words (Arabic, Hebrew) in the XSL-FO as FOP can draw them: joined and in visual order, on
 * their way from the stylesheet to FOP.
 *
 * <p>Why: FOP runs without complex scripts (styles/fop.xconf: with them on it fails on justified text), so it
 * neither joins Arabic letters nor reverses right-to-left text: "الثورة" came out as six isolated letters, left to
 * right. Here each text of a line (directly inside a block, inline, link or wrapper; never bookmarks or titles,
 * which a PDF viewer orders itself) that has a right-to-left character is shaped with ICU (the letters become their
 * joined presentation forms, which the fallback face Noto Naskh Arabic has) and its right-to-left runs are reversed
 * (ICU's bidirectional algorithm, the paragraph left to right). A run of up to {@value #KEPT_TOGETHER} characters
 * is kept on one line, as its words would otherwise be broken in the wrong order; a longer run breaks, and its
 * lines then follow one another top to bottom in the order they were written. Text extraction (PDFBox, a screen
 * reader's) maps the presentation forms back to letters and reorders the run. Texts with no right-to-left
 * character pass unchanged.
 */
final class RightToLeft extends ForwardingHandler {
    static final int KEPT_TOGETHER = 60;
    private static final String FO = NoBreakSpaces.FO;
    private static final Set<String> LINE_CONTENT = Set.of("block", "inline", "basic-link", "wrapper");

    private final Deque<Boolean> lineContent = new ArrayDeque<>();
    private final StringBuilder pending = new StringBuilder();

    RightToLeft(DefaultHandler next) {
        super(next);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        flush();
        lineContent.push(FO.equals(uri) && LINE_CONTENT.contains(localName));
        next.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        flush();
        lineContent.pop();
        next.endElement(uri, localName, qName);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        flush();
        next.processingInstruction(target, data);
    }

    @Override
    public void endDocument() throws SAXException {
        flush();
        next.endDocument();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (lineContent.isEmpty() || !lineContent.peek()) {
            next.characters(ch, start, length);
            return;
        }
        if (pending.length() == 0 && !hasRightToLeft(ch, start, length)) {
            next.characters(ch, start, length);
            return;
        }
        pending.append(ch, start, length);
    }

    /** A text with a right-to-left character may come in several events: it is set once it is whole. */
    private void flush() throws SAXException {
        if (pending.length() == 0) return;
        String text = pending.toString();
        pending.setLength(0);
        if (!hasRightToLeft(text.toCharArray(), 0, text.length())) {
            next.characters(text.toCharArray(), 0, text.length());
            return;
        }
        String shaped = shape(text);
        Bidi bidi = new Bidi(shaped, Bidi.LTR);
        for (int i = 0, n = bidi.countRuns(); i < n; i++) {
            BidiRun run = bidi.getVisualRun(i);
            String part = shaped.substring(run.getStart(), run.getLimit());
            if (run.isOddRun()) {
                emitRightToLeft(Bidi.writeReverse(part, Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING));
            } else {
                next.characters(part.toCharArray(), 0, part.length());
            }
        }
    }

    private void emitRightToLeft(String visual) throws SAXException {
        if (visual.length() > KEPT_TOGETHER) {
            next.characters(visual.toCharArray(), 0, visual.length());
            return;
        }
        AttributesImpl keep = new AttributesImpl();
        keep.addAttribute("", "keep-together.within-line", "keep-together.within-line", "CDATA", "always");
        next.startElement(FO, "inline", "fo:inline", keep);
        next.characters(visual.toCharArray(), 0, visual.length());
        next.endElement(FO, "inline", "fo:inline");
    }

    /** Arabic letters joined: each becomes the presentation form for its place in the word (and lam-alef one). */
    private static String shape(String text) {
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
                    | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
        } catch (ArabicShapingException e) {
            return text;   // cannot happen with LENGTH_GROW_SHRINK; unshaped letters are still the right letters
        }
    }

    /** True if a character is of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their forms). */
    static boolean hasRightToLeft(char[] ch, int start, int length) {
        for (int i = start, end = start + length; i < end; i++) {
            char c = ch[i];
            if (c < '\u0590') continue;
            if (c <= '\u08FF' || (c >= '\uFB1D' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF')) return true;
            if (Character.isHighSurrogate(c) && i + 1 < end) {
                byte dir = Character.getDirectionality(Character.toCodePoint(c, ch[i + 1]));
                if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) return true;
            }
        }
        return false;
    }
}
