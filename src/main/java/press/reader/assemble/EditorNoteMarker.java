package press.reader.assemble;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import press.reader.manuscript.EditorNote;

/**
 * Calls the editor's notes of one chapter after the exact words they are anchored to. The authors' text is never
 * edited: the note is attached from outside, so a re-import of the essay keeps its notes.
 */
final class EditorNoteMarker implements InlineMarker {
    private final List<EditorNote> notes;
    private final int[] seen;
    private final boolean[] placed;
    private final DocBook db;
    private final PieceContext ctx;

    EditorNoteMarker(List<EditorNote> notes, DocBook db, PieceContext ctx) {
        this.notes = new ArrayList<>(notes);
        this.seen = new int[notes.size()];
        this.placed = new boolean[notes.size()];
        this.db = db;
        this.ctx = ctx;
    }

    @Override
    public void mark(String text, TextMarks marks) {
        String haystack = WordMatcher.normalise(text);
        for (int i = 0; i < notes.size(); i++) {
            if (placed[i]) continue;
            EditorNote note = notes.get(i);
            String needle = WordMatcher.normalise(note.at());
            for (int from = haystack.indexOf(needle); from >= 0; from = haystack.indexOf(needle, from + 1)) {
                if (++seen[i] == note.occurrence()) {
                    placed[i] = true;
                    int end = afterClosingPunctuation(haystack, from + needle.length());
                    marks.insert(end, true, i, () -> footnote(note));
                    break;
                }
            }
        }
    }

    /** A note call goes after the punctuation that closes the words (Chicago 14.26), but before a dash. */
    static int afterClosingPunctuation(String text, int end) {
        while (end < text.length() && ".,;:!?)’”]".indexOf(text.charAt(end)) >= 0) end++;
        return end;
    }

    private Element footnote(EditorNote note) {
        Element fn = db.el("footnote");
        fn.setAttribute("role", "editor");
        DocBook.id(fn, ctx.uniqueId(ctx.idPrefix() + "-ed" + Slugs.slug(note.at()), "", 0));
        ctx.enterNote(PieceContext.NoteKind.EDITOR);
        try {
            MarkdownConverter.fragment(db, note.markdown(), fn, ctx, note.file(), note.line(), ctx.book().diagnostics());
        } finally {
            ctx.leaveNote();
        }
        return fn;
    }

    /** Reports notes whose words were not found (often: the essay was revised, or the words were mistyped). */
    void reportUnplaced() {
        for (int i = 0; i < notes.size(); i++) {
            if (placed[i]) continue;
            EditorNote n = notes.get(i);
            String found = seen[i] == 0 ? "does not occur" : "occurs only " + seen[i] + " time(s)";
            ctx.book().diagnostics().error(n.file(), n.line(), "BP130", "editor's note anchor '" + n.at() + "' "
                    + found + " in chapter '" + n.chapter() + "'");
        }
    }
}
