package press.reader.cover;

import static press.reader.cover.CoverStyle.*;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import press.reader.cover.CoverGeometry.Box;
import press.reader.cover.Ink.Align;

/** Draws the three panels of the cover: back (blurb, barcode space), spine (title, editors), front. */
final class CoverPanels {
    private final CoverSpec spec;
    private final CoverGeometry geo;
    private final CoverFonts fonts;
    private final Ink ink;

    CoverPanels(CoverSpec spec, CoverGeometry geo, CoverFonts fonts, Ink ink) {
        this.spec = new CoverSpec(Quotes.curl(spec.title()), Quotes.curl(spec.subtitle()),
                spec.editors().stream().map(Quotes::curl).toList(), Quotes.curl(spec.blurb()), spec.isbn(),
                spec.trimWidthPt(), spec.trimHeightPt(), spec.interiorPages(), spec.paperThicknessIn(),
                spec.bleedIn(), spec.fontsDir(), spec.epochSeconds(), Quotes.curl(spec.credit()),
                spec.contributors().stream().map(Quotes::curl).toList(), Quotes.curl(spec.imprint()));
        this.geo = geo;
        this.fonts = fonts;
        this.ink = ink;
    }

    void drawAll() {
        Box sheet = geo.mediaBox();
        ink.fillRect(sheet.llx(), sheet.lly(), sheet.width(), sheet.height(), FIELD);
        drawFront(geo.front());
        if (CoverMaker.spineHasText(spec)) drawSpine(geo.spine());
        drawBack(geo.back());
    }

    // ---------------------------------------------------------------- front

    private void drawFront(Box front) {
        float left = front.llx() + PANEL_MARGIN;
        float width = front.width() - 2 * PANEL_MARGIN;

        float size = TITLE_SIZE;
        List<String> title = LineBreaker.wrap(spec.title(), fonts.serif(), size, width);
        while (size > TITLE_MIN_SIZE && (title.size() > TITLE_MAX_LINES
                || LineBreaker.widest(title, fonts.serif(), size, 0) > width)) {
            size -= 1;
            title = LineBreaker.wrap(spec.title(), fonts.serif(), size, width);
        }
        float y = front.ury() - TITLE_TOP * front.height() - Ink.capHeight(fonts.serif(), size);
        for (int i = 0; i < title.size(); i++) {
            if (i > 0) y -= size * TITLE_LEADING;
            ink.text(title.get(i), fonts.serif(), size, 0, PAPER, Align.LEFT, left, y, 0);
        }

        float ruleY = y - size * 0.62f;
        ink.hline(left, left + RULE_LENGTH, ruleY, RULE_WIDTH, GOLD);

        if (!spec.subtitle().isEmpty()) {
            float sy = ruleY - SUBTITLE_SIZE * 1.75f;
            for (String line : LineBreaker.wrap(spec.subtitle(), fonts.italic(), SUBTITLE_SIZE, width * 0.92f)) {
                ink.text(line, fonts.italic(), SUBTITLE_SIZE, 0, PAPER, Align.LEFT, left, sy, 0);
                sy -= SUBTITLE_SIZE * SUBTITLE_LEADING;
            }
        }

        if (!spec.credit().isEmpty()) {
            // the press's own words, as on the title page: no label of the cover's own
            List<String> lines = LineBreaker.wrap(spec.credit(), fonts.italic(), EDITOR_LABEL_SIZE, width);
            float cy = front.lly() + EDITOR_BOTTOM + (lines.size() - 1) * EDITOR_LABEL_SIZE * 1.4f;
            ink.hline(left, left + width, cy + EDITOR_LABEL_SIZE * 2.2f, RULE_WIDTH * 0.6f, GOLD);
            for (String line : lines) {
                ink.text(line, fonts.italic(), EDITOR_LABEL_SIZE, 0, PAPER, Align.LEFT, left, cy, 0);
                cy -= EDITOR_LABEL_SIZE * 1.4f;
            }
        } else if (!spec.editors().isEmpty()) {
            float tracking = EDITOR_SIZE * CAPS_TRACKING;
            List<String> names = LineBreaker.wrap(caps(joinNames(spec.editors())), fonts.sans(), EDITOR_SIZE, tracking, width);
            float ny = front.lly() + EDITOR_BOTTOM + (names.size() - 1) * EDITOR_SIZE * 1.5f;
            float labelY = ny + EDITOR_LABEL_SIZE * 1.7f;
            ink.hline(left, left + width, labelY + EDITOR_LABEL_SIZE * 2.2f, RULE_WIDTH * 0.6f, GOLD);
            ink.text("Edited by", fonts.italic(), EDITOR_LABEL_SIZE, 0, GOLD, Align.LEFT, left, labelY, 0);
            for (String line : names) {
                ink.text(line, fonts.sans(), EDITOR_SIZE, tracking, PAPER, Align.LEFT, left, ny, 0);
                ny -= EDITOR_SIZE * 1.5f;
            }
        }
    }

