package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Saving without PDFBox's queue scan writes the file PDFBox's own save writes, byte for byte, and answers each "is it
 * queued already?" from a count instead of a scan of a queue as long as the book has pages.
 */
class PdfSavingTest {
    @Test
    void theFileIsPdfBoxsOwnAndNoQuestionScansTheQueue() throws IOException {
        int pages = 600;
        byte[] pdf = book(pages);
        ByteArrayOutputStream pdfbox = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.save(pdfbox, CompressParameters.NO_COMPRESSION);
        }
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        PdfSaving.CountedQueue queue = new PdfSaving.CountedQueue();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PdfSaving.save(doc, ours, queue);
        }
        assertArrayEquals(pdfbox.toByteArray(), ours.toByteArray(), "not the file PDFBox writes");
        System.out.println(pages + " pages: " + queue.asked + " questions answered from the count; the queue held up to "
                + queue.longest + " objects (PDFBox's writer scans it for each question)");
        assertTrue(PdfSaving.queueReplaced(), "PDFBox's writer has no queue of the expected name and type");
        assertTrue(queue.asked >= pages, "the writer did not ask the queue: " + queue.asked);
        assertTrue(queue.longest >= pages, "the test book is too small to test anything: " + queue.longest);
    }

    /**
     * A later PDFBox whose writer takes from the queue in a way the counted queue does not offer: the save falls back
     * to PDFBox's own, into the buffer emptied of what the first attempt wrote, and the file is still PDFBox's.
     */
    @Test
    void aQueueMethodNotOfferedFallsBackToPdfBoxsOwnSave() throws IOException {
        byte[] pdf = book(50);
        ByteArrayOutputStream pdfbox = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.save(pdfbox, CompressParameters.NO_COMPRESSION);
        }
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        NotOffered queue = new NotOffered(ours);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PdfSaving.save(doc, ours, queue);
        }
        assertTrue(queue.writtenWhenRefused > 0, "the writer had written nothing before the refusal: nothing to drop");
        assertArrayEquals(pdfbox.toByteArray(), ours.toByteArray(), "not the file PDFBox writes");
    }

    /** After the 20th object taken, the queue refuses to give one more, as a way of taking it offered by none. */
    private static final class NotOffered extends PdfSaving.CountedQueue {
        private final ByteArrayOutputStream out;
        private int taken;
        int writtenWhenRefused = -1;

        NotOffered(ByteArrayOutputStream out) {
            this.out = out;
        }

        @Override public COSBase pollFirst() {
            if (++taken > 20) {
                writtenWhenRefused = out.size();
                throw new UnsupportedOperationException();
            }
            return super.pollFirst();
        }

        @Override public COSBase removeFirst() {
            return pollFirst();
        }
    }

    /** A book of {@code pages} pages, each with objects of its own and one shared by all (queued once). */
    private static byte[] book(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            COSDictionary shared = new COSDictionary();
            shared.setDirect(false);
            shared.setString(COSName.getPDFName("Note"), "shared");
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.getCOSObject().setString(COSName.getPDFName("Note"), "page " + i);
                COSDictionary own = new COSDictionary();
                own.setDirect(false);
                COSArray both = new COSArray();
                both.add(own);
                both.add(shared);
                page.getCOSObject().setItem(COSName.getPDFName("Extra"), both);
                doc.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }
}
