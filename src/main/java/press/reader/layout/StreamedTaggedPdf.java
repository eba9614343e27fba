package press.reader.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The tagged PDF put together from its page sequences' PDFs, written out one sequence at a time: each is read, its
 * objects written with new numbers, and let go before the next is read, so the heap holds one chapter's objects, not
 * the book's (PDFBox holding every object of a fifty-times book's tagged PDF at once took more than a gigabyte).
 *
 * <p>What crosses sequences is numbered before any is written: every page has a number fixed in advance (the page
 * tree, the outline and the links to other sequences point to them), and the few objects made for the whole book —
 * catalogue, page tree, structure tree root, its one Document element, the parent tree, the outline — are written
 * last. The structure trees are joined as FOP makes the tree of a whole book in one run: a Document element with one
 * Part per page sequence; each page's and link's key in the parent tree is numbered on after the sequences before it.
 * The first sequence is the frame: its catalogue's entries (language, output intent, XMP metadata, viewer
 * preferences), its Document element's, its document information and its file identifier.
 */
final class StreamedTaggedPdf {
    private static final int CATALOG = 1;
    private static final int PAGES = 2;
    private static final int STRUCT_ROOT = 3;
    private static final int DOCUMENT = 4;
    private static final int PARENT_TREE = 5;
    private static final int OUTLINES = 6;
    /** The most keys in a leaf of the parent tree, as FOP's. */
    private static final int PARENT_TREE_LEAF = 50;
    private static final int FIRST_PAGE = 7;
    private static final Set<COSName> ROOT_KEYS = Set.of(COSName.TYPE, COSName.K, COSName.PARENT_TREE);
    /** The catalogue's entries made for the whole book, not taken from the frame. */
    private static final Set<COSName> BOOK_WIDE = Set.of(COSName.TYPE, COSName.PAGES, COSName.STRUCT_TREE_ROOT,
            COSName.OUTLINES, COSName.NAMES, COSName.PAGE_LABELS, COSName.PAGE_MODE, COSName.DESTS);

    /** A place a link or a bookmark goes to: the book's page, and the rest of FOP's destination (/XYZ left top zoom). */
    private record Place(int page, List<COSBase> rest) {}

    private final Chunks out = new Chunks();
    /** Each object's place: 1, at an offset of the file; 2, in an object stream, at an index; 0, none. */
    private byte[] kind = new byte[1024];
    private long[] where = new long[1024];
    private int[] index = new int[1024];
    private int next;
    /** Objects numbered for the whole book: the pages' stand-ins, the page tree's, the outline's items. */
    private final Map<COSBase, Integer> pinned = new IdentityHashMap<>();
    /** The objects of the sequence being written, by their new number. */
    private Map<COSBase, Integer> numbers;
    private Deque<COSBase> queue;
    private final PrintLayout.Finishing finishing;
    private int notes;
    /** What stands for each page of the book until it is written (its number is fixed: {@link #FIRST_PAGE} on). */
    private COSDictionary[] pageStandIns;

    private StreamedTaggedPdf(PrintLayout.Finishing finishing) {
        this.finishing = finishing;
    }

    /**
     * The book from its sequences' tagged PDFs in order, finished by {@code finishing}; each PDF of {@code sequences}
     * is let go (its place set to null) once written. The PDFs are offered to {@code tail}'s helper to parse ahead
     * ({@link ParsedAhead}; null: none).
     */
    static byte[] write(List<byte[]> sequences, List<FoChapters.Bookmark> bookmarks, PrintLayout.Finishing finishing,
                        ScreenTail tail) throws IOException, ChapterPdf.NotAssembled {
        ParsedAhead ahead = new ParsedAhead(sequences);
        if (tail != null) tail.assembling(ahead);
        try {
            return new StreamedTaggedPdf(finishing).book(sequences, bookmarks, ahead);
        } finally {
            ahead.close();
        }
    }