    // ---------------------------------------------------------------- spine

    /** Title from the top, editors at the foot, both reading top to bottom and centred across the spine. */
    private void drawSpine(Box spine) {
        float length = spine.height() - 2 * SPINE_END_MARGIN;
        String editors = caps(joinNames(spec.editors()));
        // as large as the spine allows: within SPINE_FILL of its width, and clear of both folds
        float room = Math.min(spine.width() * SPINE_FILL, spine.width() - 2 * SPINE_CLEARANCE);
        float size = Math.min(SPINE_TITLE_MAX_SIZE, room / capAndDescent(fonts.serif()));
        while (size > 5 && spineLength(size, editors) > length) size -= 0.5f;
        if (spineLength(size, "") > length) return; // a title too long for the spine at any legible size
        boolean withEditors = !editors.isEmpty() && spineLength(size, editors) <= length;

        float top = spine.ury() - SPINE_END_MARGIN;
        // centred across the spine from the descenders to the cap line, so both folds are equally clear
        float x = spine.centerX() - (Ink.capHeight(fonts.serif(), size) - Ink.descent(fonts.serif(), size)) / 2;
        ink.text(spec.title(), fonts.serif(), size, 0, PAPER, Align.LEFT, x, top, -90);
        if (withEditors) {
            float es = editorSpineSize(size);
            float ex = spine.centerX() - (Ink.capHeight(fonts.sans(), es) - Ink.descent(fonts.sans(), es)) / 2;
            ink.text(editors, fonts.sans(), es, es * CAPS_TRACKING, GOLD, Align.RIGHT, ex,
                    spine.lly() + SPINE_END_MARGIN, -90);
        }
    }

    private float spineLength(float size, String editors) {
        float title = fonts.serif().getWidthPointKerned(spec.title(), size);
        if (editors.isEmpty()) return title;
        float es = editorSpineSize(size);
        return title + size * 2.5f + LineBreaker.width(editors, fonts.sans(), es, es * CAPS_TRACKING);
    }

    private static float editorSpineSize(float titleSize) {
        return titleSize * 0.72f;
    }

    private static float capAndDescent(BaseFont f) {
        return Ink.capHeight(f, 1) + Ink.descent(f, 1);
    }

    // ---------------------------------------------------------------- back

    /**
     * The back, from the top: the title in spaced capitals and a rule, the blurb, the credit line (editors and
     * contributors); at the foot the imprint on the left and, with an ISBN, its EAN-13 barcode on the right.
     */
    private void drawBack(Box back) {
        float left = back.llx() + PANEL_MARGIN;
        float width = back.width() - 2 * PANEL_MARGIN;
        float headTracking = BACK_HEAD_SIZE * CAPS_TRACKING;
        float headY = back.ury() - BLURB_TOP;
        List<String> head = LineBreaker.wrap(caps(spec.title()), fonts.sans(), BACK_HEAD_SIZE, headTracking, width);
        for (String line : head) {
            ink.text(line, fonts.sans(), BACK_HEAD_SIZE, headTracking, GOLD, Align.LEFT, left, headY, 0);
            headY -= BACK_HEAD_SIZE * 1.5f;
        }
        float ruleY = headY + BACK_HEAD_SIZE * 1.5f - BACK_HEAD_SIZE * 1.1f;
        ink.hline(left, left + RULE_LENGTH * 0.6f, ruleY, RULE_WIDTH * 0.8f, GOLD);

        float foot = back.lly() + BARCODE_INSET;
        float floor = foot + (spec.hasIsbn() ? BARCODE_HEIGHT : IMPRINT_SIZE) + 0.4f * 72;
        List<String> credit = LineBreaker.wrap(creditLine(), fonts.italic(), CREDIT_SIZE, width);
        float creditHeight = credit.isEmpty() ? 0 : credit.size() * CREDIT_SIZE * CREDIT_LEADING + CREDIT_SIZE * 1.2f;
        float y = drawBlurb(left, ruleY - BLURB_SIZE * 2.2f, width, floor + creditHeight);
        y -= CREDIT_SIZE * 0.6f;
        for (String line : credit) {
            ink.text(line, fonts.italic(), CREDIT_SIZE, 0, GOLD, Align.LEFT, left, y, 0);
            y -= CREDIT_SIZE * CREDIT_LEADING;
        }

        if (!spec.imprint().isEmpty()) {
            float tracking = IMPRINT_SIZE * CAPS_TRACKING;
            ink.text(caps(spec.imprint()), fonts.sans(), IMPRINT_SIZE, tracking, PAPER, Align.LEFT, left, foot, 0);
        }
        if (spec.hasIsbn()) drawBarcode(back);
    }

