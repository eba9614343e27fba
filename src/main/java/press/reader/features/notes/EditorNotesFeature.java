package press.reader.features.notes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import press.reader.assemble.ApparatusFeature;
import press.reader.assemble.ApparatusFeatures;
import press.reader.assemble.BookState;
import press.reader.assemble.DocBook;
import press.reader.assemble.InlineMarker;
import press.reader.assemble.PieceContext;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;

/**
 * The editor's notes: each called as a footnote marked as the editor's after the exact words of an essay it is anchored
 * to ({@link EditorNoteMarker}, which refuses an anchor that splits a word, BP132), and the checks of what it marked: a
 * note whose words its essay lacks or holds fewer times than it says (BP130), a note naming an unknown essay (BP131).
 * The notes generate no section of their own: they print where they are called. They are read from editor-notes.yaml
 * ({@link EditorNotesFile}, which its maker declares: the manuscript reader reads it).
 */
public final class EditorNotesFeature implements ApparatusFeature {
    private final Manuscript ms;
    private final DocBook db;
    private final Diagnostics diagnostics;
    /** The marker of each essay being assembled, until its end */
    private final Map<PieceContext, EditorNoteMarker> markers = new HashMap<>();

    EditorNotesFeature(Manuscript ms, DocBook db, Diagnostics diagnostics) {
        this.ms = ms;
        this.db = db;
        this.diagnostics = diagnostics;
    }

    /** The editor's notes, generating no section: the notes are footnotes in the essays. */
    public static ApparatusFeatures.Maker maker() {
        return ApparatusFeatures.Maker.withoutSection(a -> new EditorNotesFeature(a.ms(), a.db(), a.diagnostics()))
                .reading(EditorNotesFile.FILE)
                .locating(NoteSources::locate);
    }

    @Override
    public void reserveIds(BookState state) {
        // a note's id is made unique as it is given out (PieceContext.uniqueId), so there is nothing to reserve
    }

    /** The calls of the notes on this essay. */
    @Override
    public InlineMarker marker(PieceContext ctx) {
        List<EditorNote> notes = ms.apparatus(EditorNotesFile.FILE).stream().filter(n -> n.chapter().equals(ctx.idPrefix())).toList();
        EditorNoteMarker marker = new EditorNoteMarker(notes, db, ctx);
        markers.put(ctx, marker);
        return marker;
    }

    /** The notes of an essay assembled whole that found no place in it. */
    @Override
    public void endPiece(PieceContext ctx) {
        EditorNoteMarker marker = markers.remove(ctx);
        if (marker != null) marker.reportUnplaced();
    }

    /** A note not placed is an error of its piece's (endPiece): a chapter assembled whole leaves nothing here. */
    @Override
    public Object chapterLeft() {
        return NOTHING_LEFT;
    }

    @Override
    public void report() {
        for (EditorNote n : ms.apparatus(EditorNotesFile.FILE)) {
            if (ms.essay(n.chapter()).isEmpty()) {
                diagnostics.error(n.file(), n.line(), "BP131", "editor's note names unknown chapter '" + n.chapter() + "'");
            }
        }
    }
}
