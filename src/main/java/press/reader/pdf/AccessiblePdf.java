package press.reader.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import press.reader.layout.PrintLayout;

/**
 * Completes what FOP 2.11 leaves out of a PDF/UA-1 file: a description (/Contents) on every link annotation
 * (FOP keeps fox:alt-text in the structure tree only), an /ID on every Note structure element, and a complete CIDSet
 * for the fallback faces ({@link CidSets}).
 */
public final class AccessiblePdf {
    private AccessiblePdf() {}

    public static byte[] finish(byte[] pdf) {
        return finish(pdf, null);
    }

    /**
     * As {@link #finish(byte[])}, first making each link to {@code linkAddress}{@code id} a go-to action to the place
     * named {@code id}, as FOP makes a link to a place, and dropping the names (see {@link LinkPlaces}).
     */
    public static byte[] finish(byte[] pdf, String linkAddress) {
        try (PDDocument doc = PdfLoading.load(pdf)) {      // Loader.loadPDF, without its quadratic step
            if (linkAddress != null) LinkPlaces.resolve(doc, linkAddress);
            complete(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 65536);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the screen PDF", e);
        }
    }

    /**
     * What {@link #finish(byte[])} adds, for the screen PDF written page sequence by page sequence: each sequence's
     * fonts completed, each link described, each Note identified as the whole file's would be.
     */
    public static final PrintLayout.Finishing BY_SEQUENCE = new PrintLayout.Finishing() {
        @Override
        public void sequence(PDDocument pdf) throws IOException {
            CidSets.complete(pdf);
        }

        @Override
        public String describe(String uri, String page) {
            return uri != null ? linkTo(uri) : page != null ? goToPage(page) : ELSEWHERE;
        }

        @Override
        public int identifyNotes(COSDictionary element, int before) {
            int[] counter = {before};
            AccessiblePdf.identifyNotes(PDStructureNode.create(element), counter);
            return counter[0];
        }
    };

    private static final String ELSEWHERE = "Go to another place in the book";

    private static String linkTo(String uri) {
        return "Link to " + uri;
    }

    private static String goToPage(String label) {
        return "Go to page " + label;
    }

    private static String noteIdentifier(int n) {
        return "note-" + n;
    }

    private static void complete(PDDocument doc) throws IOException {
        String[] labels = labels(doc);
        Map<COSDictionary, Integer> pageIndex = pageIndex(doc);
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && (link.getContents() == null || link.getContents().isBlank())) {
                    link.setContents(describe(doc, link, labels, pageIndex));
                }
            }
        }
        if (doc.getDocumentCatalog().getStructureTreeRoot() != null) {
            int[] counter = {0};
            for (Object kid : doc.getDocumentCatalog().getStructureTreeRoot().getKids()) identifyNotes(kid, counter);
        }
        CidSets.complete(doc);
    }

    private static void identifyNotes(Object node, int[] counter) {
        if (!(node instanceof PDStructureNode n)) return;
        if (n instanceof PDStructureElement e && "Note".equals(e.getStructureType()) && e.getElementIdentifier() == null) {
            e.setElementIdentifier(noteIdentifier(++counter[0]));
        }
        for (Object kid : n.getKids()) identifyNotes(kid, counter);
    }

    /**
     * Each page's index, by its dictionary: PDFBox finds a destination's page by walking the page tree, once per link,
     * and a book's links grow with its pages (at fifty times the book, 80,000 links times 2,700 pages).
     */
    private static Map<COSDictionary, Integer> pageIndex(PDDocument doc) {
        Map<COSDictionary, Integer> index = new IdentityHashMap<>();
        int i = 0;
        for (PDPage page : doc.getPages()) index.putIfAbsent(page.getCOSObject(), i++);
        return index;
    }

    private static String describe(PDDocument doc, PDAnnotationLink link, String[] labels,
                                   Map<COSDictionary, Integer> pageIndex) throws IOException {
        if (link.getAction() instanceof PDActionURI uri) return linkTo(uri.getURI());
        PDDestination dest = link.getDestination();
        if (dest == null && link.getAction() instanceof PDActionGoTo goTo) dest = goTo.getDestination();
        if (dest instanceof PDNamedDestination named) {
            dest = doc.getDocumentCatalog().findNamedDestinationPage(named);
        }
        if (dest instanceof PDPageDestination pd) {
            Integer found = pd.getPage() == null ? null : pageIndex.get(pd.getPage().getCOSObject());
            int index = found != null ? found : pd.retrievePageNumber();
            if (index >= 0 && index < labels.length) return goToPage(labels[index]);
        }
        return ELSEWHERE;
    }

    private static String[] labels(PDDocument doc) throws IOException {
        PDPageLabels pl = doc.getDocumentCatalog().getPageLabels();
        return pl == null ? new String[0] : pl.getLabelsByPageIndices();
    }
}
