package press.reader.cover;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import press.reader.cover.CoverGeometry.Box;

/** Renders the front cover (trim area only: no bleed, no spine) to a PNG, e.g. for the EPUB's cover image. */
public final class CoverImage {
    private CoverImage() {}

    /** The width that gives an image {@code heightPx} tall (e.g. 1600 px for an EPUB cover). */
    public static int widthForHeight(CoverSpec spec, int heightPx) {
        return Math.max(1, Math.round(heightPx * spec.trimWidthPt() / spec.trimHeightPt()));
    }

    /**
     * @param coverPdf the sheet written by {@link CoverMaker#write} for the same spec
     * @param widthPx  the width of the image; the height follows from the trim's proportions
     */
    public static byte[] renderFront(byte[] coverPdf, CoverSpec spec, int widthPx) throws IOException {
        if (widthPx < 1) throw new IllegalArgumentException("width must be at least 1 pixel");
        Box front = CoverGeometry.of(spec).front();
        try (PDDocument doc = Loader.loadPDF(coverPdf)) {
            PDPage page = doc.getPage(0);
            // PDFBox renders the crop box: narrowing it to the front panel renders just that panel.
            page.setCropBox(new PDRectangle(front.llx(), front.lly(), front.width(), front.height()));
            float scale = widthPx / front.width();
            BufferedImage image = new PDFRenderer(doc).renderImage(0, scale, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        }
    }
}
