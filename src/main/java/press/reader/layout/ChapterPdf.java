package press.reader.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
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

    /**
     * The book from its sequences' PDFs in order; {@code parsed} holds the documents read by the last assembly and
     * keeps this one's for the next.
     */
    static byte[] assemble(List<byte[]> sequences, List<FoChapters.Bookmark> bookmarks, ParsedSequences parsed)
            throws IOException, NotAssembled {
        synchronized (parsed) {
            try {
                byte[] pdf = assemble(sequences, bookmarks, parsed::frame, parsed::sequence);
                parsed.assembled();
                return pdf;
            } catch (IOException | NotAssembled | RuntimeException e) {
                parsed.failed();
                throw e;
            }
        }
    }

    /** How a sequence's PDF is read. */
    interface Reading {
        ParsedSequences.Parsed read(byte[] pdf) throws IOException;
    }

    private static byte[] assemble(List<byte[]> sequences, List<FoChapters.Bookmark> bookmarks, Reading frame,
                                   Reading sequence) throws IOException, NotAssembled {
        List<ParsedSequences.Parsed> docs = new ArrayList<>();
        for (int i = 0; i < sequences.size(); i++) {
            docs.add(i == 0 ? frame.read(sequences.get(i)) : sequence.read(sequences.get(i)));
        }
        PDDocument book = docs.get(0).doc;
        Map<String, PDPageDestination> places = new HashMap<>();
        COSArray labels = new COSArray();
        int offset = 0;
        for (ParsedSequences.Parsed d : docs) {
            places.putAll(d.places);
            addLabels(d.doc.getDocumentCatalog(), offset, labels);
            offset += d.pages.size();
        }
        for (ParsedSequences.Parsed d : docs.subList(1, docs.size())) {
            for (PDPage p : d.pages) book.addPage(p);
        }
        for (ParsedSequences.Parsed d : docs) linkAcross(d, places);
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
        // the book is about its sequences' bytes together: one buffer that need not grow (and copy) a dozen times
        long parts = 0;
        for (byte[] s : sequences) parts += s.length;
        int size = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1 << 20, parts + parts / 8));
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        // no object streams: the file keeps the version FOP wrote (PDF/A-1 is PDF 1.4); without PDFBox's queue scan
        PdfSaving.save(book, out);
        return out.toByteArray();
    }

    private static void addLabels(PDDocumentCatalog catalog, int offset, COSArray into) throws NotAssembled {
        try {
            eachLabel(catalog.getCOSObject(), (page, label) -> {
                into.add(COSInteger.get(page + offset));
                into.add(label);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // adding to an array reads nothing
        }
    }

    /** Takes a page label: the page it starts on (counted from 0 in its sequence) and its label dictionary. */
    interface LabelSink {
        void accept(int page, COSBase label) throws IOException;
    }

    /** Each page label of a sequence's PDF, in order; a sequence's labels are one flat number tree, as FOP writes them. */
    static void eachLabel(COSDictionary catalog, LabelSink sink) throws NotAssembled, IOException {
        if (!(catalog.getDictionaryObject(COSName.PAGE_LABELS) instanceof COSDictionary tree)) return;
        if (!(tree.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) || tree.containsKey(COSName.KIDS)) {
            throw new NotAssembled("page labels that are not one flat number tree");
        }
        for (int i = 0; i + 1 < nums.size(); i += 2) {
            if (!(nums.getObject(i) instanceof COSNumber n)) throw new NotAssembled("a page label without a page");
            sink.accept(n.intValue(), nums.get(i + 1));
        }
    }

    /** Each link laid out to another sequence made a go-to action to where its id is (again: a kept one too). */
    private static void linkAcross(ParsedSequences.Parsed d, Map<String, PDPageDestination> places)
            throws NotAssembled {
        for (Map.Entry<PDAnnotationLink, String> e : d.crossLinks) {
            PDPageDestination place = places.get(e.getValue());
            if (place == null) throw new NotAssembled("no place named " + ChapterPdf.GOTO + e.getValue());
            e.getKey().setAction(goTo(place));
        }
    }

    private static PDActionGoTo goTo(PDPageDestination place) {
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(place);
        return action;
    }

    private static void addBookmarks(PDOutlineNode parent, List<FoChapters.Bookmark> bookmarks,
                                     Map<String, PDPageDestination> places) throws NotAssembled {
        addBookmarks(parent, bookmarks, target -> places.containsKey(target) ? goTo(places.get(target)).getCOSObject() : null);
    }

    /** The go-to action to a bookmark's target, or null when no place has that name. */
    interface ActionTo {
        COSDictionary of(String target);
    }

    /** The bookmark tree as outline items under {@code parent}, the top level and every item with children open. */
    static void addBookmarks(PDOutlineNode parent, List<FoChapters.Bookmark> bookmarks, ActionTo actionTo)
            throws NotAssembled {
        for (FoChapters.Bookmark b : bookmarks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            COSDictionary action = actionTo.of(b.target());
            if (action == null) throw new NotAssembled("no place named " + b.target() + " for the bookmark " + b.title());
            item.getCOSObject().setItem(COSName.A, action);
            parent.addLast(item);
            addBookmarks(item, b.children(), actionTo);
            if (!b.children().isEmpty()) item.openNode();
        }
    }
}
