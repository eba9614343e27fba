package press.reader.proof;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws a spread as one image: the two pages side by side on a grey desk, with a gutter between them and
 * around them. An empty side (before page 1, after an even last page) is left as desk, the width of a page.
 */
final class SpreadRenderer {
    static final Color DESK = new Color(0x8c, 0x8c, 0x8c);

    private final PDDocument doc;
    private final PDFRenderer renderer;
    private final float dpi;

    SpreadRenderer(PDDocument doc, float dpi) {
        this.doc = doc;
        this.renderer = new PDFRenderer(doc);
        this.dpi = dpi;
    }

    float dpi() {
        return dpi;
    }

    /** The gap between and around the pages: a sixth of an inch at the given resolution, at least 4 px. */
    int gutter() {
        return Math.max(4, Math.round(dpi / 6));
    }

    BufferedImage render(Spread spread) {
        BufferedImage left = spread.left() >= 0 ? PageImages.render(renderer, spread.left(), dpi) : null;
        BufferedImage right = spread.right() >= 0 ? PageImages.render(renderer, spread.right(), dpi) : null;
        BufferedImage any = left != null ? left : right;
        int leftWidth = left != null ? left.getWidth() : blankWidth(spread.right(), any);
        int rightWidth = right != null ? right.getWidth() : blankWidth(spread.left(), any);
        int height = Math.max(left != null ? left.getHeight() : 0, right != null ? right.getHeight() : 0);
        int g = gutter();

        BufferedImage out = new BufferedImage(leftWidth + rightWidth + 3 * g, height + 2 * g, BufferedImage.TYPE_INT_RGB);
        Graphics2D gfx = out.createGraphics();
        try {
            gfx.setColor(DESK);
            gfx.fillRect(0, 0, out.getWidth(), out.getHeight());
            if (left != null) gfx.drawImage(left, g, g, null);
            if (right != null) gfx.drawImage(right, 2 * g + leftWidth, g, null);
        } finally {
            gfx.dispose();
        }
        return out;
    }

    /** An empty side is as wide as its facing page. */
    private int blankWidth(int facingIndex, BufferedImage facing) {
        if (facing != null) return facing.getWidth();
        PDRectangle box = doc.getPage(facingIndex).getCropBox();
        return Math.round(box.getWidth() / 72f * dpi);
    }
}
