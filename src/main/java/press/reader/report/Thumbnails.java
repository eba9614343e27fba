package press.reader.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import press.reader.memo.Fingerprint;
import press.reader.proof.PageImages;

/**
 * The build report's thumbnails drawn before, kept between the builds of one process by the fingerprint of their page
 * ({@link PageFingerprint}), or of the page sequence the layout made them in ({@link LaidPage}), and their resolution:
 * after a one-paragraph edit the report draws only the openings whose pages changed. A report keeps what it used and
 * lets the rest go, so the memory is one book's thumbnails.
 */
public final class Thumbnails {
    private Map<String, byte[]> kept = new HashMap<>();
    private Map<String, byte[]> used = new HashMap<>();
    private long drawn;
    /** Whether no report after this one asks again (a process that builds once): no page's fingerprint is taken. */
    private boolean forOneReport;

    /**
     * No report after the next one will ask for a thumbnail again (a process that builds once): each is drawn, and no
     * page's fingerprint taken (the walk through every object a page reaches, its fonts' bytes hashed).
     */
    public synchronized void keepNothing() {
        forOneReport = true;
        kept = new HashMap<>();
    }

    /** How many thumbnails this memory has drawn (a measure of work for the tests). */
    public synchronized long drawn() {
        return drawn;
    }

    /** The PNG of page {@code index} at {@code dpi}: kept, or drawn now. */
    byte[] png(PDFRenderer renderer, PDPage page, int index, float dpi) throws IOException {
        Drawing drawing = () -> PageImages.render(renderer, index, dpi);
        if (oneReport()) return drawn(drawing);
        return png(Fingerprint.of(PageFingerprint.of(page), dpi), drawing);
    }

    private synchronized boolean oneReport() {
        return forOneReport;
    }

    /**
     * The PNG of {@code page} {@code widthPx} wide: kept under its sequence's fingerprint, or drawn now from its
     * sequence's PDF (a few pages to read, not the book's).
     */
    byte[] png(LaidPage page, int widthPx) throws IOException {
        return png(Fingerprint.of("laid page", page.sequenceKey(), page.index(), widthPx), () -> {
            try (PDDocument doc = Loader.loadPDF(page.pdf())) {
                float dpi = widthPx / (doc.getPage(page.index()).getCropBox().getWidth() / 72f);
                return PageImages.render(new PDFRenderer(doc), page.index(), dpi);
            }
        });
    }

    /** How a thumbnail not kept is drawn. */
    private interface Drawing {
        BufferedImage draw() throws IOException;
    }

    private synchronized byte[] png(String key, Drawing drawing) throws IOException {
        byte[] png = used.get(key);
        if (png == null) png = kept.get(key);
        if (png == null) png = drawn(drawing);
        if (!forOneReport) used.put(key, png);
        return png;
    }

    private synchronized byte[] drawn(Drawing drawing) throws IOException {
        drawn++;
        return encode(drawing.draw());
    }

    /** The report is written: what it did not use goes. */
    synchronized void written() {
        kept = used;
        used = new HashMap<>();
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a thumbnail", e);
        }
    }
}
