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

    public int pageCount() {
        return doc.getNumberOfPages();
    }
}
