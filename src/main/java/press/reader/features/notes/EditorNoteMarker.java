package press.reader.features.notes;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import press.reader.assemble.DocBook;
import press.reader.assemble.InlineMarker;
import press.reader.assemble.PieceContext;
import press.reader.assemble.Slugs;
import press.reader.assemble.TextMarks;
import press.reader.assemble.WordMatcher;

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
                    int end = from + needle.length();
                    if (splitsAWord(haystack, from, end)) {
                        ctx.diagnostics().error(note.file(), note.line(), "BP132", "editor's note anchor '"
                                + note.at() + "' splits the word '" + wordAround(haystack, from, end)
                                + "'; anchor the note on whole words");
                        break;
                    }
                    marks.insert(callPosition(haystack, end), true, i, () -> footnote(note));
                    break;
                }
            }
        }
    }

    /** True when the anchor [start, end) begins or ends inside a word ("party" in "party’s"). */
    static boolean splitsAWord(String text, int start, int end) {
        boolean before = start > 0 && Character.isLetterOrDigit(text.charAt(start - 1));
        boolean after = end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                || (text.charAt(end) == '’' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))));
        return before || after;
    }

    /** The word the anchor splits: the one at its end, else the one at its start. */
    private static String wordAround(String text, int start, int end) {
        int at = end < text.length() && !Character.isWhitespace(text.charAt(end)) ? end : start;
        int from = at;
        int to = at;
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1)) || from > 0 && text.charAt(from - 1) == '’') from--;
        while (to < text.length() && (Character.isLetterOrDigit(text.charAt(to)) || text.charAt(to) == '’')) to++;
        return text.substring(from, to);
    }

    /**
     * Where the call of a note anchored on words ending at {@code end} goes: at the end of the clause (Chicago
     * 13.28), after its punctuation but before a dash; after the whole quotation when the words are inside one;
     * at the end of an attribution line ("— Lenin, cited in …"). Never inside a word, a quotation or parentheses.
     */
    static int callPosition(String text, int end) {
        int n = text.length();
        if (text.startsWith("—") || text.startsWith("―")) return endOfRun(text);
        if (count(text, '“', end) > count(text, '”', end)) {
            int close = text.indexOf('”', end);
            return close < 0 ? endOfRun(text) : afterClosingPunctuation(text, close + 1);
        }
        for (int i = end; i < n; i++) {
            char c = text.charAt(i);
            if (".,;:!?".indexOf(c) >= 0) return afterClosingPunctuation(text, i);
            // an em dash, or a spaced en dash, ends the clause; "1918–1920" is a range, not a dash
            if (c == '—' || c == '–' && i > 0 && text.charAt(i - 1) == ' ') return beforeSpaces(text, i);
            int close = c == '“' ? text.indexOf('”', i) : c == '(' ? text.indexOf(')', i) : i;
            if (close < 0) return endOfRun(text);
            i = close;
        }
        return endOfRun(text);
    }

    private static int count(String text, char c, int end) {
        int k = 0;
        for (int i = 0; i < end; i++) if (text.charAt(i) == c) k++;
        return k;
    }

    private static int beforeSpaces(String text, int at) {
        while (at > 0 && text.charAt(at - 1) == ' ') at--;
        return at;
    }

    private static int endOfRun(String text) {
        return beforeSpaces(text, text.length());
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
        ctx.writeEditorsNote(db, note.markdown(), fn, note.file(), note.line());
        return fn;
    }

    /** Reports notes whose words were not found (often: the essay was revised, or the words were mistyped). */
    void reportUnplaced() {
        for (int i = 0; i < notes.size(); i++) {
            if (placed[i]) continue;
            EditorNote n = notes.get(i);
            String found = seen[i] == 0 ? "does not occur" : "occurs only " + seen[i] + " time(s)";
            ctx.diagnostics().error(n.file(), n.line(), "BP130", "editor's note anchor '" + n.at() + "' "
                    + found + " in chapter '" + n.chapter() + "'");
        }
    }
}
