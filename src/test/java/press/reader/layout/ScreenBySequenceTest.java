package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import press.reader.pdf.AccessiblePdf;
import press.reader.support.TestBooks;
import press.reader.xml.Xslt;

/**
 * The screen PDF drawn page sequence by page sequence, its structure trees joined, is the PDF drawn whole: the same
 * text on every page, the same links (rectangle, page and place they go to, description), the same outline, the same
 * structure tree (every element, its attributes, the marked content and links it holds, on which page) and the same
 * way back from each page's marked content and each link to its element. FOP draws one sequence at a time, so it
 * holds one sequence's structure tree, not the book's.
 */
class ScreenBySequenceTest {
    @Test
    void drawnBySequenceTheScreenPdfIsThePdfDrawnWhole() throws Exception {
        var built = TestBooks.mini();
        Xslt xslt = TestBooks.workshop().xslt();
        XdmNode book = xslt.processor().newDocumentBuilder().build(built.file(".book.xml").toFile());
        PageMap map = PageMap.readXml(built.file(".pagemap.xml"));
        PrintLayout layout = new PrintLayout(xslt, new FopEngine(TestBooks.STYLES), TestBooks.STYLES);
        Date date = new Date(TestBooks.EPOCH * 1000);
        Map<String, String> params = Map.of("creation-date", "2026-01-01T00:00:00Z");

        byte[] whole = AccessiblePdf.finish(layout.renderScreen(book, params, map, date, new FopEngine.Messages()),
                PrintLayout.LINK_ADDRESS);
        byte[] bySequence = layout.renderScreenBySequence(book, params, map, date, new FopEngine.Messages(),
                AccessiblePdf.BY_SEQUENCE);
        assertNotNull(bySequence, "the stock stylesheet's screen XSL-FO is laid out by sequence");

        PrintLayout.ScreenWork work = layout.screenWork();
        try (PDDocument a = Loader.loadPDF(whole); PDDocument b = Loader.loadPDF(bySequence)) {
            String described = describe(b);
            assertEquals(describe(a), described);
            assertEquals(a.getNumberOfPages(), work.pages());
            assertEquals(work.sequences(), parts(b), "one Part of the Document element per sequence drawn");
            System.out.println("screen PDF by sequence: " + work.sequences() + " FOP runs, the longest "
                    + work.longestSequencePages() + " of " + work.pages() + " pages; " + described.lines().count()
                    + " lines of description the same as drawn whole");
            assertTrue(work.sequences() > 2, "the front matter, the chapters and the back matter each alone");
            assertTrue(work.longestSequencePages() * 2 < work.pages(),
                    "no run holds the structure tree of half the book");
        }
    }

    private static int parts(PDDocument doc) {
        PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
        return (int) document.getKids().stream().filter(k -> k instanceof PDStructureElement e
                && "Part".equals(e.getStructureType())).count();
    }

