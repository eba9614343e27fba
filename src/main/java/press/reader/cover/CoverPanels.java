package press.reader.cover;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import press.reader.cover.CoverGeometry.Box;
import press.reader.cover.Ink.Align;
import press.reader.manuscript.Isbn;

/** Draws the three panels of the cover: back (blurb, barcode space), spine (title, editors), front. */
final class CoverPanels {
    private final CoverSpec spec;
    private final CoverGeometry geo;
    private final CoverFonts fonts;
    private final Ink ink;
    /** The designer's values (styles/cover.yaml) */
    private final CoverStyle style;

    CoverPanels(CoverSpec spec, CoverGeometry geo, CoverFonts fonts, Ink ink) {
        this.spec = new CoverSpec(Quotes.curl(spec.title()), Quotes.curl(spec.subtitle()),
                spec.editors().stream().map(Quotes::curl).toList(), Quotes.curl(spec.blurb()), spec.isbn(),
                spec.trimWidthPt(), spec.trimHeightPt(), spec.interiorPages(), spec.paperThicknessIn(),
                spec.bleedIn(), spec.fontsDir(), spec.epochSeconds(), Quotes.curl(spec.credit()),
                spec.contributors().stream().map(Quotes::curl).toList(), Quotes.curl(spec.imprint()));
        this.geo = geo;
        this.fonts = fonts;
        this.ink = ink;
        this.style = CoverStyle.of(spec.fontsDir());
    }

    void drawAll() {
        Box sheet = geo.mediaBox();
        ink.fillRect(sheet.llx(), sheet.lly(), sheet.width(), sheet.height(), style.field);
        drawFront(geo.front());
        if (CoverMaker.spineHasText(spec)) drawSpine(geo.spine());
        drawBack(geo.back());
    }

    // ---------------------------------------------------------------- front

    private void drawFront(Box front) {
        float left = front.llx() + style.panelMargin;
        float width = front.width() - 2 * style.panelMargin;

        float size = style.titleSize;
        List<String> title = LineBreaker.wrap(spec.title(), fonts.serif(), size, width);
        while (size > style.titleMinSize && (title.size() > style.titleMaxLines
                || LineBreaker.widest(title, fonts.serif(), size, 0) > width)) {
            size -= 1;
            title = LineBreaker.wrap(spec.title(), fonts.serif(), size, width);
        }
        float y = front.ury() - style.titleTop * front.height() - Ink.capHeight(fonts.serif(), size);
        for (int i = 0; i < title.size(); i++) {
            if (i > 0) y -= size * style.titleLeading;
            ink.text(title.get(i), fonts.serif(), size, 0, style.paper, Align.LEFT, left, y, 0);
        }

        float ruleY = y - size * style.titleRuleDrop;
        ink.hline(left, left + style.ruleLength, ruleY, style.ruleWidth, style.gold);

        if (!spec.subtitle().isEmpty()) {
            float sy = ruleY - style.subtitleSize * style.subtitleDrop;
            for (String line : LineBreaker.wrap(spec.subtitle(), fonts.italic(), style.subtitleSize, width * style.subtitleMeasure)) {
                ink.text(line, fonts.italic(), style.subtitleSize, 0, style.paper, Align.LEFT, left, sy, 0);
                sy -= style.subtitleSize * style.subtitleLeading;
            }
        }

        if (!spec.credit().isEmpty()) {
            // the press's own words, as on the title page: no label of the cover's own
            List<String> lines = LineBreaker.wrap(spec.credit(), fonts.italic(), style.editorLabelSize, width);
            float cy = front.lly() + style.editorBottom + (lines.size() - 1) * style.editorLabelSize * style.frontCreditLeading;
            ink.hline(left, left + width, cy + style.editorLabelSize * style.editorRuleRise, style.ruleWidth * style.editorRuleWeight, style.gold);
            for (String line : lines) {
                ink.text(line, fonts.italic(), style.editorLabelSize, 0, style.paper, Align.LEFT, left, cy, 0);
                cy -= style.editorLabelSize * style.frontCreditLeading;
            }
        } else if (!spec.editors().isEmpty()) {
            float tracking = style.editorSize * style.capsTracking;
            List<String> names = LineBreaker.wrap(caps(joinNames(spec.editors(), style.wordAnd)), fonts.sans(), style.editorSize, tracking, width);
            float ny = front.lly() + style.editorBottom + (names.size() - 1) * style.editorSize * style.editorLeading;
            float labelY = ny + style.editorLabelSize * style.editorLabelRise;
            ink.hline(left, left + width, labelY + style.editorLabelSize * style.editorRuleRise, style.ruleWidth * style.editorRuleWeight, style.gold);
            ink.text(style.wordEditedBy, fonts.italic(), style.editorLabelSize, 0, style.gold, Align.LEFT, left, labelY, 0);
            for (String line : names) {
                ink.text(line, fonts.sans(), style.editorSize, tracking, style.paper, Align.LEFT, left, ny, 0);
                ny -= style.editorSize * style.editorLeading;
            }
        }
    }

