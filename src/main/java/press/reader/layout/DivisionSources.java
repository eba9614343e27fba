package press.reader.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.sf.saxon.om.AttributeInfo;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.pattern.NodeKindTest;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.tree.iter.AxisIterator;
import net.sf.saxon.type.Type;
import net.sf.saxon.om.AxisInfo;
import java.util.HexFormat;
import press.reader.memo.Hash128;

/**
 * For each division of the book (each child of the book with an id: an essay, a part with its chapters, the
 * glossary, the index…), a key of everything the stock print stylesheet (styles/fo.xsl and its modules) reads to write
 * that division's page sequences, besides the page map and its parameters, which {@link ChapterLayout} compares
 * itself: the parameters whole, the map by what the division reads of it ({@link Key#pageReads}). Equal key, equal
 * XSL-FO: the division's sequences are taken from the last run of the stylesheet ({@code kept-divisions}) instead of
 * written again, which was most of the stylesheet's time in a warm rebuild.
 *
 * <p>What the stylesheet reads, and so the key holds: the division's own subtree; the book outside its divisions
 * (its language, its info: the running heads' title) and the list of divisions (which is first: page 1); the
 * numbered figures and text tables before the division (figure-numbers, table-numbers count through the book), the
 * parts before it (a part's label), the notes since the last division that restarts their numbers (note-numbers.xsl:
 * a glossary's notes would go on from the appendix before it); for each link's target (bp:xref-label,
 * bp:xref-unnumbered): its kind, whether it has a picture, a title, its role, and the figures and tables before it;
 * the chronology, which a time line anywhere reads; and, for the index, every index term of the book in order. The
 * EPUB's {@code DivisionKeys} follows the EPUB stylesheet's reads alike. A design's own stylesheet may read more:
 * with one, nothing is kept.
 */
final class DivisionSources {
    private static final String DB = "http://docbook.org/ns/docbook";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private DivisionSources() {}

    /**
     * A division's key, and the ids whose pages it prints from the page map ({@code bp:page-of}: the targets of its
     * links, a chronology's included); null when it reads the whole map (the index, grouping every occurrence by its
     * page). The key holds everything else it reads: its XSL-FO is the same under two maps that give these ids the
     * same pages.
     */
    record Key(String key, Set<String> pageReads) {
        /** Whether this division's XSL-FO reads the same of map {@code a} as of map {@code b}. */
        boolean readsAlike(PageMap a, PageMap b) {
            if (pageReads == null) return a.equals(b);
            for (String id : pageReads) {
                if (!Objects.equals(a.page(id), b.page(id))) return false;
            }
            return true;
        }
    }

    /** Each division's {@link Key}, by its id, in the book's order. */
    static Map<String, Key> divisions(XdmNode document) {
        NodeInfo book = firstElement(document.getUnderlyingNode());
        Map<String, Key> keys = new LinkedHashMap<>();
        if (book == null) return keys;
        Walk w = new Walk();
        StringBuilder frame = new StringBuilder();
        put(frame, 'b', book.getURI() + " " + book.getLocalPart());
        attributes(book, frame);
        List<NodeInfo> divisions = new ArrayList<>();
        AxisIterator children = book.iterateAxis(AxisInfo.CHILD);
        for (NodeInfo c; (c = children.next()) != null; ) {
            if (c.getNodeKind() != Type.ELEMENT) {
                serialise(c, frame);
                continue;
            }
            String id = id(c);
            put(frame, 'd', id + " " + c.getLocalPart() + " " + c.getAttributeValue("", "role"));
            if (id.isEmpty()) {
                w.walk(c, frame, null);        // the book's info, and anything else outside the divisions
                continue;
            }
            divisions.add(c);
            if (c.getLocalPart().equals("part")) w.parts++;
            Division d = new Division(divisions.size(), w.figures, w.tables, w.parts);
            w.divisions.put(id, d);
            w.walk(c, d.text, d);
        }
        String global = hash(frame) + hash(w.chronology);
        String terms = hash(w.indexTerms);
        for (NodeInfo c : divisions) {
            Division d = w.divisions.get(id(c));
            StringBuilder all = new StringBuilder(global);
            put(all, 'p', d.position + " f" + d.figuresBefore + " t" + d.tablesBefore + " p" + d.partsBefore
                    + " n" + d.notesAtStart);
            for (String target : d.links) put(all, 'l', target + ">" + w.targets.getOrDefault(target, "-"));
            if (c.getLocalPart().equals("index")) put(all, 'i', terms);
            put(all, 's', hash(d.text));
            keys.put(id(c), new Key(hash(all), d.readsWholeMap ? null : Set.copyOf(d.links)));
        }
        return keys;
    }

    /** A division: its text, its place, what was counted before it, the targets of its links. */
    private static final class Division {
        final StringBuilder text = new StringBuilder();
        final int position;
        final int figuresBefore;
        final int tablesBefore;
        final int partsBefore;
        int notesAtStart = -1;
        final TreeSet<String> links = new TreeSet<>();
        /** whether it holds an index, which groups every occurrence by its page (fo-index.xsl) */
        boolean readsWholeMap;

