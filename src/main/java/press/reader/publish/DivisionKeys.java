package press.reader.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import press.reader.assemble.DocBook;
import press.reader.layout.PageMap;

/**
 * For each division of the book (introduction, essay, back-matter section), the hash of everything its EPUB
 * document is made from: its own XML, where its anchors (and those of the division before it) fell in print, what it
 * shows of each target it links to (the file that holds it, its page, its title, its figure or table number), how
 * many numbered figures and tables come before it, the book's metadata and the styles. Equal hash, equal XHTML: the
 * division need not be transformed.
 *
 * <p>The index reads every index term of the book (its words, the file that holds it, its print page), and nothing
 * else of the other divisions: its key has those, so that an edit which leaves the index terms where they were does
 * not transform the index again. The stylesheet's reads that the keys follow are the functions of styles/epub/epub.xsl
 * (bp:href, bp:folio, bp:xref-label, bp:figure-label, bp:table-number, bp:marker-pages), which the sections' modules
 * call too (epub-chronology.xsl an event's pages by bp:folio), and epub-index.xsl's reads of every index term.
 */
final class DivisionKeys {
    private DivisionKeys() {}

    /**
     * What the stylesheet may take from where an element stands in the book: its division, and the numbers counted
     * through the book (figures, tables, parts) up to it.
     */
    private record Place(String division, int figure, int table, int part) {
        /** Written out by hand: a record's own toString, through method handles, was a sixth of the keys' cost. */
        void appendTo(StringBuilder b) {
            b.append(division).append(" f").append(figure).append(" t").append(table).append(" p").append(part);
        }
    }

