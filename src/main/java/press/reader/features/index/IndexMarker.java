package press.reader.features.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import press.reader.assemble.DocBook;
import press.reader.assemble.InlineMarker;
import press.reader.assemble.PieceContext;
import press.reader.assemble.TextMarks;
import press.reader.assemble.WordMatcher;
import press.reader.diagnostics.Diagnostics;

/**
 * Marks every occurrence of an index heading's forms with a DocBook indexterm carrying an id, so that the layout
 * pass can tell on which page each occurrence landed. Occurrences in notes are marked as such ("45n").
 */
final class IndexMarker implements InlineMarker {
    /** A heading or subentry as an index target: primary, and secondary when it is a subentry. */
    record Target(IndexHeading primary, IndexHeading secondary) {
        IndexHeading heading() {
            return secondary != null ? secondary : primary;
        }
    }

    private final WordMatcher<Target> matcher;
    private final DocBook db;
    private final PieceContext ctx;
    private final String chapter;
    private final IndexCounter counter;

    /** Hands out occurrence ids and counts hits per heading, book-wide. */
    static final class IndexCounter {
        private final Map<String, Integer> perChapter = new HashMap<>();
        final Map<IndexHeading, Integer> hits = new LinkedHashMap<>();
        /**
         * What the chapter begun last added: its pieces' last ids' numbers, its hits (IndexFeature#chapterLeft), these
         * counted by the headings' identity, as a record's hash code hashes all its lists at every hit.
         */
        private final Map<String, Integer> idsInChapter = new LinkedHashMap<>();
        private final Map<IndexHeading, int[]> hitsInChapter = new IdentityHashMap<>();
        private final List<IndexHeading> hitInChapter = new ArrayList<>();

        /** Ids count per chapter, so an edit in one chapter leaves the others' ids (and cached output) alone. */
        String nextId(String chapter) {
            int n = perChapter.merge(chapter, 1, Integer::sum);
            idsInChapter.put(chapter, n);
            return "ix-" + chapter + "-" + n;
        }

        void hit(IndexHeading h) {
            hits.merge(h, 1, Integer::sum);
            int[] n = hitsInChapter.get(h);
            if (n == null) {
                hitsInChapter.put(h, new int[] {1});
                hitInChapter.add(h);
            } else {
                n[0]++;
            }
        }

        void beginChapter() {
            idsInChapter.clear();
            hitsInChapter.clear();
            hitInChapter.clear();
        }

        /** What the chapter begun last added. */
        Left chapterLeft() {
            return new Left(Map.copyOf(idsInChapter),
                    hitInChapter.stream().map(h -> Map.entry(h, hitsInChapter.get(h)[0])).toList());
        }

        /** Adds what a reused chapter added. */
        void reuse(Left left) {
            perChapter.putAll(left.ids());
            for (Map.Entry<IndexHeading, Integer> h : left.hits()) hits.merge(h.getKey(), h.getValue(), Integer::sum);
        }

        /**
         * What a chapter added: the number of the last id of each of its pieces (a piece's ids are counted on from
         * it, were one to share the chapter's prefix), and its hits per heading, in order.
         */
        record Left(Map<String, Integer> ids, List<Map.Entry<IndexHeading, Integer>> hits) {}
    }

    /** Whether every occurrence the editor added by hand in this piece found its words (else reported at the end). */
    boolean allPlaced() {
        return additions.stream().allMatch(a -> a.placed);
    }

    IndexMarker(WordMatcher<Target> matcher, List<IndexHeading> headings, DocBook db, PieceContext ctx, String chapter,
                IndexCounter counter) {
        this.matcher = matcher;
        this.db = db;
        this.ctx = ctx;
        this.chapter = chapter;
        this.counter = counter;
        for (IndexHeading h : headings) {
            for (IndexHeading.Addition a : h.additions()) if (a.chapter().equals(chapter)) additions.add(new Addition(a, new Target(h, null)));
            for (IndexHeading sub : h.subentries()) {
                for (IndexHeading.Addition a : sub.additions()) if (a.chapter().equals(chapter)) additions.add(new Addition(a, new Target(h, sub)));
            }
        }
    }

    static WordMatcher<Target> matcherFor(List<IndexHeading> headings) {
        Map<String, Target> phrases = new LinkedHashMap<>();
        for (IndexHeading h : headings) {
            if (h.see() != null) continue;
            for (IndexHeading sub : h.subentries()) for (String f : sub.forms()) phrases.putIfAbsent(f, new Target(h, sub));
            for (String f : h.forms()) phrases.putIfAbsent(f, new Target(h, null));
        }
        return new WordMatcher<>(phrases);
    }

    @Override
    public void mark(String text, TextMarks marks) {
        for (WordMatcher.Hit<Target> hit : matcher.find(text)) {
            Target t = hit.target();
            int nth = seen.merge(t.heading(), 1, Integer::sum);
            if (suppressed(t.primary(), nth) || (t.secondary() != null && suppressed(t.secondary(), nth))) continue;
            counter.hit(t.heading());
            boolean inNote = ctx.inNote();
            marks.insert(hit.start(), false, 0, () -> indexterm(t, inNote));
        }
        for (Addition a : additions) {
            if (a.placed) continue;
            int at = WordMatcher.normalise(text).indexOf(WordMatcher.normalise(a.addition.at()));
            if (at < 0) continue;
            a.placed = true;
            counter.hit(a.target.heading());
            boolean inNote = ctx.inNote();
            marks.insert(at, false, 0, () -> indexterm(a.target, inNote));
        }
    }

    /** The editor's "suppress": this chapter as a whole, or the n-th occurrence in it. */
    private boolean suppressed(IndexHeading h, int nth) {
        return h.suppress().contains(chapter) || h.suppress().contains(chapter + "#" + nth);
    }

    /** Occurrences the editor adds by hand in this chapter, placed at the first occurrence of their words. */
    private static final class Addition {
        final IndexHeading.Addition addition;
        final Target target;
        boolean placed;

        Addition(IndexHeading.Addition addition, Target target) {
            this.addition = addition;
            this.target = target;
        }
    }

    private final Map<IndexHeading, Integer> seen = new LinkedHashMap<>();
    private final List<Addition> additions = new ArrayList<>();

    /** Reports hand-added occurrences whose words this chapter does not contain. */
    void reportUnplaced(Diagnostics diagnostics) {
        for (Addition a : additions) {
            if (!a.placed) {
                diagnostics.error(a.addition.file(), a.addition.line(), "BP151", "index addition '" + a.addition.at()
                        + "' does not occur in chapter '" + chapter + "'");
            }
        }
    }

    private Element indexterm(Target t, boolean inNote) {
        Element it = db.el("indexterm");
        DocBook.id(it, ctx.uniqueId(counter.nextId(ctx.idPrefix()), "", 0));
        if (inNote) it.setAttribute("role", "note");
        db.addMarked(it, "primary", t.primary().headword());
        if (t.secondary() != null) db.addMarked(it, "secondary", t.secondary().headword());
        return it;
    }
}
