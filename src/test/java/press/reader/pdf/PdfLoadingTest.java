package press.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Loading a PDF whose objects lie in object streams (as FOP writes a tagged PDF) copies the file's object keys once,
 * not once per object stream (PDFBox's own loader: objects²/100 steps), and gives the same objects as PDFBox's.
 */
class PdfLoadingTest {
    @Test
    void theObjectKeysAreCopiedOnceWhateverTheNumberOfObjectStreams() throws IOException {
        for (int pages : new int[] {200, 800}) {
            byte[] pdf = withObjectStreams(pages);
            int[] copies = {0};
            try (PDDocument ours = PdfLoading.load(pdf, copies); PDDocument pdfbox = Loader.loadPDF(pdf)) {
                assertEquals(pages, ours.getNumberOfPages());
                for (int i = 0; i < pages; i += 37) {
                    assertEquals(pdfbox.getPage(i).getCOSObject().getString(COSName.getPDFName("Note")),
                            ours.getPage(i).getCOSObject().getString(COSName.getPDFName("Note")), "page " + i);
                }
                long streams = pdfbox.getDocument().getXrefTable().size() / 100;
                System.out.println(pages + " pages, about " + streams + " object streams: the object keys copied "
                        + copies[0] + " time(s) (PDFBox's loader: once per object stream opened)");
                assertTrue(streams >= 4, "the test PDF has too few object streams to test anything");
            }
            assertEquals(1, copies[0], pages + " pages");
        }
    }

    /** A PDF of {@code pages} pages, each with a note of its own, its objects in object streams. */
    private static byte[] withObjectStreams(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.getCOSObject().setString(COSName.getPDFName("Note"), "page " + i);
                page.getCOSObject().setItem(COSName.getPDFName("Extra"), new COSDictionary());
                doc.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        }
    }
}
