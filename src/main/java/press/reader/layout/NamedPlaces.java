package press.reader.layout;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/** The places FOP named in a PDF it rendered (its name tree of destinations), by name. */
public final class NamedPlaces {
    private NamedPlaces() {}

    /** Adds every named destination of {@code doc} to {@code out}, at whatever depth of the name tree it stands. */
    public static void collect(PDDocument doc, Map<String, PDPageDestination> out) throws IOException {
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        if (names != null && names.getDests() != null) collect(names.getDests(), out);
    }

    private static void collect(PDNameTreeNode<PDPageDestination> node, Map<String, PDPageDestination> out)
            throws IOException {
        Map<String, PDPageDestination> here = node.getNames();
        if (here != null) out.putAll(here);
        List<PDNameTreeNode<PDPageDestination>> kids = node.getKids();
        if (kids != null) for (PDNameTreeNode<PDPageDestination> k : kids) collect(k, out);
    }
}