    // ---------------------------------------------------------------- spine

    /** Title from the top, editors at the foot, both reading top to bottom and centred across the spine. */
    private void drawSpine(Box spine) {
        float length = spine.height() - 2 * style.spineEndMargin;
        String editors = caps(joinNames(spec.editors(), style.wordAnd));
        // as large as the spine allows: within the fill fraction of its width, and clear of both folds
        float room = Math.min(spine.width() * style.spineFill, spine.width() - 2 * style.spineClearance);
        float size = Math.min(style.spineTitleMaxSize, room / capAndDescent(fonts.serif()));
        while (size > style.spineMinSize && spineLength(size, editors) > length) size -= 0.5f;
        if (spineLength(size, "") > length) return; // a title too long for the spine at any legible size
        boolean withEditors = !editors.isEmpty() && spineLength(size, editors) <= length;

        float top = spine.ury() - style.spineEndMargin;
        // centred across the spine from the descenders to the cap line, so both folds are equally clear
        float x = spine.centerX() - (Ink.capHeight(fonts.serif(), size) - Ink.descent(fonts.serif(), size)) / 2;
        ink.text(spec.title(), fonts.serif(), size, 0, style.paper, Align.LEFT, x, top, -90);
        if (withEditors) {
            float es = editorSpineSize(size);
            float ex = spine.centerX() - (Ink.capHeight(fonts.sans(), es) - Ink.descent(fonts.sans(), es)) / 2;
            ink.text(editors, fonts.sans(), es, es * style.capsTracking, style.gold, Align.RIGHT, ex,
                    spine.lly() + style.spineEndMargin, -90);
        }
    }

    private float spineLength(float size, String editors) {
        float title = fonts.serif().getWidthPointKerned(spec.title(), size);
        if (editors.isEmpty()) return title;
        float es = editorSpineSize(size);
        return title + size * style.spineEditorsGap + LineBreaker.width(editors, fonts.sans(), es, es * style.capsTracking);
    }