    /**
     * {@code pagesLater}: asked for after the walk of the book, which needs no page: in a build without the print
     * layout, the page map is looked up under the book document's hash, made on the second core meanwhile.
     */
    static Map<String, String> compute(Document doc, Supplier<PageMap> pagesLater, String common) {
        Element book = doc.getDocumentElement();
        List<Element> divisions = new ArrayList<>();
        List<String> info = new ArrayList<>();
        for (Node n = book.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if (DocBook.id(e).isEmpty()) {
                info.add(digest(e, Set.of()));
                continue;
            }
            divisions.add(e);
            // a part's file is its title page; each of its chapters is a division (and a file) of its own
            if (e.getLocalName().equals("part")) {
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element chapter && !DocBook.id(chapter).isEmpty()) divisions.add(chapter);
                }
            }
        }
        String global = BuildCache.hash(common, String.join(",", info));

        // One walk of the book in document order: where each id is, the figure and table numbers (counted over the
        // whole book, as bp:figure-label and bp:table-number do), the index terms, each division's own ids (its own
        // first) and the targets its links name, and each division's digest. The digests were a second walk, and each
        // index term a digest of its own (4,000 of them in a 3x book: a third of the keys' cost).
        Walk w = new Walk(Collections.newSetFromMap(new IdentityHashMap<>()));
        w.divisions.addAll(divisions);
        for (Element d : divisions) w.owned.put(DocBook.id(d), new Own(new ArrayList<>(), new TreeSet<>()));
        w.walk(book, null, null);
        PageMap pages = pagesLater.get();
        // each index term's print page, in the order of the terms
        for (String term : w.indexTermIds) w.indexTerms.put('g', page(pages, term));
        String indexTerms = w.indexTerms.hex();

        Map<String, String> keys = new LinkedHashMap<>();
        String previousPages = "";
        for (int i = 0; i < divisions.size(); i++) {
            Element d = divisions.get(i);
            String id = DocBook.id(d);
            List<String> ids = w.owned.get(id).ids();
            SortedSet<String> targets = w.owned.get(id).targets();
            StringBuilder ownPages = new StringBuilder();
            for (String own : ids) ownPages.append(own).append(':').append(page(pages, own)).append('\n');
            StringBuilder slice = new StringBuilder(ownPages);
            slice.append("end:").append(page(pages, id + "--end")).append('\n');
            // a division's first page marker depends on where the division before it ended (bp:marker-pages)
            slice.append("previous:").append(previousPages).append('\n');
            int[] numbered = w.before.get(d);
            slice.append("figures-before:").append(numbered[0]).append(" tables-before:").append(numbered[1])
                    .append(" parts-before:").append(numbered[2]).append('\n');
            // what a link shows of its target: the file that holds it, its page, its title, its number
            for (String target : targets) {
                Place p = w.places.get(target);
                Element t = w.byId.get(target);
                slice.append("link:").append(target).append('>');
                if (p == null) slice.append('-');
                else p.appendTo(slice);
                slice.append(' ').append(page(pages, target));
                if (t != null) slice.append(' ').append(t.getLocalName()).append(' ').append(title(t));
                slice.append('\n');
            }
            if (i + 1 < divisions.size()) slice.append("next:").append(page(pages, DocBook.id(divisions.get(i + 1))));
            if (d.getLocalName().equals("index")) slice.append("index-terms:").append(indexTerms);
            // a part's file is its title page: its chapters, files of their own, are not part of it
            keys.put(id, BuildCache.hash(global, w.digests.get(d).hex(), slice));
            previousPages = BuildCache.hash(ownPages);
        }
        return keys;
    }

    /** What of a division is its own, not its nested divisions': its ids in document order, its links' targets. */
    private record Own(List<String> ids, SortedSet<String> targets) {}

    /** The one walk of the book and what it gathers. */
    private static final class Walk {
        final Set<Element> divisions;
        final Map<String, Place> places = new HashMap<>();
        final Map<String, Element> byId = new HashMap<>();
        /** numbered figures and tables, and parts, before each division */
        final Map<Element, int[]> before = new HashMap<>();
        final Map<String, Own> owned = new HashMap<>();
        /** each division's digest: its subtree, a nested division only as its id ({@link #digest}) */
        final Map<Element, Hasher> digests = new IdentityHashMap<>();
        /** every index term of the book: its id, division and subtree (their print pages are added after the walk) */
        final Hasher indexTerms = new Hasher();
        final List<String> indexTermIds = new ArrayList<>();
        final int[] counts = new int[3];

        Walk(Set<Element> divisions) {
            this.divisions = divisions;
        }

        /** {@code own}: the digest of the division {@code e} is in (null outside the divisions). */
        void walk(Element e, String division, Hasher own) {
            String name = e.getLocalName();
            if (name.equals("part") && e.getParentNode() == e.getOwnerDocument().getDocumentElement()) counts[2]++;
            String id = DocBook.id(e);
            if (divisions.contains(e)) {
                division = id;
                before.put(e, counts.clone());
                if (own != null) own.put('x', id);    // another division: only that it stands here
                own = new Hasher();
                digests.put(e, own);
            }
            if (name.equals("figure") && hasChild(e, "mediaobject")) counts[0]++;
            if (name.equals("table") && "text".equals(e.getAttribute("role")) && hasChild(e, "title")) counts[1]++;
            Own mine = division == null ? null : owned.get(division);
            if (!id.isEmpty()) {
                places.put(id, new Place(division, counts[0], counts[1], counts[2]));
                byId.putIfAbsent(id, e);
                if (mine != null) mine.ids().add(id);
            }
            String target = e.getAttribute("linkend");
            if (!target.isEmpty() && mine != null) mine.targets().add(target);
            if (name.equals("indexterm")) {
                indexTerms.put('i', id);
                indexTerms.put('d', String.valueOf(division));
                indexTermIds.add(id);
                indexTerms.feed(e, e, Set.of());
            }
            if (own != null) own.start(e);
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element child) walk(child, division, own);
                else if (own != null) own.feed(c, e, Set.of());
            }
            if (own != null) own.end();
        }
    }
    /** Where {@code id} fell in print ("12 xii"), or "-": by hand, not a record's toString (see Place). */
    private static String page(PageMap pages, String id) {
        PageMap.Page p = pages.page(id);
        return p == null ? "-" : p.index() + " " + p.folio();
    }

    private static boolean hasChild(Element e, String localName) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child && localName.equals(child.getLocalName())) return true;
        }
        return false;
    }

    /** The digest of a link target's title as a link may print it ((info/title, title)[1]). */
    private static String title(Element target) {
        for (Node c = target.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child && child.getLocalName().equals("info")) {
                for (Node t = child.getFirstChild(); t != null; t = t.getNextSibling()) {
                    if (t instanceof Element title && title.getLocalName().equals("title")) return digest(title, Set.of());
                }
            }
        }
        for (Node c = target.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child && child.getLocalName().equals("title")) return digest(child, Set.of());
        }
        return "-";
    }

    /**
     * The SHA-256 of a subtree: every element's namespace, name and attributes, every text, comment and
     * processing instruction, each length-prefixed, leaving out the subtrees in {@code except} below the root. A walk
     * of the DOM, several times faster than serialising it.
     */
    static String digest(Node n, Set<Element> except) {
        Hasher h = new Hasher();
        h.feed(n, n, except);
        return h.hex();
    }

    /** A SHA-256 fed with a DOM's nodes, with a buffer of its own (one per digest: no thread-local look-up per string). */
    private static final class Hasher {
        private final MessageDigest md;
        private final byte[] buffer = new byte[4096];
        /** the chars of the string being fed, taken in one copy (char by char, each was checked against the length) */
        private char[] chars = new char[256];
        /** the namespace of the last element fed in full ({@link #start}) */
        private String lastNamespace;

        Hasher() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        String hex() {
            return HexFormat.of().formatHex(md.digest());
        }

        /**
         * An element's start: its namespace, name and attributes (its children and {@link #end} follow). A namespace
         * the same as the last element's is one byte, and an attribute's absent namespace another: nearly every
         * element of the book is DocBook's, and its namespace's name was a quarter of the bytes hashed.
         */
        void start(Node n) {
            String ns = n.getNamespaceURI();
            if (ns != null && ns.equals(lastNamespace)) {
                md.update((byte) '^');
            } else {
                put('<', ns);
                lastNamespace = ns;
            }
            put(':', n.getLocalName() != null ? n.getLocalName() : n.getNodeName());
            // in the DOM's order: the assembler makes them in the same order for the same book (another order
            // would only be a miss, never a wrong hit)
            NamedNodeMap atts = n.getAttributes();
            for (int i = 0, count = atts.getLength(); i < count; i++) {
                Attr a = (Attr) atts.item(i);
                if (a.getNamespaceURI() == null) md.update((byte) '_');
                else put('@', a.getNamespaceURI());
                put(':', a.getLocalName() != null ? a.getLocalName() : a.getName());
                put('=', a.getValue());
            }
        }

        void end() {
            md.update((byte) '>');
        }

        void feed(Node n, Node root, Set<Element> except) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    if (n != root && except.contains(n)) {
                        put('x', DocBook.id((Element) n));   // another division: only that it stands here
                        return;
                    }
                    start(n);
                    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) feed(c, root, except);
                    end();
                }
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> put('t', n.getNodeValue());
                case Node.COMMENT_NODE -> put('c', n.getNodeValue());
                case Node.PROCESSING_INSTRUCTION_NODE -> {
                    put('p', n.getNodeName());
                    put('d', n.getNodeValue());
                }
                default -> {
                    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) feed(c, root, except);
                }
            }
        }

        /**
         * The kind, the length in chars and the chars, written through the buffer, not encoded to UTF-8 in a new array
         * per string: the keys are computed over the whole book at every rebuild, and the encoding was half their cost.
         * An ASCII char is one byte, any other the byte 0x80 (never an ASCII char's) and its two bytes: the book's text
         * is nearly all ASCII, and SHA-256, without the optimising compiler, was three quarters of the keys' cost, so
         * half the bytes is nearly half the cost. The code is prefix-free, so different strings still feed different
         * bytes.
         */
        void put(char kind, String s) {
            String v = String.valueOf(s);
            byte[] b = buffer;
            int n = v.length();
            b[0] = (byte) kind;
            // the length seven bits a byte, the high bit saying another follows: most strings' in one byte, not four
            int at = 1;
            for (int rest = n; ; rest >>>= 7) {
                if (rest < 0x80) {
                    b[at++] = (byte) rest;
                    break;
                }
                b[at++] = (byte) (0x80 | (rest & 0x7F));
            }
            if (chars.length < n) chars = new char[Math.max(n, chars.length * 2)];
            char[] cs = chars;
            v.getChars(0, n, cs, 0);
            for (int i = 0; i < n; i++) {
                if (at + 3 > b.length) {
                    md.update(b, 0, at);
                    at = 0;
                }
                char c = cs[i];
                if (c < 0x80) {
                    b[at++] = (byte) c;
                } else {
                    b[at++] = (byte) 0x80;
                    b[at++] = (byte) (c >>> 8);
                    b[at++] = (byte) c;
                }
            }
            md.update(b, 0, at);
        }
    }
}