    /**
     * "Edited by A and B, with essays by C, D and E": who made the book, on its back. A press's own credit line
     * (book.yaml {@code credit}) stands in place of the editors' names, in its own words.
     */
    private String creditLine() {
        List<String> others = spec.contributors().stream().filter(c -> !spec.editors().contains(c)).distinct().toList();
        String edited = !spec.credit().isEmpty() ? spec.credit()
                : spec.editors().isEmpty() ? "" : "Edited by " + joinNames(spec.editors());
        if (others.isEmpty()) return edited;
        String with = "essays by " + joinNames(others);
        return edited.isEmpty() ? "With " + with : edited + ", with " + with;
    }

    /**
     * The blurb in paragraphs (blank lines separate them); smaller type if it would not fit above the floor.
     * Returns the baseline below its last line.
     */
    private float drawBlurb(float left, float top, float width, float floor) {
        if (spec.blurb().isEmpty()) return top;
        String[] paragraphs = spec.blurb().split("\\n\\s*\\n");
        float size = BLURB_SIZE;
        List<List<String>> set;
        while (true) {
            set = new ArrayList<>();
            float height = 0;
            for (String p : paragraphs) {
                List<String> lines = LineBreaker.wrap(p, fonts.serif(), size, width);
                set.add(lines);
                height += lines.size() * size * BLURB_LEADING + size * 0.6f;
            }
            if (top - height >= floor || size <= 8) break;
            size -= 0.5f;
        }
        float y = top;
        for (List<String> lines : set) {
            for (String line : lines) {
                ink.text(line, fonts.serif(), size, 0, PAPER, Align.LEFT, left, y, 0);
                y -= size * BLURB_LEADING;
            }
            y -= size * 0.6f;
        }
        return y;
    }

    /**
     * An unprinted box at the lower right of the back, with the ISBN above the EAN-13 barcode of its 13 digits
     * (OpenPDF's BarcodeEAN, the digits in the book's sans).
     */
    private void drawBarcode(Box back) {
        float x = back.urx() - BARCODE_INSET - BARCODE_WIDTH;
        float y = back.lly() + BARCODE_INSET;
        ink.fillRect(x, y, BARCODE_WIDTH, BARCODE_HEIGHT, WHITE);
        String label = spec.isbn().toUpperCase(Locale.ROOT).startsWith("ISBN") ? spec.isbn() : "ISBN " + spec.isbn();
        ink.text(label, fonts.sans(), ISBN_SIZE, ISBN_SIZE * 0.05f, BLACK, Align.CENTER, x + BARCODE_WIDTH / 2,
                y + BARCODE_HEIGHT - ISBN_SIZE * 1.6f, 0);
        ink.barcode(press.reader.manuscript.Isbn.ean13(spec.isbn(), "book.yaml", 0), fonts.sans(), BARCODE_MODULE,
                BARCODE_BAR_HEIGHT, BLACK, x + BARCODE_WIDTH / 2, y + BARCODE_HEIGHT - ISBN_SIZE * 2.6f);
    }

    // ---------------------------------------------------------------- text helpers

    static String joinNames(List<String> names) {
        if (names.size() <= 1) return names.isEmpty() ? "" : names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String caps(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
