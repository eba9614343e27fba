package press.reader.layout;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDestinationDictionary;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * Reads the page map back from a laid-out PDF: every anchor is a named destination (fox:destination),
 * and the printed folio of its page comes from the PDF's page labels.
 */
public final class PageMapReader {
    private PageMapReader() {}

    public static PageMap read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String[] labels = labels(doc);
            Map<String, PageMap.Page> pages = new HashMap<>();
            PDDocumentNameDestinationDictionary dests = doc.getDocumentCatalog().getDests();
            var names = doc.getDocumentCatalog().getNames();
            if (names != null && names.getDests() != null) {
                collect(names.getDests(), doc, labels, pages);
            }
            if (dests != null) {
                for (var name : dests.getCOSObject().keySet()) {
                    var d = dests.getDestination(name.getName());
                    if (d instanceof PDPageDestination pd) put(name.getName(), pd, doc, labels, pages);
                }
            }
            return new PageMap(pages);
        }
    }

    private static void collect(org.apache.pdfbox.pdmodel.common.PDNameTreeNode<PDPageDestination> node, PDDocument doc,
                                String[] labels, Map<String, PageMap.Page> pages) throws IOException {
        Map<String, PDPageDestination> leaf = node.getNames();
        if (leaf != null) {
            for (Map.Entry<String, PDPageDestination> e : leaf.entrySet()) put(e.getKey(), e.getValue(), doc, labels, pages);
        }
        if (node.getKids() != null) {
            for (var kid : node.getKids()) collect(kid, doc, labels, pages);
        }
    }

    private static void put(String name, PDPageDestination d, PDDocument doc, String[] labels, Map<String, PageMap.Page> pages) {
        int index = d.retrievePageNumber();
        if (index < 0 && d.getPage() != null) index = doc.getPages().indexOf(d.getPage());
        if (index < 0) return;
        pages.put(name, new PageMap.Page(index + 1, index < labels.length && labels[index] != null ? labels[index] : Integer.toString(index + 1)));
    }

    private static String[] labels(PDDocument doc) throws IOException {
        PDPageLabels pl = doc.getDocumentCatalog().getPageLabels();
        if (pl == null) {
            String[] l = new String[doc.getNumberOfPages()];
            for (int i = 0; i < l.length; i++) l[i] = Integer.toString(i + 1);
            return l;
        }
        return pl.getLabelsByPageIndices();
    }

}
