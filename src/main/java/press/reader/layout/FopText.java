package press.reader.layout;

import org.xml.sax.helpers.DefaultHandler;

/**
 * The text filters every layout puts between the stylesheet's XSL-FO and FOP, in one place so that the whole-book
 * layout ({@link PrintLayout}) and the layout by page sequence ({@link ChapterLayout}) set the same text: no-break
 * spaces where FOP would break ({@link NoBreakSpaces}), right-to-left words joined and in visual order
 * ({@link RightToLeft}).
 */
final class FopText {
    private FopText() {}

    /** {@code fop}'s input handler behind the filters. */
    static DefaultHandler filters(DefaultHandler fop) {
        return new RightToLeft(new NoBreakSpaces(fop));
    }
}
