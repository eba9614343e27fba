package press.reader.proof;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The spreads of an open PDF as PNG images, one at a time, for a viewer that shows them on demand (the editor's
 * desk of {@code serve}); {@link ProofWriter} writes them all to a folder instead. Same drawing, same desk.
 */
public final class SpreadImages {
    private final PDDocument doc;
    private final SpreadRenderer renderer;
    private final List<Spread> spreads;

    public SpreadImages(PDDocument doc, float dpi) {
        this.doc = doc;
        this.renderer = new SpreadRenderer(doc, dpi);
        this.spreads = Spread.of(doc.getNumberOfPages(), PageRange.all());
    }

    public List<Spread> spreads() {
        return spreads;
    }

    /** The PNG of spread {@code index} (0-based, in page order). */
    public synchronized byte[] png(int index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(renderer.render(spreads.get(index)), "png", out)) throw new IOException("no PNG writer");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw spread " + (index + 1), e);
        }
        return out.toByteArray();
    }

    /**
     * The size in pixels of spread {@code index} as {@link #png} draws it ({width, height}), without drawing it: a
     * page shows the spreads at their size before they arrive.
     */
    public int[] size(int index) {
        Spread s = spreads.get(index);
        float scale = renderer.dpi() / 72f;
        int facing = s.left() >= 0 ? s.left() : s.right();
        var box = doc.getPage(facing).getCropBox();
        int left = Math.round((s.left() >= 0 ? doc.getPage(s.left()).getCropBox().getWidth() : box.getWidth()) * scale);
        int right = Math.round((s.right() >= 0 ? doc.getPage(s.right()).getCropBox().getWidth() : box.getWidth()) * scale);
        float height = Math.max(s.left() >= 0 ? doc.getPage(s.left()).getCropBox().getHeight() : 0,
                s.right() >= 0 ? doc.getPage(s.right()).getCropBox().getHeight() : 0);
        int g = renderer.gutter();
        return new int[] {left + right + 3 * g, Math.round(height * scale) + 2 * g};
    }

    public int pageCount() {
        return doc.getNumberOfPages();
    }
}