    private byte[] book(List<byte[]> sequences, List<FoChapters.Bookmark> bookmarks, ParsedAhead ahead)
            throws IOException, ChapterPdf.NotAssembled {
        // first, what crosses sequences: each sequence's pages, their labels, the places it names
        int[] firstPage = new int[sequences.size()];
        List<String> labels = new ArrayList<>();
        Map<String, Place> places = new HashMap<>();
        for (int i = 0; i < sequences.size(); i++) {
            firstPage[i] = labels.size();
            survey(sequences.get(i), labels, places);
        }
        int pages = labels.size();
        pageStandIns = new COSDictionary[pages];
        for (int g = 0; g < pages; g++) {
            pageStandIns[g] = new COSDictionary();
            pinned.put(pageStandIns[g], FIRST_PAGE + g);
        }
        COSDictionary pageTree = new COSDictionary();
        pinned.put(pageTree, PAGES);
        next = FIRST_PAGE + pages;

        List<Integer> parts = new ArrayList<>();
        TreeMap<Integer, Integer> parentTree = new TreeMap<>();
        ByteArrayOutputStream labelNums = new ByteArrayOutputStream();
        Frame frame = null;
        int nextKey = 0;
        for (int i = 0; i < sequences.size(); i++) {
            try (PDDocument doc = ahead.take(i)) {
                if (i == 0) frame = header(doc);
                numbers = new IdentityHashMap<>();
                queue = new ArrayDeque<>();
                List<PDPage> own = new ArrayList<>();
                for (PDPage p : doc.getPages()) own.add(p);
                Map<COSDictionary, Integer> local = new IdentityHashMap<>();
                for (int k = 0; k < own.size(); k++) {
                    COSDictionary page = own.get(k).getCOSObject();
                    local.put(page, firstPage[i] + k);
                    numbers.put(page, FIRST_PAGE + firstPage[i] + k);
                    ParsedSequences.Parsed.keepInherited(own.get(k));
                    page.setItem(COSName.PARENT, pageTree);
                }
                COSDictionary root = structTreeRoot(doc);
                COSDictionary document = documentElement(root);
                numbers.put(root, STRUCT_ROOT);
                numbers.put(document, DOCUMENT);
                finishing.sequence(doc);
                links(own, local, labels, places);
                notes = finishing.identifyNotes(document, notes);
                TreeMap<Integer, COSBase> keys = new TreeMap<>();
                numberTree(root.getDictionaryObject(COSName.PARENT_TREE), keys, 0);
                int offset = nextKey;
                nextKey = offset + (keys.isEmpty() ? 0 : keys.lastKey() + 1);
                for (PDPage p : own) {
                    shift(p.getCOSObject(), COSName.STRUCT_PARENTS, offset);
                    for (PDAnnotation a : p.getAnnotations()) shift(a.getCOSObject(), COSName.STRUCT_PARENT, offset);
                }
                for (Map.Entry<Integer, COSBase> e : keys.entrySet()) {
                    parentTree.put(e.getKey() + offset, indirect(e.getValue()));
                }
                for (COSBase kid : children(document)) parts.add(indirect(kid));
                labels(doc, firstPage[i], labelNums);
                if (i == 0) frame.take(doc, document);
                for (PDPage p : own) writeObject(numbers.get(p.getCOSObject()), p.getCOSObject());
                drain();
            }
            sequences.set(i, null);
        }
        numbers = new IdentityHashMap<>();
        queue = new ArrayDeque<>();
        StringBuilder kids = new StringBuilder();
        for (int g = 0; g < pages; g++) kids.append(FIRST_PAGE + g).append(" 0 R ");
        put(PAGES, "<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
        StringBuilder k = new StringBuilder();
        for (int p : parts) k.append(p).append(" 0 R ");
        put(DOCUMENT, "<< " + latin1(frame.document) + "/P " + STRUCT_ROOT + " 0 R /K [" + k + "] >>");
        put(STRUCT_ROOT, "<< /Type /StructTreeRoot /K [" + DOCUMENT + " 0 R] /ParentTree " + PARENT_TREE + " 0 R >>");
        put(PARENT_TREE, parentTree.isEmpty() ? "<< /Nums [] >>" : "<< /Kids [" + parentTreeLeaves(parentTree) + "] >>");
        boolean outline = !bookmarks.isEmpty();
        if (outline) outline(bookmarks, places);
        put(CATALOG, "<< /Type /Catalog /Pages " + PAGES + " 0 R " + latin1(frame.catalog) + "/StructTreeRoot "
                + STRUCT_ROOT + " 0 R /PageLabels << /Nums [" + latin1(labelNums) + "] >> "
                + (outline ? "/Outlines " + OUTLINES + " 0 R /PageMode /UseOutlines " : "") + ">>");
        drain();
        flushObjects();
        return trailer(frame);
    }

    /**
     * The parent tree's leaves, written now, each with at most {@link #PARENT_TREE_LEAF} keys and its limits: the tree
     * as FOP writes a whole book's (PDFParentTree), not one flat array of every key. A reader looks a key up in one
     * leaf; veraPDF parses the whole array it is in at every lookup, and one array of the real book's 1,747 keys took a
     * quarter of its PDF/UA check (3.8-4.2 s of CPU, 2.7-2.9 s with leaves).
     */
    private String parentTreeLeaves(TreeMap<Integer, Integer> keys) {
        StringBuilder kids = new StringBuilder();
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(keys.entrySet());
        for (int from = 0; from < entries.size(); from += PARENT_TREE_LEAF) {
            List<Map.Entry<Integer, Integer>> leaf = entries.subList(from, Math.min(entries.size(), from + PARENT_TREE_LEAF));
            StringBuilder nums = new StringBuilder();
            for (Map.Entry<Integer, Integer> e : leaf) nums.append(e.getKey()).append(' ').append(e.getValue()).append(" 0 R ");
            int n = next++;
            put(n, "<< /Limits [" + leaf.get(0).getKey() + " " + leaf.get(leaf.size() - 1).getKey() + "] /Nums [" + nums + "] >>");
            kids.append(n).append(" 0 R ");
        }
        return kids.toString();
    }

    /** A sequence's page labels and the places it names, read without its content or its structure. */
    private static void survey(byte[] pdf, List<String> labels, Map<String, Place> places)
            throws IOException, ChapterPdf.NotAssembled {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int first = labels.size();
            Map<COSDictionary, Integer> index = new IdentityHashMap<>();
            for (PDPage p : doc.getPages()) index.put(p.getCOSObject(), first + index.size());
            PDPageLabels pl = doc.getDocumentCatalog().getPageLabels();
            String[] own = pl == null ? new String[0] : pl.getLabelsByPageIndices();
            for (int k = 0; k < doc.getNumberOfPages(); k++) labels.add(k < own.length ? own[k] : null);
            Map<String, PDPageDestination> named = new HashMap<>();
            NamedPlaces.collect(doc, named);
            for (Map.Entry<String, PDPageDestination> e : named.entrySet()) {
                places.put(e.getKey(), place(e.getValue(), index));
            }
        }
    }

