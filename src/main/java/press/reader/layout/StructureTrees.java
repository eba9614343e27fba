package press.reader.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The structure trees of tagged page sequences, each laid out by FOP on its own, joined into the first one's as FOP
 * makes the tree of the whole book in one run: FOP's tree is a Document element with one Part per page sequence, so
 * each later sequence's Parts become the first one's Document's next children; each page's and link's entry in the
 * parent tree (the way from marked content back to its element) is numbered on after the sequences before it.
 * Anything else in a sequence's tree root (an ID tree, a role or class map that disagrees) is refused: the caller
 * lays the PDF out whole instead.
 */
final class StructureTrees {
    private static final COSName ROLE_MAP = COSName.getPDFName("RoleMap");
    private static final COSName CLASS_MAP = COSName.getPDFName("ClassMap");
    private static final Set<COSName> UNDERSTOOD = Set.of(COSName.TYPE, COSName.K, COSName.PARENT_TREE,
            COSName.PARENT_TREE_NEXT_KEY, ROLE_MAP, CLASS_MAP);

    private StructureTrees() {}

    /**
     * Joins the trees of {@code docs} (their pages already moved, in order, into the first) into the first's tree.
     *
     * @param pages each document's pages, as they were read
     * @return the structure elements moved (the later sequences' Parts)
     */
    static int join(List<PDDocument> docs, List<List<PDPage>> pages) throws ChapterPdf.NotAssembled {
        COSDictionary frameRoot = root(docs.get(0));
        COSBase document = documentElement(frameRoot);
        COSArray children = children((COSDictionary) resolve(document));
        TreeMap<Integer, COSBase> parentTree = new TreeMap<>();
        int next = 0;
        int moved = 0;
        for (int i = 0; i < docs.size(); i++) {
            COSDictionary root = i == 0 ? frameRoot : root(docs.get(i));
            for (COSName key : root.keySet()) {
                if (!UNDERSTOOD.contains(key)) throw new ChapterPdf.NotAssembled("a structure tree with " + key.getName());
            }
            TreeMap<Integer, COSBase> own = new TreeMap<>();
            numbers(root.getDictionaryObject(COSName.PARENT_TREE), own, 0);
            int offset = next;
            for (Map.Entry<Integer, COSBase> e : own.entrySet()) parentTree.put(e.getKey() + offset, e.getValue());
            next = offset + Math.max(own.isEmpty() ? 0 : own.lastKey() + 1,
                    root.getInt(COSName.PARENT_TREE_NEXT_KEY, 0));
            if (i == 0) continue;
            mergeMap(frameRoot, root, ROLE_MAP);
            mergeMap(frameRoot, root, CLASS_MAP);
            COSDictionary theirs = (COSDictionary) resolve(documentElement(root));
            for (COSBase kid : children(theirs)) {
                if (resolve(kid) instanceof COSDictionary part) part.setItem(COSName.P, document);
                children.add(kid);
                moved++;
            }
            for (PDPage page : pages.get(i)) {
                shift(page.getCOSObject(), COSName.STRUCT_PARENTS, offset);
                if (page.getCOSObject().getDictionaryObject(COSName.ANNOTS) instanceof COSArray annots) {
                    for (COSBase a : annots) {
                        if (resolve(a) instanceof COSDictionary annot) shift(annot, COSName.STRUCT_PARENT, offset);
                    }
                }
            }
        }
        COSArray nums = new COSArray();
        for (Map.Entry<Integer, COSBase> e : parentTree.entrySet()) {
            nums.add(COSInteger.get(e.getKey()));
            nums.add(e.getValue());
        }
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        frameRoot.setItem(COSName.PARENT_TREE, tree);
        if (frameRoot.containsKey(COSName.PARENT_TREE_NEXT_KEY)) frameRoot.setInt(COSName.PARENT_TREE_NEXT_KEY, next);
        return moved;
    }

    private static COSDictionary root(PDDocument doc) throws ChapterPdf.NotAssembled {
        if (doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.STRUCT_TREE_ROOT)
                instanceof COSDictionary root) return root;
        throw new ChapterPdf.NotAssembled("a tagged sequence without a structure tree");
    }

    /** The root's one element (FOP's Document), as the root holds it (a reference, so the Parts can point to it). */
    private static COSBase documentElement(COSDictionary root) throws ChapterPdf.NotAssembled {
        COSBase k = root.getItem(COSName.K);
        if (resolve(k) instanceof COSArray a) {
            if (a.size() != 1) throw new ChapterPdf.NotAssembled("a structure tree with " + a.size() + " top elements");
            k = a.get(0);
        }
        if (!(resolve(k) instanceof COSDictionary)) throw new ChapterPdf.NotAssembled("a structure tree without a top");
        return k;
    }

    /** An element's children as an array (made one when it holds one child, or none). */
    private static COSArray children(COSDictionary element) {
        COSBase k = element.getDictionaryObject(COSName.K);
        if (k instanceof COSArray a) return a;
        COSArray a = new COSArray();
        if (k != null) a.add(element.getItem(COSName.K));
        element.setItem(COSName.K, a);
        return a;
    }

    /** The entries of a number tree, its values as they are held (references stay references). */
    private static void numbers(COSBase node, Map<Integer, COSBase> into, int depth) throws ChapterPdf.NotAssembled {
        if (!(resolve(node) instanceof COSDictionary d)) return;
        if (depth > 32) throw new ChapterPdf.NotAssembled("a parent tree too deep");
        if (d.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (!(nums.getObject(i) instanceof COSNumber n)) throw new ChapterPdf.NotAssembled("a parent tree key");
                into.put(n.intValue(), nums.get(i + 1));
            }
        }
        if (d.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (COSBase kid : new ArrayList<>(kids.toList())) numbers(kid, into, depth + 1);
        }
    }

    private static void shift(COSDictionary d, COSName key, int offset) {
        int v = d.getInt(key, -1);
        if (v >= 0) d.setInt(key, v + offset);
    }

    /** A role or class map's entries added to the frame's; the same name mapped otherwise cannot be joined. */
    private static void mergeMap(COSDictionary frameRoot, COSDictionary root, COSName name)
            throws ChapterPdf.NotAssembled {
        if (!(root.getDictionaryObject(name) instanceof COSDictionary theirs)) return;
        COSDictionary ours = frameRoot.getCOSDictionary(name);
        if (ours == null) {
            ours = new COSDictionary();
            frameRoot.setItem(name, ours);
        }
        for (Map.Entry<COSName, COSBase> e : theirs.entrySet()) {
            COSBase mine = ours.getDictionaryObject(e.getKey());
            if (mine == null) ours.setItem(e.getKey(), e.getValue());
            else if (!mine.equals(resolve(e.getValue()))) {
                throw new ChapterPdf.NotAssembled("the " + name.getName() + " maps " + e.getKey().getName() + " twice");
            }
        }
    }

    private static COSBase resolve(COSBase b) {
        return b instanceof COSObject o ? o.getObject() : b;
    }
}