        Division(int position, int figuresBefore, int tablesBefore, int partsBefore) {
            this.position = position;
            this.figuresBefore = figuresBefore;
            this.tablesBefore = tablesBefore;
            this.partsBefore = partsBefore;
        }
    }

    /** The one walk of the book in document order, and what it counts. */
    private static final class Walk {
        final Map<String, Division> divisions = new HashMap<>();
        /** what a link shows of each id's element (see the class comment) */
        final Map<String, String> targets = new HashMap<>();
        final StringBuilder indexTerms = new StringBuilder();
        final StringBuilder chronology = new StringBuilder();
        int figures;
        int tables;
        int parts;
        /** notes since the last preface, chapter or appendix (as note-numbers.xsl counts them) */
        int notes;

        void walk(NodeInfo e, StringBuilder into, Division division) {
            String name = e.getLocalPart();
            boolean db = DB.equals(e.getURI());
            if (db && (name.equals("preface") || name.equals("chapter") || name.equals("appendix"))) notes = 0;
            if (db && name.equals("footnote")) notes++;
            if (division != null && division.notesAtStart < 0) division.notesAtStart = notes;
            String id = id(e);
            if (!id.isEmpty()) {
                targets.putIfAbsent(id, name + " " + (db && hasChild(e, "mediaobject")) + " " + (db && hasChild(e, "title"))
                        + " " + e.getAttributeValue("", "role") + " f" + figures + " t" + tables);
            }
            if (db && name.equals("figure") && hasChild(e, "mediaobject")) figures++;
            if (db && name.equals("table") && "text".equals(e.getAttributeValue("", "role")) && hasChild(e, "title")) {
                tables++;
            }
            String link = e.getAttributeValue("", "linkend");
            if (link != null && division != null) division.links.add(link);
            if (db && name.equals("index") && division != null) division.readsWholeMap = true;
            if (db && name.equals("indexterm")) serialise(e, indexTerms);
            // a time line anywhere reads the chronology, wherever it is (timeline-figure.xsl: //d:appendix[@role])
            if (db && name.equals("appendix") && "chronology".equals(e.getAttributeValue("", "role"))) {
                serialise(e, chronology);
            }
            put(into, '<', e.getURI() + " " + name);
            attributes(e, into);
            AxisIterator children = e.iterateAxis(AxisInfo.CHILD);
            for (NodeInfo c; (c = children.next()) != null; ) {
                if (c.getNodeKind() == Type.ELEMENT) walk(c, into, division);
                else serialise(c, into);
            }
            into.append('>');
        }
    }

    /** A node and all below it, each part length-prefixed. */
    private static void serialise(NodeInfo n, StringBuilder into) {
        switch (n.getNodeKind()) {
            case Type.ELEMENT -> {
                put(into, '<', n.getURI() + " " + n.getLocalPart());
                attributes(n, into);
                AxisIterator children = n.iterateAxis(AxisInfo.CHILD);
                for (NodeInfo c; (c = children.next()) != null; ) serialise(c, into);
                into.append('>');
            }
            case Type.TEXT, Type.WHITESPACE_TEXT -> put(into, 't', n.getStringValue());
            case Type.COMMENT -> put(into, 'c', n.getStringValue());
            case Type.PROCESSING_INSTRUCTION -> put(into, 'p', n.getLocalPart() + " " + n.getStringValue());
            default -> { }
        }
    }

    private static void attributes(NodeInfo e, StringBuilder into) {
        for (AttributeInfo a : e.attributes()) {
            put(into, '@', a.getNodeName().getURI() + " " + a.getNodeName().getLocalPart());
            put(into, '=', a.getValue());
        }
    }

    /** The kind, the length, the text: so that no two different sequences of parts make one string. */
    private static void put(StringBuilder into, char kind, String s) {
        String v = String.valueOf(s);
        into.append(kind).append(v.length()).append(':').append(v);
    }

    /**
     * A 128-bit hash ({@link Hash128}): the keys are compared within one process, and the book's two million chars
     * a warm rebuild of the 3x book walks cost tens of milliseconds as SHA-256 under the quick compiler.
     */
    private static String hash(CharSequence text) {
        return HexFormat.of().formatHex(new Hash128().put(text).digest());
    }

    private static String id(NodeInfo e) {
        String id = e.getAttributeValue(XML, "id");
        return id == null ? "" : id;
    }

    private static boolean hasChild(NodeInfo e, String localName) {
        AxisIterator it = e.iterateAxis(AxisInfo.CHILD, NodeKindTest.ELEMENT);
        for (NodeInfo c; (c = it.next()) != null; ) {
            if (localName.equals(c.getLocalPart()) && DB.equals(c.getURI())) return true;
        }
        return false;
    }

    private static NodeInfo firstElement(NodeInfo document) {
        AxisIterator it = document.iterateAxis(AxisInfo.CHILD, NodeKindTest.ELEMENT);
        return it.next();
    }
}
