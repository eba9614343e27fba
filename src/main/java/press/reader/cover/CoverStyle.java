package press.reader.cover;

import com.lowagie.text.pdf.CMYKColor;

/**
 * The designer's values for the cover, in one place. Colours are CMYK solids (process colours a printer can
 * match without an ICC profile); sizes are in points (1/72 in) unless a name says otherwise.
 * Change the look of the cover here; the drawing code in {@link CoverMaker} only reads these.
 */
final class CoverStyle {
    private CoverStyle() {}

    /** The background field over the whole sheet: a deep red, about #7a1712 on screen (total ink 260%). */
    static final CMYKColor FIELD = cmyk(0.15f, 0.95f, 0.95f, 0.55f);
    /** Type on the field: a warm off-white, about #f7eddb. */
    static final CMYKColor PAPER = cmyk(0.00f, 0.04f, 0.11f, 0.03f);
    /** Rules and small accents: a muted gold, about #d8a24a. */
    static final CMYKColor GOLD = cmyk(0.00f, 0.25f, 0.66f, 0.15f);
    /** The barcode box is unprinted paper; its label is black. */
    static final CMYKColor WHITE = cmyk(0f, 0f, 0f, 0f);
    static final CMYKColor BLACK = cmyk(0f, 0f, 0f, 1f);

    /** Nothing but the field within this distance of a trim edge or the spine folds. */
    static final float SAFE_MARGIN = 0.25f * 72;
    /** Type on the panels starts this far in from the trim edges. */
    static final float PANEL_MARGIN = 0.6f * 72;

    /** Front: the title is set as large as fits in at most TITLE_MAX_LINES lines, from TITLE_SIZE down. */
    static final float TITLE_SIZE = 46f;
    static final float TITLE_MIN_SIZE = 24f;
    static final int TITLE_MAX_LINES = 4;
    static final float TITLE_LEADING = 1.08f;          // times the size
    /** The title's cap line sits this far below the top trim, as a fraction of the trim height. */
    static final float TITLE_TOP = 0.20f;
    static final float SUBTITLE_SIZE = 15f;
    static final float SUBTITLE_LEADING = 1.3f;
    static final float RULE_WIDTH = 0.75f;
    static final float RULE_LENGTH = 1.1f * 72;
    static final float EDITOR_LABEL_SIZE = 11f;
    static final float EDITOR_SIZE = 10.5f;
    static final float CAPS_TRACKING = 0.14f;          // letter spacing of spaced capitals, times the size
    /** Editors' names end this far above the bottom trim. */
    static final float EDITOR_BOTTOM = 0.85f * 72;

    /** Spine: text only from this many interior pages (printers' minimum for spine text). */
    static final int SPINE_TEXT_MIN_PAGES = 80;
    /** Clearance between the spine's type and each fold, at least (1/16 in). */
    static final float SPINE_CLEARANCE = 0.0625f * 72;
    static final float SPINE_TITLE_MAX_SIZE = 13f;
    /** The spine's type is at most this fraction of the spine width tall (cap height plus descenders). */
    static final float SPINE_FILL = 0.42f;
    static final float SPINE_END_MARGIN = 0.55f * 72;

    /** Back: a small line of spaced capitals with the title, then the blurb. */
    static final float BACK_HEAD_SIZE = 9.5f;
    static final float BLURB_SIZE = 12f;
    static final float BLURB_LEADING = 1.42f;
    static final float BLURB_TOP = 1.15f * 72;
    /** The line naming the editors and the contributors, under the blurb (italic). */
    static final float CREDIT_SIZE = 10.5f;
    static final float CREDIT_LEADING = 1.35f;
    /** The imprint at the foot of the back, in spaced capitals, level with the barcode box's foot. */
    static final float IMPRINT_SIZE = 8.5f;
    /** The EAN-13 barcode: module (narrowest bar) width, bar height, and the white box round it. */
    static final float BARCODE_MODULE = 0.95f;     // 0.33 mm: the EAN-13 nominal size
    static final float BARCODE_BAR_HEIGHT = 0.75f * 72;
    /** A space for the barcode when there is an ISBN: unprinted, at the lower right of the back cover. */
    static final float BARCODE_WIDTH = 2.0f * 72;
    static final float BARCODE_HEIGHT = 1.2f * 72;
    static final float BARCODE_INSET = 0.45f * 72;
    static final float ISBN_SIZE = 7.5f;

    private static CMYKColor cmyk(float c, float m, float y, float k) {
        return new CMYKColor(c, m, y, k);
    }
}
