package press.reader.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Writes PNG previews of the two-page spreads of a PDF, so an editor can look without a PDF viewer. */
public final class ProofWriter {
    private ProofWriter() {}

    /**
     * Renders the spreads that hold any page of {@code range} into {@code proofDir}, replacing the spreads of an
     * earlier run there (so no stale page is left to mislead).
     *
     * @return the files written, in page order
     */
    public static List<Path> write(Path pdf, Path proofDir, PageRange range, float dpi) {
        if (dpi <= 0 || dpi > 1200) throw new IllegalArgumentException("dpi must be between 1 and 1200");
        try (PDDocument doc = PageImages.open(pdf)) {
            int pages = doc.getNumberOfPages();
            PageRange cut = range.within(pages);
            removeOldSpreads(proofDir);
            SpreadRenderer renderer = new SpreadRenderer(doc, dpi);
            List<Path> written = new ArrayList<>();
            for (Spread spread : Spread.of(pages, cut)) {
                Path file = proofDir.resolve(spread.fileName(pages));
                PageImages.writePng(renderer.render(spread), file);
                written.add(file);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeOldSpreads(Path proofDir) throws IOException {
        if (!Files.isDirectory(proofDir)) return;
        try (DirectoryStream<Path> old = Files.newDirectoryStream(proofDir, "pages-*.png")) {
            for (Path p : old) Files.delete(p);
        }
    }
}
