package press.reader.cover;

import com.lowagie.text.pdf.Barcode;
import com.lowagie.text.pdf.BarcodeEAN;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CMYKColor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/** Puts single lines of type and solid shapes on a page: the few drawing moves the cover needs. */
final class Ink {
    enum Align { LEFT, CENTER, RIGHT }

    private final PdfContentByte cb;

    Ink(PdfContentByte cb) {
        this.cb = cb;
    }

    void fillRect(float x, float y, float w, float h, CMYKColor color) {
        cb.saveState();
        cb.setColorFill(color);
        cb.rectangle(x, y, w, h);
        cb.fill();
        cb.restoreState();
    }

    void hline(float x1, float x2, float y, float weight, CMYKColor color) {
        cb.saveState();
        cb.setColorStroke(color);
        cb.setLineWidth(weight);
        cb.moveTo(x1, y);
        cb.lineTo(x2, y);
        cb.stroke();
        cb.restoreState();
    }

    /**
     * One line of text. With tracking the letters are spaced out; the trailing space after the last letter is
     * not counted when aligning, so that spaced capitals still centre and right-align on their letters.
     * A rotation of -90 degrees reads from top to bottom (the spine).
     */
    void text(String s, BaseFont font, float size, float tracking, CMYKColor color, Align align, float x, float y,
              float rotation) {
        float width = LineBreaker.width(s, font, size, tracking) - (s.isEmpty() ? 0 : tracking);
        float offset = switch (align) {
            case LEFT -> 0;
            case CENTER -> width / 2;
            case RIGHT -> width;
        };
        double rad = Math.toRadians(rotation);
        float cos = (float) Math.cos(rad);
        float sin = (float) Math.sin(rad);
        // Round away floating-point noise such as cos(-90 degrees) = 6e-17, so the matrix is exact.
        cos = Math.round(cos * 1e6f) / 1e6f;
        sin = Math.round(sin * 1e6f) / 1e6f;
        cb.saveState();
        cb.beginText();
        cb.setColorFill(color);
        cb.setFontAndSize(font, size);
        cb.setCharacterSpacing(tracking);
        cb.setTextMatrix(cos, sin, -sin, cos, x - offset * cos, y - offset * sin);
        cb.showTextKerned(s); // the pair kerning of the font's kern table (styles/fonts/derive.py)
        cb.endText();
        cb.restoreState();
    }

    /**
     * An EAN-13 barcode of {@code digits} (13), its digits set in {@code font} under the bars, centred on
     * {@code centreX} with its top at {@code top}. Drawn by OpenPDF's BarcodeEAN into a form of its own.
     */
    void barcode(String digits, BaseFont font, float module, float barHeight, CMYKColor color, float centreX, float top) {
        BarcodeEAN ean = new BarcodeEAN();
        ean.setCodeType(Barcode.EAN13);
        ean.setCode(digits);
        ean.setFont(font);
        ean.setX(module);
        ean.setSize(module * 9.5f);
        ean.setBaseline(module * 9.5f);
        ean.setBarHeight(barHeight);
        ean.setGuardBars(true);
        PdfTemplate form = ean.createTemplateWithBarcode(cb, color, color);
        cb.addTemplate(form, centreX - form.getWidth() / 2, top - form.getHeight());
    }

    static float capHeight(BaseFont font, float size) {
        return font.getFontDescriptor(BaseFont.CAPHEIGHT, size);
    }

    static float descent(BaseFont font, float size) {
        return -font.getFontDescriptor(BaseFont.DESCENT, size);
    }
}
