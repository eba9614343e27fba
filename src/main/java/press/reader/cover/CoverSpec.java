package press.reader.cover;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything the cover needs, as plain values, so that the cover does not depend on the manuscript model.
 *
 * @param title            the book's title (required)
 * @param subtitle         the subtitle, or "" for none
 * @param editors          the editors' names, in order (may be empty)
 * @param blurb            the back-cover text, or "" for none
 * @param isbn             the ISBN as printed, or "" for none (then no barcode box is drawn)
 * @param trimWidthPt      trim width of one cover panel in points (the interior's trim width)
 * @param trimHeightPt     trim height in points
 * @param interiorPages    the interior's actual page count (drives the spine width)
 * @param paperThicknessIn the thickness of one page (one leaf side counted as a page) in inches, e.g. 0.0025
 * @param bleedIn          bleed on every side in inches, e.g. 0.125
 * @param fontsDir         folder with LinLibertine_R/RI/RB/RBI.otf and LinBiolinum_R/RB.otf
 * @param epochSeconds     the creation date written into the PDF; the same inputs give byte-identical output
 * @param credit           the press's own credit line (book.yaml {@code credit}), printed instead of the editors'
 *                         names under a label; "" for none
 * @param contributors     the authors of the book's pieces, named on the back cover (may be empty)
 * @param imprint          the publisher as printed at the foot of the back cover, or "" for none
 */
public record CoverSpec(String title, String subtitle, List<String> editors, String blurb, String isbn,
                        float trimWidthPt, float trimHeightPt, int interiorPages, float paperThicknessIn,
                        float bleedIn, Path fontsDir, long epochSeconds, String credit, List<String> contributors,
                        String imprint) {

    /** A cover that credits its editors by name, without contributors or imprint on its back. */
    public CoverSpec(String title, String subtitle, List<String> editors, String blurb, String isbn,
                     float trimWidthPt, float trimHeightPt, int interiorPages, float paperThicknessIn,
                     float bleedIn, Path fontsDir, long epochSeconds) {
        this(title, subtitle, editors, blurb, isbn, trimWidthPt, trimHeightPt, interiorPages, paperThicknessIn,
                bleedIn, fontsDir, epochSeconds, "", List.of(), "");
    }

    /** A cover with the press's credit line, without contributors or imprint on its back. */
    public CoverSpec(String title, String subtitle, List<String> editors, String blurb, String isbn,
                     float trimWidthPt, float trimHeightPt, int interiorPages, float paperThicknessIn,
                     float bleedIn, Path fontsDir, long epochSeconds, String credit) {
        this(title, subtitle, editors, blurb, isbn, trimWidthPt, trimHeightPt, interiorPages, paperThicknessIn,
                bleedIn, fontsDir, epochSeconds, credit, List.of(), "");
    }

    /** A cover that credits its editors by name, with contributors and imprint on its back. */
    public CoverSpec(String title, String subtitle, List<String> editors, String blurb, String isbn,
                     float trimWidthPt, float trimHeightPt, int interiorPages, float paperThicknessIn,
                     float bleedIn, Path fontsDir, long epochSeconds, List<String> contributors, String imprint) {
        this(title, subtitle, editors, blurb, isbn, trimWidthPt, trimHeightPt, interiorPages, paperThicknessIn,
                bleedIn, fontsDir, epochSeconds, "", contributors, imprint);
    }

    public CoverSpec {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) throw new IllegalArgumentException("a cover needs a title");
        subtitle = subtitle == null ? "" : subtitle.strip();
        editors = editors == null ? List.of() : List.copyOf(editors);
        blurb = blurb == null ? "" : blurb.strip();
        isbn = isbn == null ? "" : isbn.strip();
        credit = credit == null ? "" : credit.strip();
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
        imprint = imprint == null ? "" : imprint.strip();
        Objects.requireNonNull(fontsDir, "fontsDir");
        if (trimWidthPt <= 0 || trimHeightPt <= 0) throw new IllegalArgumentException("trim size must be positive");
        if (interiorPages < 0) throw new IllegalArgumentException("page count must not be negative");
        if (paperThicknessIn < 0 || bleedIn < 0) throw new IllegalArgumentException("thickness and bleed must not be negative");
    }

    public boolean hasIsbn() {
        return !isbn.isEmpty();
    }
}
