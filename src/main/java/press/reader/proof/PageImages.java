package press.reader.proof;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadMemoryMappedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.UserError;

/** Opening PDFs and rendering their pages to images with PDFBox: for the proofs, and the build report's thumbnails. */
public final class PageImages {
    private PageImages() {}

    public static PDDocument open(Path pdf) {
        if (!Files.isRegularFile(pdf)) {
            throw new UserError(Diagnostic.error(pdf.toString(), 0, ProofCodes.NO_PDF, "no such PDF file"));
        }
        // Mapped, not read through PDFBox's buffered file: its checks and seeks on every byte the parser peeks at were
        // most of the warm build report's time (the print PDF parsed again for its openings' fingerprints), and a
        // mapping puts nothing of a fifty-times book's PDF on the heap. Closing the document closes the mapping.
        RandomAccessRead in = null;
        try {
            in = new RandomAccessReadMemoryMappedFile(pdf);
            return Loader.loadPDF(in);
        } catch (IOException e) {
            IOUtils.closeQuietly(in);
            throw new UserError(Diagnostic.error(pdf.toString(), 0, ProofCodes.UNREADABLE_PDF,
                    "cannot read the PDF: " + e.getMessage()));
        }
    }

    public static BufferedImage render(PDFRenderer renderer, int pageIndex, float dpi) {
        try {
            return renderer.renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render page " + (pageIndex + 1), e);
        }
    }

    public static void writePng(BufferedImage image, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("no PNG writer");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
