package press.reader.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import press.reader.layout.NamedPlaces;

/**
 * Links laid out to an address ({@code prefix}{@code id}) made go-to actions to the place FOP named {@code id}: the
 * render lets each page go when it is laid out instead of holding it until every place it links to is laid out
 * ({@code layout/AddressedLinks}). The destination is the one FOP writes for a link to that place (its page, and the
 * top left of the place); the names, made for this only, are dropped.
 */
final class LinkPlaces {
    private LinkPlaces() {}

    /** Makes the links go to their places; a link to a place not named is left as it is (never expected). */
    static int resolve(PDDocument doc, String prefix) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        Map<String, PDPageDestination> places = new HashMap<>();
        NamedPlaces.collect(doc, places);
        int made = 0;
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (!(a instanceof PDAnnotationLink link) || !(link.getAction() instanceof PDActionURI uri)) continue;
                String address = uri.getURI();
                if (address == null || !address.startsWith(prefix)) continue;
                PDPageDestination place = places.get(address.substring(prefix.length()));
                if (place == null) continue;
                PDActionGoTo goTo = new PDActionGoTo();
                goTo.setDestination(place);
                link.setAction(goTo);
                // FOP gives a link to an address its alt text as /Contents, a link to a place none: it is described
                // as before, with the page it goes to (AccessiblePdf)
                link.setContents(null);
                made++;
            }
        }
        PDDocumentNameDictionary names = catalog.getNames();
        if (names != null && !places.isEmpty()) {
            COSDictionary n = names.getCOSObject();
            n.removeItem(COSName.DESTS);
            if (n.size() == 0) catalog.getCOSObject().removeItem(COSName.NAMES);
        }
        return made;
    }

}
