package press.reader.images;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The resolution at which each raster image is printed, read back from the laid-out PDF: its pixels over the width
 * it was drawn at. A layout fact, so it comes from the layout, not from a guess at the figure's size.
 */
public final class PrintResolution {
    /** One image drawn: on which page (1-based), its size in pixels, and its effective pixels per inch. */
    public record Drawn(int page, int widthPx, int heightPx, double ppi) {}

    private PrintResolution() {}

    public static List<Drawn> measure(byte[] pdf) throws IOException {
        List<Drawn> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = 0;
            for (PDPage page : doc.getPages()) {
                int pageNumber = ++n;
                new Engine(page, out, pageNumber).processPage(page);
            }
        }
        return out;
    }

    private static final class Engine extends PDFGraphicsStreamEngine {
        private final List<Drawn> out;
        private final int page;

        Engine(PDPage p, List<Drawn> out, int page) {
            super(p);
            this.out = out;
            this.page = page;
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            double widthIn = Math.abs(m.getScalingFactorX()) / 72;
            if (widthIn <= 0) return;
            out.add(new Drawn(page, image.getWidth(), image.getHeight(), image.getWidth() / widthIn));
        }

        @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
        @Override public void clip(int windingRule) { }
        @Override public void moveTo(float x, float y) { }
        @Override public void lineTo(float x, float y) { }
        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
        @Override public Point2D getCurrentPoint() { return new Point2D.Float(0, 0); }
        @Override public void closePath() { }
        @Override public void endPath() { }
        @Override public void strokePath() { }
        @Override public void fillPath(int windingRule) { }
        @Override public void fillAndStrokePath(int windingRule) { }
        @Override public void shadingFill(COSName shadingName) { }
    }
}
