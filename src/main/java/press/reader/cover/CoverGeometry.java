package press.reader.cover;

/**
 * Where the panels of a cover sheet lie, in PDF points with the origin at the lower left of the sheet.
 * From left to right: bleed, back cover, spine, front cover, bleed; bleed also above and below.
 * The trim box is the flat cover (back + spine + front); the bleed box is the whole sheet.
 */
public record CoverGeometry(float bleed, float trimWidth, float trimHeight, float spineWidth) {

    public static final float POINTS_PER_INCH = 72f;

    public static CoverGeometry of(CoverSpec spec) {
        float spineIn = CoverMaker.spineWidthIn(spec.interiorPages(), spec.paperThicknessIn());
        return new CoverGeometry(spec.bleedIn() * POINTS_PER_INCH, spec.trimWidthPt(), spec.trimHeightPt(),
                spineIn * POINTS_PER_INCH);
    }

    public float sheetWidth() {
        return 2 * trimWidth + spineWidth + 2 * bleed;
    }

    public float sheetHeight() {
        return trimHeight + 2 * bleed;
    }

    public Box mediaBox() {
        return new Box(0, 0, sheetWidth(), sheetHeight());
    }

    public Box bleedBox() {
        return mediaBox();
    }

    public Box trimBox() {
        return new Box(bleed, bleed, sheetWidth() - bleed, sheetHeight() - bleed);
    }

    public Box back() {
        return new Box(bleed, bleed, bleed + trimWidth, bleed + trimHeight);
    }

    public Box spine() {
        return new Box(bleed + trimWidth, bleed, bleed + trimWidth + spineWidth, bleed + trimHeight);
    }

    public Box front() {
        float x = bleed + trimWidth + spineWidth;
        return new Box(x, bleed, x + trimWidth, bleed + trimHeight);
    }

    /** A rectangle by its lower-left and upper-right corners. */
    public record Box(float llx, float lly, float urx, float ury) {
        public float width() {
            return urx - llx;
        }

        public float height() {
            return ury - lly;
        }

        public float centerX() {
            return (llx + urx) / 2;
        }
    }
}
