package press.reader.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The stylesheet's XSL-FO cut into what a chapter's own layout needs: the root element and what every page
 * sequence shares (page masters, declarations), the bookmark tree (made into the PDF's outline when the chapters are
 * put together: its targets are in every chapter), and each page sequence (front matter, a chapter, the index, the
 * signature's blank pages) as a recording of its own, with the ids it holds and those it points to.
 */
sealed class FoChapters extends DefaultHandler permits FoChapters.Fingerprinting {
    static final String FO = "http://www.w3.org/1999/XSL/Format";

    /** One page sequence of the book. */
    static final class Sequence {
        final SaxRecording events = new SaxRecording();
        /** The ids of its formatting objects, in order. */
        final Set<String> ids = new LinkedHashSet<>();
        /** The ids its links and page-number citations point to. */
        final Set<String> targets = new LinkedHashSet<>();
        String initialPageNumber;
        String forcePageCount;
        boolean padding;
        /** Its fingerprint as last taken, to be taken again only if the rewrite would read otherwise (guarded by this). */
        ChapterLayout.Rewritten rewritten;
    }

    /** A bookmark of the outline: its title, its target, the bookmarks below it. */
    record Bookmark(String title, String target, List<Bookmark> children) {}

    /** Prefix mappings before the root, the root element itself. */
    final SaxRecording prolog = new SaxRecording();
    SaxRecording.Start root;
    /** Page masters and declarations: the same for every page sequence. */
    final SaxRecording shared = new SaxRecording();
    final List<Sequence> sequences = new ArrayList<>();
    final List<Bookmark> bookmarks = new ArrayList<>();

    /**
     * The divisions whose sequences the stylesheet marked (its parameter divisions-marked), in order: each with the
     * index of its first sequence and how many it has; empty when it marks none.
     */
    final List<Division> divisions = new ArrayList<>();
    /** The sequences kept from the last run of a division written as a mark alone (bp:kept-division), by its id. */
    Function<String, List<Sequence>> kept = id -> null;
    /** The sequences taken from {@link #kept}: another run's, whose recordings are not this one's to let go. */
    final Set<Sequence> taken = Collections.newSetFromMap(new IdentityHashMap<>());

    /** A division's page sequences: {@code count} from index {@code first}. */
    record Division(String id, int first, int count) {}

    private static final String BP = "urn:bookpress";
    /** The division whose sequences are being cut (null: none, or the sequences after the last). */
    private String division;
    private int divisionFirst;

    /** Told the index of each page sequence as soon as the stylesheet has written all of it (null: no one). */
    IntConsumer whenCut;
    private int cut;

    /**
     * The root and what the sequences share, as written so far, apart from this cutting (which goes on): what a page
     * sequence's own layout reads besides its events.
     */
    FoChapters frameCopy() {
        FoChapters c = new FoChapters();
        c.prolog.events().addAll(prolog.events());
        c.root = root;
        c.shared.events().addAll(shared.events());
        return c;
    }

    private void reportCut() {
        while (whenCut != null && cut < sequences.size()) whenCut.accept(cut++);
    }

    private int depth;
    /** Where the events of the root's current child go (null inside the bookmark tree). */
    private SaxRecording into;
    private Sequence sequence;
    private final List<SaxRecording.Event> pendingPrefixes = new ArrayList<>();
    /** The bookmarks being read: one list of children per open bookmark, the tree's own list at the bottom. */
    private final List<List<Bookmark>> openChildren = new ArrayList<>();
    private final List<String[]> openBookmarks = new ArrayList<>();
    private StringBuilder title;
    /** Where the last element's end went (null: the root's end, or inside the bookmark tree). */
    private SaxRecording lastEnded;

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        pendingPrefixes.add(new SaxRecording.Prefix(prefix, uri));
    }

    /** A prefix mapping ends after the element it was declared on: it goes where that element's end went. */
    @Override
    public void endPrefixMapping(String prefix) {
        if (lastEnded != null) lastEnded.add(new SaxRecording.EndPrefix(prefix));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        depth++;
        if (depth == 1) {
            pendingPrefixes.forEach(prolog::add);
            pendingPrefixes.clear();
            root = new SaxRecording.Start(uri, localName, qName, new AttributesImpl(atts));
            return;
        }
        if (depth == 2) {
            reportCut();              // the sequence before is complete, its prefix mappings' ends included
            sequence = null;
            if (BP.equals(uri) && (localName.equals("division") || localName.equals("kept-division"))) {
                divisionMark(localName, atts.getValue("id"));
                pendingPrefixes.clear();
                into = null;
                return;
            }
            if (!FO.equals(uri) || !localName.equals("page-sequence")) endDivision();
            if (FO.equals(uri) && localName.equals("bookmark-tree")) {
                into = null;
                openChildren.add(bookmarks);
            } else if (FO.equals(uri) && localName.equals("page-sequence")) {
                sequence = new Sequence();
                sequences.add(sequence);
                into = sequence.events;
                sequence.initialPageNumber = atts.getValue("initial-page-number");
                sequence.forcePageCount = atts.getValue("force-page-count");
                sequence.padding = atts.getIndex(SignaturePadding.NS, SignaturePadding.MARKER) >= 0;
            } else {
                into = shared;
            }
        }
        if (into == null) {
            bookmark(uri, localName, atts);
            pendingPrefixes.clear();
            return;
        }
        pendingPrefixes.forEach(into::add);
        pendingPrefixes.clear();
        into.start(uri, localName, qName, atts);
        if (sequence != null) {
            String id = atts.getValue("id");
            if (id != null && !id.isEmpty()) sequence.ids.add(id);
            if (FO.equals(uri)) {
                String target = localName.equals("basic-link") ? atts.getValue("internal-destination")
                        : localName.startsWith("page-number-citation") ? atts.getValue("ref-id") : null;
                if (target != null && !target.isEmpty()) sequence.targets.add(target);
            }
        }
    }

    /** A division's mark: the sequences that follow are its own, or (kept) its sequences are the last run's. */
    private void divisionMark(String kind, String id) {
        endDivision();
        if (kind.equals("kept-division")) {
            List<Sequence> last = kept.apply(id);
            if (last == null) throw new IllegalStateException("no page sequences kept for the division " + id);
            divisions.add(new Division(id, sequences.size(), last.size()));
            sequences.addAll(last);
            taken.addAll(last);
            reportCut();
        } else if (id != null && !id.isEmpty()) {
            division = id;
            divisionFirst = sequences.size();
        }                                   // an empty id: the divisions' sequences are over
    }

    /** The division being cut has no more sequences. */
    private void endDivision() {
        if (division == null) return;
        divisions.add(new Division(division, divisionFirst, sequences.size() - divisionFirst));
        division = null;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (depth == 2 && BP.equals(uri) && (localName.equals("division") || localName.equals("kept-division"))) {
            lastEnded = null;             // its prefix mapping's end goes nowhere, as its start did
            depth--;
            return;
        }
        lastEnded = depth == 1 ? null : into;
        if (depth == 1) {
            endDivision();
            depth--;
            reportCut();
            return;
        }
        if (into == null) {
            endBookmark(uri, localName);
        } else {
            into.add(new SaxRecording.End(uri, localName, qName));
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (into != null && depth >= 2) {
            into.text(ch, start, length);
        } else if (title != null) {
            title.append(ch, start, length);
        }
    }

    private void bookmark(String uri, String localName, Attributes atts) {
        if (!FO.equals(uri)) return;
        if (localName.equals("bookmark")) {
            openBookmarks.add(new String[] {atts.getValue("internal-destination"), null});
            openChildren.add(new ArrayList<>());
        } else if (localName.equals("bookmark-title")) {
            title = new StringBuilder();
        }
    }

    private void endBookmark(String uri, String localName) {
        if (!FO.equals(uri)) return;
        if (localName.equals("bookmark-title") && title != null) {
            openBookmarks.get(openBookmarks.size() - 1)[1] = title.toString();
            title = null;
        } else if (localName.equals("bookmark")) {
            String[] b = openBookmarks.remove(openBookmarks.size() - 1);
            List<Bookmark> children = openChildren.remove(openChildren.size() - 1);
            openChildren.get(openChildren.size() - 1).add(new Bookmark(b[1] == null ? "" : b[1], b[0], children));
        } else if (localName.equals("bookmark-tree")) {
            openChildren.clear();
        }
    }

    /** Every recording ends here (its last text flushed): from now on it is only read, and may be from any thread. */
    @Override
    public void endDocument() {
        prolog.events();
        shared.events();
        for (Sequence s : sequences) s.events.events();
    }

    /**
     * A fingerprint of all that a layout reads of this XSL-FO: the sequences' events, then the root, what the
     * sequences share and the outline. Two runs of the stylesheet with the same fingerprint are laid out alike. Taken
     * from the recordings when asked for ({@link ChapterLayout}'s settle rule asks only when a pass moved a page), not
     * on the way in: hashing every event of the stylesheet's run cost a warm rebuild that never asks.
     */
    byte[] fingerprint() {
        FoDigest d = new FoDigest(null);
        try {
            for (Sequence s : sequences) s.events.replay(d);
            frameInto(d);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        return d.digest();
    }

    /**
     * Whether {@code other}, a recording kept whole, holds the XSL-FO this one does, as their {@link #fingerprint}s
     * would tell: a sequence {@code other} took from this one at the same place is the same without being read again
     * (the settle rule's run of the stylesheet takes the divisions no moved page changes).
     */
    boolean writesAlike(FoChapters other) {
        if (other instanceof Fingerprinting) throw new IllegalArgumentException("a fingerprint alone cannot be compared so");
        if (sequences.size() != other.sequences.size()) return false;
        FoDigest mine = new FoDigest(null);
        FoDigest theirs = new FoDigest(null);
        try {
            for (int i = 0; i < sequences.size(); i++) {
                Sequence s = sequences.get(i);
                Sequence t = other.sequences.get(i);
                if (s == t) continue;
                s.events.replay(mine);
                t.events.replay(theirs);
            }
            frameInto(mine);
            other.frameInto(theirs);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        return Arrays.equals(mine.digest(), theirs.digest());
    }

    /**
     * Cut as an {@code FoChapters} is, keeping nothing of the sequences: each is fingerprinted as soon as it is cut
     * and let go (the settle rule's second run of the stylesheet, which is only compared).
     */
    static final class Fingerprinting extends FoChapters {
        private final FoDigest digest = new FoDigest(null);

        Fingerprinting() {
            whenCut = i -> {
                Sequence s = sequences.get(i);
                List<SaxRecording.Event> events = s.events.events();
                try {
                    for (SaxRecording.Event e : events) e.replay(digest);
                } catch (SAXException e) {
                    throw new IllegalStateException(e);
                }
                if (!taken.contains(s)) events.clear();
            };
        }

        /** {@link #fingerprint} of the XSL-FO received (call once, after its end). */
        @Override
        byte[] fingerprint() {
            try {
                frameInto(digest);
            } catch (SAXException e) {
                throw new IllegalStateException(e);
            }
            return digest.digest();
        }
    }

    void frameInto(FoDigest d) throws SAXException {
        prolog.replay(d);
        if (root != null) d.startElement(root.uri(), root.localName(), root.qName(), root.atts());
        shared.replay(d);
        bookmarksInto(bookmarks, d);
    }

    private static void bookmarksInto(List<Bookmark> list, FoDigest d) throws SAXException {
        for (Bookmark b : list) {
            AttributesImpl atts = new AttributesImpl();
            if (b.target() != null) {
                atts.addAttribute("", "internal-destination", "internal-destination", "CDATA", b.target());
            }
            d.startElement(FO, "bookmark", "bookmark", atts);
            d.characters(b.title().toCharArray(), 0, b.title().length());
            bookmarksInto(b.children(), d);
            d.endElement(FO, "bookmark", "bookmark");
        }
    }

    /** Every target of the bookmarks. */
    Set<String> bookmarkTargets() {
        Set<String> out = new LinkedHashSet<>();
        addTargets(bookmarks, out);
        return out;
    }

    private static void addTargets(List<Bookmark> list, Set<String> out) {
        for (Bookmark b : list) {
            if (b.target() != null) out.add(b.target());
            addTargets(b.children(), out);
        }
    }
}