    private static Place place(PDPageDestination d, Map<COSDictionary, Integer> index) throws ChapterPdf.NotAssembled {
        Integer page = d.getPage() == null ? null : index.get(d.getPage().getCOSObject());
        if (page == null) throw new ChapterPdf.NotAssembled("a place on no page of its sequence");
        List<COSBase> rest = new ArrayList<>();
        COSArray a = d.getCOSObject();
        for (int i = 1; i < a.size(); i++) rest.add(a.getObject(i) == null ? COSNull.NULL : a.getObject(i));
        return new Place(page, rest);
    }


    /**
     * Each link to another sequence made a go-to action to its place, and each link FOP left undescribed described
     * (as the finishing describes it: by its address, or by the label of the page it goes to).
     */
    private void links(List<PDPage> own, Map<COSDictionary, Integer> local, List<String> labels,
                       Map<String, Place> places) throws IOException, ChapterPdf.NotAssembled {
        for (PDPage p : own) {
            for (PDAnnotation a : p.getAnnotations()) {
                if (!(a instanceof PDAnnotationLink link)) continue;
                Integer target = null;
                String uri = null;
                if (link.getAction() instanceof PDActionURI u && u.getURI() != null
                        && u.getURI().startsWith(ChapterPdf.GOTO)) {
                    Place place = places.get(u.getURI().substring(ChapterPdf.GOTO.length()));
                    if (place == null) throw new ChapterPdf.NotAssembled("no place named " + u.getURI());
                    link.getCOSObject().setItem(COSName.A, goTo(place, pageStandIns));
                    link.setContents(null);       // FOP described it as an address: described as the others
                    target = place.page();
                } else if (link.getAction() instanceof PDActionURI u) {
                    uri = u.getURI();
                } else {
                    PDDestination dest = link.getDestination();
                    if (dest == null && link.getAction() instanceof PDActionGoTo g) dest = g.getDestination();
                    if (dest instanceof PDNamedDestination named) {
                        Place place = places.get(named.getNamedDestination());
                        target = place == null ? null : place.page();
                    } else if (dest instanceof PDPageDestination pd && pd.getPage() != null) {
                        target = local.get(pd.getPage().getCOSObject());
                    }
                }
                if (link.getContents() == null || link.getContents().isBlank()) {
                    String label = target == null || target >= labels.size() ? null : labels.get(target);
                    link.setContents(finishing.describe(uri, label));
                }
            }
        }
    }