    private float editorSpineSize(float titleSize) {
        return titleSize * style.spineEditorsSize;
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
        float left = back.llx() + style.panelMargin;
        float width = back.width() - 2 * style.panelMargin;
        float headTracking = style.backHeadSize * style.capsTracking;
        float headY = back.ury() - style.blurbTop;
        List<String> head = LineBreaker.wrap(caps(spec.title()), fonts.sans(), style.backHeadSize, headTracking, width);
        for (String line : head) {
            ink.text(line, fonts.sans(), style.backHeadSize, headTracking, style.gold, Align.LEFT, left, headY, 0);
            headY -= style.backHeadSize * style.backHeadLeading;
        }
        float ruleY = headY + style.backHeadSize * style.backHeadLeading - style.backHeadSize * style.backHeadRuleDrop;
        ink.hline(left, left + style.ruleLength * style.backRuleLength, ruleY, style.ruleWidth * style.backRuleWeight, style.gold);

        float foot = back.lly() + style.barcodeInset;
        float floor = foot + (spec.hasIsbn() ? style.barcodeHeight : style.imprintSize) + style.blurbFloor;
        List<String> credit = LineBreaker.wrap(creditLine(), fonts.italic(), style.creditSize, width);
        float creditHeight = credit.isEmpty() ? 0 : credit.size() * style.creditSize * style.creditLeading + style.creditSize * (2 * style.creditSpace);
        float y = drawBlurb(left, ruleY - style.blurbSize * style.blurbDrop, width, floor + creditHeight);
        y -= style.creditSize * style.creditSpace;
        for (String line : credit) {
            ink.text(line, fonts.italic(), style.creditSize, 0, style.gold, Align.LEFT, left, y, 0);
            y -= style.creditSize * style.creditLeading;
        }

        if (!spec.imprint().isEmpty()) {
            float tracking = style.imprintSize * style.capsTracking;
            ink.text(caps(spec.imprint()), fonts.sans(), style.imprintSize, tracking, style.paper, Align.LEFT, left, foot, 0);
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
                : spec.editors().isEmpty() ? "" : style.wordEditedBy + " " + joinNames(spec.editors(), style.wordAnd);
        if (others.isEmpty()) return edited;
        String with = style.wordWithEssaysBy + " " + joinNames(others, style.wordAnd);
        return edited.isEmpty() ? with.substring(0, 1).toUpperCase(Locale.ROOT) + with.substring(1) : edited + ", " + with;
    }

    /**
     * The blurb in paragraphs (blank lines separate them); smaller type if it would not fit above the floor.
     * Returns the baseline below its last line.
     */
    private float drawBlurb(float left, float top, float width, float floor) {
        if (spec.blurb().isEmpty()) return top;
        String[] paragraphs = spec.blurb().split("\\n\\s*\\n");
        float size = style.blurbSize;
        List<List<String>> set;
        while (true) {
            set = new ArrayList<>();
            float height = 0;
            for (String p : paragraphs) {
                List<String> lines = LineBreaker.wrap(p, fonts.serif(), size, width);
                set.add(lines);
                height += lines.size() * size * style.blurbLeading + size * style.blurbParagraphSpace;
            }
            if (top - height >= floor || size <= style.blurbMinSize) break;
            size -= 0.5f;
        }
        float y = top;
        for (List<String> lines : set) {
            for (String line : lines) {
                ink.text(line, fonts.serif(), size, 0, style.paper, Align.LEFT, left, y, 0);
                y -= size * style.blurbLeading;
            }
            y -= size * style.blurbParagraphSpace;
        }
        return y;
    }

    /**
     * An unprinted box at the lower right of the back, with the ISBN above the EAN-13 barcode of its 13 digits
     * (OpenPDF's BarcodeEAN, the digits in the book's sans).
     */
    private void drawBarcode(Box back) {
        float x = back.urx() - style.barcodeInset - style.barcodeWidth;
        float y = back.lly() + style.barcodeInset;
        ink.fillRect(x, y, style.barcodeWidth, style.barcodeHeight, style.barcodeBox);
        String label = spec.isbn().toUpperCase(Locale.ROOT).startsWith(style.wordIsbn.toUpperCase(Locale.ROOT))
                ? spec.isbn() : style.wordIsbn + " " + spec.isbn();
        ink.text(label, fonts.sans(), style.isbnSize, style.isbnSize * style.isbnTracking, style.barcodeInk, Align.CENTER, x + style.barcodeWidth / 2,
                y + style.barcodeHeight - style.isbnSize * style.isbnDrop, 0);
        ink.barcode(Isbn.ean13(spec.isbn(), "book.yaml", 0), fonts.sans(), style.barcodeModule,
                style.barcodeBarHeight, style.barcodeInk, x + style.barcodeWidth / 2, y + style.barcodeHeight - style.isbnSize * style.barsDrop);
    }

    // ---------------------------------------------------------------- text helpers

    static String joinNames(List<String> names, String and) {
        if (names.size() <= 1) return names.isEmpty() ? "" : names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
    }

    private static String caps(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
