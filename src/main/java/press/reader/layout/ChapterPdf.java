package press.reader.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The book's PDF put together from its page sequences, each laid out by FOP on its own: the pages in order, then
 * what crosses from one sequence to another made as FOP makes it in one document. A link to a place in another
 * sequence was laid out as a link to {@link #GOTO}{@code id} and becomes a go-to action to where that id is (each
 * sequence names the places other sequences and the outline point to, {@code fox:destination}); the outline is
 * made from the stylesheet's bookmark tree; the page labels (i, ii … 1, 2 …) are each sequence's, moved to its
 * pages. The first sequence's PDF is the frame: its catalogue (output intent, XMP metadata, PDF/A identification),
 * its document information and its trailer.
 */
final class ChapterPdf {
    /** The address a link to another page sequence is laid out with, before it is made a go-to action. */
    static final String GOTO = "bookpress-goto:";

    private ChapterPdf() {}

    /** Thrown when a sequence's PDF is not as FOP makes it (a target not named, page labels not flat). */
    static final class NotAssembled extends Exception {
        NotAssembled(String message) {
            super(message);
        }
    }

    static byte[] assemble(List<byte[]> sequences, List<FoChapters.Bookmark> bookmarks) throws IOException, NotAssembled {
        List<PDDocument> docs = new ArrayList<>();
        try {
            for (byte[] pdf : sequences) docs.add(Loader.loadPDF(pdf));
            PDDocument book = docs.get(0);
            Map<String, PDPageDestination> places = new HashMap<>();
            COSArray labels = new COSArray();
            int offset = 0;
            List<PDPage> pages = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                PDDocument d = docs.get(i);
                places.putAll(namedPlaces(d.getDocumentCatalog()));
                addLabels(d.getDocumentCatalog(), offset, labels);
                for (PDPage p : d.getPages()) pages.add(p);
                offset += d.getNumberOfPages();
            }
            for (int i = 1; i < docs.size(); i++) {
                for (PDPage p : docs.get(i).getPages()) keepInherited(p);
            }
            for (PDPage p : pages.subList(book.getNumberOfPages(), pages.size())) book.addPage(p);
            for (PDPage p : pages) linkAcross(p, places);
            PDDocumentCatalog catalog = book.getDocumentCatalog();
            catalog.getCOSObject().removeItem(COSName.NAMES);       // the places were for this assembly only
            COSDictionary pageLabels = new COSDictionary();
            pageLabels.setItem(COSName.NUMS, labels);
            catalog.getCOSObject().setItem(COSName.PAGE_LABELS, pageLabels);
            if (!bookmarks.isEmpty()) {
                PDDocumentOutline outline = new PDDocumentOutline();
                addBookmarks(outline, bookmarks, places);
                catalog.setDocumentOutline(outline);
                catalog.setPageMode(PageMode.USE_OUTLINES);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            // no object streams: the file keeps the version FOP wrote (PDF/A-1 is PDF 1.4)
            book.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } finally {
            for (PDDocument d : docs) d.close();
        }
    }

    /** A page leaves its page tree: what it inherited from it is written on the page itself. */
    private static void keepInherited(PDPage p) {
        COSDictionary page = p.getCOSObject();
        if (!page.containsKey(COSName.RESOURCES)) p.setResources(p.getResources());
        if (!page.containsKey(COSName.MEDIA_BOX)) p.setMediaBox(p.getMediaBox());
        if (!page.containsKey(COSName.ROTATE) && p.getRotation() != 0) p.setRotation(p.getRotation());
    }

    private static Map<String, PDPageDestination> namedPlaces(PDDocumentCatalog catalog) throws IOException {
        Map<String, PDPageDestination> out = new HashMap<>();
        PDDocumentNameDictionary names = catalog.getNames();
        if (names != null && names.getDests() != null) collect(names.getDests(), out);
        return out;
    }

    private static void collect(PDNameTreeNode<PDPageDestination> node, Map<String, PDPageDestination> out)
            throws IOException {
        Map<String, PDPageDestination> here = node.getNames();
        if (here != null) out.putAll(here);
        List<PDNameTreeNode<PDPageDestination>> kids = node.getKids();
        if (kids != null) for (PDNameTreeNode<PDPageDestination> k : kids) collect(k, out);
    }

    private static void addLabels(PDDocumentCatalog catalog, int offset, COSArray into) throws NotAssembled {
        if (!(catalog.getCOSObject().getDictionaryObject(COSName.PAGE_LABELS) instanceof COSDictionary tree)) return;
        if (!(tree.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) || tree.containsKey(COSName.KIDS)) {
            throw new NotAssembled("page labels that are not one flat number tree");
        }
        for (int i = 0; i + 1 < nums.size(); i += 2) {
            if (!(nums.getObject(i) instanceof COSNumber n)) throw new NotAssembled("a page label without a page");
            into.add(COSInteger.get(n.intValue() + offset));
            into.add(nums.get(i + 1));
        }
    }

    private static void linkAcross(PDPage page, Map<String, PDPageDestination> places) throws IOException, NotAssembled {
        for (PDAnnotation a : page.getAnnotations()) {
            if (!(a instanceof PDAnnotationLink link) || !(link.getAction() instanceof PDActionURI uri)) continue;
            String address = uri.getURI();
            if (address == null || !address.startsWith(GOTO)) continue;
            PDPageDestination place = places.get(address.substring(GOTO.length()));
            if (place == null) throw new NotAssembled("no place named " + address);
            link.setAction(goTo(place));
        }
    }

    private static PDActionGoTo goTo(PDPageDestination place) {
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(place);
        return action;
    }

    private static void addBookmarks(PDOutlineNode parent, List<FoChapters.Bookmark> bookmarks,
                                     Map<String, PDPageDestination> places) throws NotAssembled {
        for (FoChapters.Bookmark b : bookmarks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            PDPageDestination place = places.get(b.target());
            if (place == null) throw new NotAssembled("no place named " + b.target() + " for the bookmark " + b.title());
            item.setAction(goTo(place));
            parent.addLast(item);
            addBookmarks(item, b.children(), places);
            if (!b.children().isEmpty()) item.openNode();
        }
    }
}