    /** A go-to action to {@code place}, as FOP makes one. */
    private static COSDictionary goTo(Place place, COSDictionary[] pageStandIns) {
        COSArray d = new COSArray();
        d.add(pageStandIns[place.page()]);
        for (COSBase b : place.rest()) d.add(b);
        PDActionGoTo action = new PDActionGoTo();
        action.getCOSObject().setItem(COSName.D, d);
        return action.getCOSObject();
    }

    /** The frame's entries kept for the book: its catalogue's, its Document element's, its information, its ID. */
    private final class Frame {
        final ByteArrayOutputStream catalog = new ByteArrayOutputStream();
        final ByteArrayOutputStream document = new ByteArrayOutputStream();
        Integer info;
        byte[][] id;
        String version;

        void take(PDDocument doc, COSDictionary documentElement) throws IOException {
            for (Map.Entry<COSName, COSBase> e : doc.getDocumentCatalog().getCOSObject().entrySet()) {
                if (BOOK_WIDE.contains(e.getKey())) continue;
                e.getKey().writePDF(catalog);
                catalog.write(' ');
                value(e.getValue(), catalog);
                catalog.write(' ');
            }
            for (Map.Entry<COSName, COSBase> e : documentElement.entrySet()) {
                if (e.getKey().equals(COSName.K) || e.getKey().equals(COSName.P)) continue;
                e.getKey().writePDF(document);
                document.write(' ');
                value(e.getValue(), document);
                document.write(' ');
            }
            COSDictionary trailer = doc.getDocument().getTrailer();
            if (trailer.getItem(COSName.INFO) != null) info = indirect(trailer.getItem(COSName.INFO));
            if (trailer.getDictionaryObject(COSName.ID) instanceof COSArray ids && ids.size() == 2
                    && ids.getObject(0) instanceof COSString a && ids.getObject(1) instanceof COSString b) {
                id = new byte[][] {a.getBytes(), b.getBytes()};
            }
        }
    }