    /** Everything a reader or a screen reader meets, with pages as indices (not objects) and no object numbers. */
    private static String describe(PDDocument doc) throws IOException {
        Map<COSDictionary, Integer> pages = new IdentityHashMap<>();
        for (PDPage p : doc.getPages()) pages.put(p.getCOSObject(), pages.size());
        StringBuilder out = new StringBuilder();
        out.append("labels ").append(String.join(",", doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()))
                .append('\n');
        PDFTextStripper text = new PDFTextStripper();
        Map<Integer, COSBase> parentTree = new TreeMap<>();
        numbers(doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getDictionaryObject(COSName.PARENT_TREE),
                parentTree);
        Set<Integer> keys = new HashSet<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            text.setStartPage(i + 1);
            text.setEndPage(i + 1);
            PDPage page = doc.getPage(i);
            out.append("page ").append(i).append(' ').append(page.getMediaBox()).append('\n').append(text.getText(doc));
            int key = page.getCOSObject().getInt(COSName.STRUCT_PARENTS, -1);
            assertTrue(keys.add(key), "page " + i + "'s key in the parent tree is its own");
            out.append("marked content of:");
            if (resolve(parentTree.get(key)) instanceof COSArray elements) {
                for (COSBase e : elements) out.append(' ').append(type(resolve(e)));
            }
            out.append('\n');
            for (PDAnnotation a : page.getAnnotations()) {
                int k = a.getCOSObject().getInt(COSName.STRUCT_PARENT, -1);
                assertTrue(keys.add(k), "a link's key in the parent tree is its own");
                out.append("link ").append(a.getRectangle()).append(" -> ").append(target(a, pages))
                        .append(" \"").append(a.getContents()).append("\" in ").append(type(resolve(parentTree.get(k))))
                        .append('\n');
            }
        }
        assertEquals(parentTree.keySet(), keys, "every entry of the parent tree is a page's or a link's");
        outline(doc.getDocumentCatalog().getDocumentOutline(), 0, pages, out);
        for (Object kid : doc.getDocumentCatalog().getStructureTreeRoot().getKids()) structure(kid, 0, pages, out);
        return out.toString();
    }

    private static String target(PDAnnotation a, Map<COSDictionary, Integer> pages) throws IOException {
        if (!(a instanceof PDAnnotationLink link)) return a.getSubtype();
        if (link.getAction() instanceof PDActionURI uri) return uri.getURI();
        PDDestination dest = link.getAction() instanceof PDActionGoTo g ? g.getDestination() : link.getDestination();
        return place(dest, pages);
    }

    private static String place(PDDestination dest, Map<COSDictionary, Integer> pages) {
        if (!(dest instanceof PDPageDestination pd)) return String.valueOf(dest);
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < pd.getCOSObject().size(); i++) rest.add(String.valueOf(pd.getCOSObject().getObject(i)));
        return "page " + pages.get(pd.getPage().getCOSObject()) + " " + rest;
    }

    private static void outline(PDOutlineNode node, int depth, Map<COSDictionary, Integer> pages, StringBuilder out)
            throws IOException {
        if (node == null) return;
        for (PDOutlineItem item : node.children()) {
            PDDestination dest = item.getAction() instanceof PDActionGoTo g ? g.getDestination() : item.getDestination();
            out.append("  ".repeat(depth)).append("outline ").append(item.getTitle()).append(" -> ")
                    .append(place(dest, pages)).append(item.isNodeOpen() ? " open" : "").append('\n');
            outline(item, depth + 1, pages, out);
        }
    }

    private static void structure(Object node, int depth, Map<COSDictionary, Integer> pages, StringBuilder out) {
        out.append("  ".repeat(depth));
        if (node instanceof PDStructureElement e) {
            out.append(e.getStructureType()).append(" alt=").append(e.getAlternateDescription())
                    .append(" actual=").append(e.getActualText()).append(" lang=").append(e.getLanguage())
                    .append(" id=").append(e.getElementIdentifier()).append(" attributes=")
                    .append(e.getAttributes().size()).append(" page=")
                    .append(e.getPage() == null ? null : pages.get(e.getPage().getCOSObject())).append('\n');
            for (Object kid : e.getKids()) structure(kid, depth + 1, pages, out);
        } else if (node instanceof PDMarkedContentReference r) {
            out.append("marked content ").append(r.getMCID()).append(" page=")
                    .append(r.getPage() == null ? null : pages.get(r.getPage().getCOSObject())).append('\n');
        } else if (node instanceof PDObjectReference r) {
            out.append("object ").append(r.getReferencedObject() instanceof PDAnnotation a ? a.getRectangle() : "?")
                    .append('\n');
        } else if (node instanceof PDMarkedContent m) {
            out.append("marked content ").append(m.getMCID()).append('\n');
        } else {
            out.append("marked content ").append(node).append('\n');
        }
    }

    private static String type(COSBase element) {
        return element instanceof COSDictionary d ? d.getNameAsString(COSName.S) : String.valueOf(element);
    }

    private static void numbers(COSBase node, Map<Integer, COSBase> into) {
        if (!(resolve(node) instanceof COSDictionary d)) return;
        if (d.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) into.put(((COSNumber) nums.getObject(i)).intValue(), nums.get(i + 1));
        }
        if (d.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) for (COSBase k : kids) numbers(k, into);
    }

    private static COSBase resolve(COSBase b) {
        return b instanceof COSObject o ? o.getObject() : b;
    }
}
