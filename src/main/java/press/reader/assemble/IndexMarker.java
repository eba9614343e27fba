package press.reader.assemble;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import press.reader.manuscript.IndexHeading;

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
        private final Map<String, Integer> perChapter = new java.util.HashMap<>();
        final Map<IndexHeading, Integer> hits = new LinkedHashMap<>();

        /** Ids count per chapter, so an edit in one chapter leaves the others' ids (and cached output) alone. */
        String nextId(String chapter) {
            return "ix-" + chapter + "-" + perChapter.merge(chapter, 1, Integer::sum);
        }
    }

    IndexMarker(WordMatcher<Target> matcher, DocBook db, PieceContext ctx, String chapter, IndexCounter counter) {
        this.matcher = matcher;
        this.db = db;
        this.ctx = ctx;
        this.chapter = chapter;
        this.counter = counter;
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
            if (suppressed(t.primary().suppress()) || (t.secondary() != null && suppressed(t.secondary().suppress()))) continue;
            counter.hits.merge(t.heading(), 1, Integer::sum);
            boolean inNote = ctx.inNote();
            marks.insert(hit.start(), false, 0, () -> indexterm(t, inNote));
        }
    }

    private boolean suppressed(List<String> suppress) {
        return suppress.contains(chapter);
    }

    private Element indexterm(Target t, boolean inNote) {
        Element it = db.el("indexterm");
        DocBook.id(it, ctx.uniqueId(counter.nextId(ctx.idPrefix()), "", 0));
        if (inNote) it.setAttribute("role", "note");
        db.addText(it, "primary", t.primary().headword());
        if (t.secondary() != null) db.addText(it, "secondary", t.secondary().headword());
        return it;
    }
}