    private Frame header(PDDocument doc) throws IOException {
        Frame f = new Frame();
        // object streams and a cross-reference stream are PDF 1.5
        f.version = Float.toString(Math.max(1.5f, doc.getDocument().getVersion()));
        text("%PDF-" + f.version + "\n");
        out.write(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        return f;
    }

    /** The sequence's page labels, moved to its pages in the book, as number tree entries. */
    private void labels(PDDocument doc, int first, ByteArrayOutputStream into) throws IOException,
            ChapterPdf.NotAssembled {
        ChapterPdf.eachLabel(doc.getDocumentCatalog().getCOSObject(), (page, label) -> {
            into.write(Integer.toString(page + first).getBytes(StandardCharsets.US_ASCII));
            into.write(' ');
            value(label, into);
            into.write(' ');
        });
    }

    private void outline(List<FoChapters.Bookmark> bookmarks, Map<String, Place> places)
            throws IOException, ChapterPdf.NotAssembled {
        PDDocumentOutline outline = new PDDocumentOutline();
        ChapterPdf.addBookmarks(outline, bookmarks,
                target -> places.containsKey(target) ? goTo(places.get(target), pageStandIns) : null);
        pinned.put(outline.getCOSObject(), OUTLINES);
        List<COSDictionary> items = new ArrayList<>();
        items(outline, items);
        for (COSDictionary item : items) pinned.put(item, next++);
        writeObject(OUTLINES, outline.getCOSObject());
        for (COSDictionary item : items) writeObject(pinned.get(item), item);
    }

    private static void items(PDOutlineNode node, List<COSDictionary> into) {
        for (PDOutlineItem item : node.children()) {
            into.add(item.getCOSObject());
            items(item, into);
        }
    }

    /** The cross-reference stream: for each object, where it is (an offset, or an object stream and its place in it). */
    private byte[] trailer(Frame frame) throws IOException {
        int self = next++;
        grow(self);
        where[self] = out.size();
        kind[self] = 1;
        ByteArrayOutputStream entries = new ByteArrayOutputStream(next * 7);
        for (int n = 0; n < next; n++) {
            entries.write(kind[n]);
            long w = n == 0 ? 0 : where[n];
            for (int b = 3; b >= 0; b--) entries.write((int) (w >>> (8 * b)) & 0xff);
            int x = n == 0 || kind[n] == 0 ? (n == 0 ? 0xffff : 0) : index[n];
            entries.write((x >>> 8) & 0xff);
            entries.write(x & 0xff);
        }
        byte[] data = deflate(entries.toByteArray());
        text(self + " 0 obj\n<< /Type /XRef /Size " + next + " /W [1 4 2] /Root " + CATALOG + " 0 R ");
        if (frame.info != null) text("/Info " + frame.info + " 0 R ");
        if (frame.id != null) {
            text("/ID [<" + HexFormat.of().withUpperCase().formatHex(frame.id[0]) + "> <"
                    + HexFormat.of().withUpperCase().formatHex(frame.id[1]) + ">] ");
        }
        text("/Filter /FlateDecode /Length " + data.length + " >>\nstream\n");
        out.writeBytes(data);
        text("\nendstream\nendobj\nstartxref\n" + where[self] + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** The objects not yet written, each with its number: written together as one object stream, compressed. */
    private final List<Integer> pending = new ArrayList<>();
    private final ByteArrayOutputStream pendingBodies = new ByteArrayOutputStream();
    private final StringBuilder pendingHeader = new StringBuilder();
    /** Objects per object stream (PDFBox writes a hundred). */
    private static final int PER_STREAM = 100;

    /** Object {@code n}, not a stream: kept to go into the next object stream. */
    private void put(int n, byte[] body) {
        grow(n);
        pendingHeader.append(n).append(' ').append(pendingBodies.size()).append(' ');
        pending.add(n);
        pendingBodies.writeBytes(body);
        pendingBodies.write('\n');
        if (pending.size() == PER_STREAM) flushObjects();
    }

    private void put(int n, String body) {
        put(n, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void flushObjects() {
        if (pending.isEmpty()) return;
        int stream = next++;
        grow(stream);
        byte[] header = pendingHeader.toString().getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream all = new ByteArrayOutputStream(header.length + pendingBodies.size());
        all.writeBytes(header);
        all.writeBytes(pendingBodies.toByteArray());
        byte[] data = deflate(all.toByteArray());
        where[stream] = out.size();
        kind[stream] = 1;
        text(stream + " 0 obj\n<< /Type /ObjStm /N " + pending.size() + " /First " + header.length
                + " /Filter /FlateDecode /Length " + data.length + " >>\nstream\n");
        out.writeBytes(data);
        text("\nendstream\nendobj\n");
        for (int i = 0; i < pending.size(); i++) {
            int n = pending.get(i);
            kind[n] = 2;
            where[n] = stream;
            index[n] = i;
        }
        pending.clear();
        pendingBodies.reset();
        pendingHeader.setLength(0);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream z = new ByteArrayOutputStream(data.length / 3 + 64);
            byte[] buffer = new byte[65536];
            while (!deflater.finished()) z.write(buffer, 0, deflater.deflate(buffer));
            return z.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static String latin1(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    // ---------------------------------------------------------------- objects

    /** The number of {@code b}, written as an object of its own (an indirect one's, or a new one for a direct one). */
    private int indirect(COSBase b) {
        COSBase o = resolve(b);
        Integer n = numberOf(o);
        if (n != null) return n;
        n = next++;
        numbers.put(o, n);
        queue.add(o);
        return n;
    }

    private Integer numberOf(COSBase o) {
        Integer n = numbers.get(o);
        return n != null ? n : pinned.get(o);
    }

    private void drain() throws IOException {
        while (!queue.isEmpty()) {
            COSBase o = queue.poll();
            writeObject(numbers.get(o), o);
        }
    }

    private void writeObject(int n, COSBase o) throws IOException {
        if (o instanceof COSStream st) {
            byte[] data;
            try (InputStream in = st.createRawInputStream()) {
                data = in.readAllBytes();
            }
            ByteArrayOutputStream dict = new ByteArrayOutputStream();
            dict.writeBytes("<< ".getBytes(StandardCharsets.US_ASCII));
            for (Map.Entry<COSName, COSBase> e : st.entrySet()) {
                if (e.getKey().equals(COSName.LENGTH)) continue;
                e.getKey().writePDF(dict);
                dict.write(' ');
                value(e.getValue(), dict);
                dict.write(' ');
            }
            grow(n);
            where[n] = out.size();
            kind[n] = 1;
            text(n + " 0 obj\n");
            out.writeBytes(dict.toByteArray());
            text("/Length " + data.length + " >>\nstream\n");
            out.writeBytes(data);
            text("\nendstream\nendobj\n");
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(64);
        if (o == null) body.writeBytes("null".getBytes(StandardCharsets.US_ASCII));
        else direct(o, body);
        put(n, body.toByteArray());
    }

    /** A value inside an object: a reference when it is an object of its own, else written out. */
    private void value(COSBase v, OutputStream to) throws IOException {
        if (v instanceof COSObject ref) {
            COSBase o = ref.getObject();
            if (o == null) {
                to.write("null".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            reference(indirect(o), to);
            return;
        }
        Integer pin = v == null ? null : numberOf(v);
        if (pin != null || v instanceof COSStream || (v instanceof COSDictionary || v instanceof COSArray)
                && v.getKey() != null) {
            reference(pin != null ? pin : indirect(v), to);
            return;
        }
        direct(v, to);
    }

    private void direct(COSBase v, OutputStream to) throws IOException {
        if (v == null || v instanceof COSNull) {
            to.write("null".getBytes(StandardCharsets.US_ASCII));
        } else if (v instanceof COSDictionary d) {
            to.write("<<".getBytes(StandardCharsets.US_ASCII));
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                to.write(' ');
                e.getKey().writePDF(to);
                to.write(' ');
                value(e.getValue(), to);
            }
            to.write(" >>".getBytes(StandardCharsets.US_ASCII));
        } else if (v instanceof COSArray a) {
            to.write('[');
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) to.write(' ');
                value(a.get(i), to);
            }
            to.write(']');
        } else if (v instanceof COSString s) {
            COSWriter.writeString(s, to);
        } else if (v instanceof COSName n) {
            n.writePDF(to);
        } else if (v instanceof COSInteger i) {
            i.writePDF(to);
        } else if (v instanceof COSFloat f) {
            f.writePDF(to);
        } else if (v instanceof COSBoolean b) {
            b.writePDF(to);
        } else {
            throw new IOException("cannot write " + v.getClass().getSimpleName());
        }
    }

    private static void reference(int n, OutputStream to) throws IOException {
        to.write((n + " 0 R").getBytes(StandardCharsets.US_ASCII));
    }

    private void grow(int n) {
        if (n < kind.length) return;
        int size = Math.max(n + 1, kind.length * 2);
        kind = Arrays.copyOf(kind, size);
        where = Arrays.copyOf(where, size);
        index = Arrays.copyOf(index, size);
    }

    private void text(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    // ---------------------------------------------------------------- the structure tree

    /**
     * The file as it is written, in chunks: a byte array that grows by doubling holds up to twice the file and copies
     * it at each doubling (the screen PDF of a fifty-times book is tens of megabytes).
     */
    private static final class Chunks extends OutputStream {
        private static final int CHUNK = 1 << 20;
        private final List<byte[]> full = new ArrayList<>();
        private byte[] current = new byte[CHUNK];
        private int used;

        @Override
        public void write(int b) {
            if (used == CHUNK) next();
            current[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (used == CHUNK) next();
                int n = Math.min(len, CHUNK - used);
                System.arraycopy(b, off, current, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        void writeBytes(byte[] b) {
            write(b, 0, b.length);
        }

        private void next() {
            full.add(current);
            current = new byte[CHUNK];
            used = 0;
        }

        long size() {
            return (long) full.size() * CHUNK + used;
        }

        byte[] toByteArray() {
            byte[] all = new byte[Math.toIntExact(size())];
            int at = 0;
            for (byte[] c : full) {
                System.arraycopy(c, 0, all, at, CHUNK);
                at += CHUNK;
            }
            System.arraycopy(current, 0, all, at, used);
            return all;
        }
    }

    private static COSDictionary structTreeRoot(PDDocument doc) throws ChapterPdf.NotAssembled {
        if (!(doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.STRUCT_TREE_ROOT)
                instanceof COSDictionary root)) {
            throw new ChapterPdf.NotAssembled("a tagged sequence without a structure tree");
        }
        for (COSName key : root.keySet()) {
            if (!ROOT_KEYS.contains(key)) throw new ChapterPdf.NotAssembled("a structure tree with " + key.getName());
        }
        return root;
    }

    /** The root's one element (FOP's Document). */
    private static COSDictionary documentElement(COSDictionary root) throws ChapterPdf.NotAssembled {
        COSBase k = root.getDictionaryObject(COSName.K);
        if (k instanceof COSArray a) {
            if (a.size() != 1) throw new ChapterPdf.NotAssembled("a structure tree with " + a.size() + " top elements");
            k = a.getObject(0);
        }
        if (k instanceof COSDictionary d) return d;
        throw new ChapterPdf.NotAssembled("a structure tree without a top element");
    }

    private static List<COSBase> children(COSDictionary element) {
        COSBase k = element.getItem(COSName.K);
        if (resolve(k) instanceof COSArray a) {
            List<COSBase> kids = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) kids.add(a.get(i));
            return kids;
        }
        return k == null ? List.of() : List.of(k);
    }

    private static void numberTree(COSBase node, Map<Integer, COSBase> into, int depth) throws ChapterPdf.NotAssembled {
        if (!(resolve(node) instanceof COSDictionary d)) return;
        if (depth > 32) throw new ChapterPdf.NotAssembled("a parent tree too deep");
        if (d.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (!(nums.getObject(i) instanceof COSNumber n)) throw new ChapterPdf.NotAssembled("a parent tree key");
                into.put(n.intValue(), nums.get(i + 1));
            }
        }
        if (d.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) numberTree(kids.get(i), into, depth + 1);
        }
    }

    private static void shift(COSDictionary d, COSName key, int offset) {
        int v = d.getInt(key, -1);
        if (v >= 0) d.setInt(key, v + offset);
    }

    private static COSBase resolve(COSBase b) {
        return b instanceof COSObject o ? o.getObject() : b;
    }
}
