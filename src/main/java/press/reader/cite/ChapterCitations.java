package press.reader.cite;

import java.util.List;

/**
 * The citations of one chapter, rendered in document order so that each cite gets its CSL position:
 * the first cite of a work in the chapter is full, later ones short (per the style), and "ibid" where the
 * style uses it. Get one from {@link CitationEngine#startChapter()}.
 */
public final class ChapterCitations {
    private final CitationEngine engine;
    private final PositionTracker tracker;
    private int noteNumber;

    ChapterCitations(CitationEngine engine, PositionTracker tracker) {
        this.engine = engine;
        this.tracker = tracker;
    }

    /**
     * This chapter's citations as they stand, to go on with in {@code engine} apart from this one (the same positions
     * and note numbers): what a chapter kept from an earlier build (KeptChapters) leaves for the citations after it.
     */
    public ChapterCitations continuedIn(CitationEngine engine) {
        ChapterCitations c = new ChapterCitations(engine, tracker.copy());
        c.noteNumber = noteNumber;
        return c;
    }

    /** Renders the next cluster; in a note style each cluster counts as its own note. */
    public RichText render(List<CiteItem> cluster) {
        return render(cluster, noteNumber + 1);
    }

    /**
     * Renders the next cluster, which stands in note {@code note} of the chapter (several clusters may share
     * a note, e.g. inside an author's footnote). The number only decides CSL "near-note".
     */
    public RichText render(List<CiteItem> cluster, int note) {
        if (cluster.isEmpty()) throw new IllegalArgumentException("an empty citation cluster");
        noteNumber = Math.max(noteNumber, note);
        return engine.render(cluster, tracker.place(cluster, note));
    }
}
