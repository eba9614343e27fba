package press.reader.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * The page sequences' PDFs as PDFBox has read them, kept between the builds of one workshop: after a one-paragraph edit
 * the book is put together from the sequences read before and the one laid out again, instead of reading every
 * sequence's PDF anew (half of the assembly's time). What the assembly changes in a kept sequence it sets again each
 * time from what was read (the links to other sequences, the page tree a page hangs in); the first sequence, whose
 * catalogue and page tree become the book's, is read anew each time. Kept only up to {@link #KEPT_BYTES} of PDF: a
 * book of thousands of pages is assembled from its bytes, as a cold build does.
 */
final class ParsedSequences {
    /** The most PDF bytes whose documents are kept (a 10x book's sequences; read, they take a few times that). */
    static final long KEPT_BYTES = 32L << 20;

    /** One sequence's PDF, read: its pages, the places it names, its links to places in other sequences. */
    static final class Parsed {
        final PDDocument doc;
        final List<PDPage> pages = new ArrayList<>();
        final Map<String, PDPageDestination> places = new HashMap<>();
        /** The links laid out to {@link ChapterPdf#GOTO}{@code id}, with the id each goes to. */
        final List<Map.Entry<PDAnnotationLink, String>> crossLinks = new ArrayList<>();

        private Parsed(byte[] pdf, boolean frame) throws IOException {
            doc = Loader.loadPDF(pdf);
            for (PDPage p : doc.getPages()) {
                pages.add(p);
                if (!frame) keepInherited(p);
                for (PDAnnotation a : p.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link) || !(link.getAction() instanceof PDActionURI uri)) continue;
                    String address = uri.getURI();
                    if (address != null && address.startsWith(ChapterPdf.GOTO)) {
                        crossLinks.add(Map.entry(link, address.substring(ChapterPdf.GOTO.length())));
                    }
                }
            }
            NamedPlaces.collect(doc, places);
        }

        /** A page leaves its page tree: what it inherited from it is written on the page itself. */
        static void keepInherited(PDPage p) {
            COSDictionary page = p.getCOSObject();
            if (!page.containsKey(COSName.RESOURCES)) p.setResources(p.getResources());
            if (!page.containsKey(COSName.MEDIA_BOX)) p.setMediaBox(p.getMediaBox());
            if (!page.containsKey(COSName.ROTATE) && p.getRotation() != 0) p.setRotation(p.getRotation());
        }

    }

    /** Kept documents by their PDF (the cache's own byte array: one layout, one array). */
    private Map<byte[], Parsed> kept = new IdentityHashMap<>();
    private Map<byte[], Parsed> used = new IdentityHashMap<>();
    private final List<Parsed> fresh = new ArrayList<>();
    private long reads;
    /** The most PDF bytes whose documents are kept ({@link #KEPT_BYTES}, or none in a process that builds once). */
    private long keptBytes = KEPT_BYTES;

    /** Keeps no document after an assembly (see {@link ChapterLayout.Cache#keepNothingAfterLayout}). */
    synchronized void keepNothing() {
        keptBytes = -1;
    }

    /** How many sequence PDFs have been read (a measure of work for the tests). */
    synchronized long reads() {
        return reads;
    }

    /** The first sequence: read anew, as the assembly makes its catalogue and page tree the book's. */
    Parsed frame(byte[] pdf) throws IOException {
        Parsed p = new Parsed(pdf, true);
        reads++;
        fresh.add(p);
        return p;
    }

    /** A later sequence: as read before, or read now. */
    Parsed sequence(byte[] pdf) throws IOException {
        Parsed p = used.containsKey(pdf) ? null : kept.remove(pdf);
        if (p == null) {
            p = new Parsed(pdf, false);
            reads++;
            if (used.containsKey(pdf)) {         // the same PDF twice in one book: a copy of its own
                fresh.add(p);
                return p;
            }
        }
        used.put(pdf, p);
        return p;
    }

    /**
     * The assembly is saved: the frames and what it did not use are closed; what it used is kept for the next one,
     * unless there is more of it than {@link #KEPT_BYTES}.
     */
    void assembled() {
        long bytes = 0;
        for (byte[] pdf : used.keySet()) bytes += pdf.length;
        List<Parsed> closing = new ArrayList<>(fresh);
        closing.addAll(kept.values());
        if (bytes > keptBytes) {
            closing.addAll(used.values());
            used.clear();
        }
        fresh.clear();
        kept = used;
        used = new IdentityHashMap<>();
        for (Parsed p : closing) {
            try {
                p.doc.close();
            } catch (IOException e) {
                // an in-memory document: nothing to release but memory
            }
        }
    }

    /** The assembly failed: nothing it touched is kept (its pages may hang in a page tree it did not finish). */
    void failed() {
        List<Parsed> closing = new ArrayList<>(fresh);
        closing.addAll(used.values());
        fresh.clear();
        used.clear();
        for (Parsed p : closing) {
            try {
                p.doc.close();
            } catch (IOException e) {
                // as above
            }
        }
    }
}
