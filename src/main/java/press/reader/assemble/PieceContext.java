package press.reader.assemble;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.w3c.dom.Element;
import press.reader.diagnostics.Diagnostics;

/**
 * Where the Markdown converter is writing in one piece: its ids, its markers, the replacers, heading and note nesting.
 * An apparatus feature's marker and replacements ask it where they are ({@link #idPrefix}, {@link #inHeading},
 * {@link #inNote}) and claim ids through it ({@link #uniqueId}); the rest is the converter's.
 */
public final class PieceContext {
    private final BookState book;
    private final String idPrefix;
    private final List<InlineMarker> markers;
    private int paras;
    private int noteDepth;

    PieceContext(BookState book, String idPrefix, List<InlineMarker> markers) {
        this.book = book;
        this.idPrefix = idPrefix;
        this.markers = markers;
    }

    /** The piece's id (an essay's, "headnote-" and its essay's, a generated section's): the prefix of its ids. */
    public String idPrefix() {
        return idPrefix;
    }

    List<InlineMarker> markers() {
        return markers;
    }

    /** A run of running text split by the book's replacers (the citations) into strings and replacements. */
    List<Object> replace(String text, String file, int line) {
        return book.replace(text, file, line, inNote());
    }

    BookState book() {
        return book;
    }

    /** The id of the next paragraph written in this piece (a citation's note has one). */
    public String nextParaId() {
        return book.uniqueId(idPrefix + "-p" + (++paras), "", 0);
    }

    /**
     * Claims {@code id} for an element of the book: an id the editor chose ({@code file} not empty) must be unique
     * (BP120); a generated one gets a numeric suffix instead.
     */
    public String uniqueId(String id, String file, int line) {
        return book.uniqueId(id, file, line);
    }

    void crossReference(String target, String file, int line) {
        book.crossReference(target, file, line);
    }

    private int headingDepth;

    void enterHeading() {
        headingDepth++;
    }

    void leaveHeading() {
        headingDepth--;
    }

    /** In a heading, terms are indexed but not linked to the glossary, and citations are not expected. */
    public boolean inHeading() {
        return headingDepth > 0;
    }

    /** Whose words a note holds: an author's note prints them exactly, so what the editor adds is set apart. */
    public enum NoteKind { AUTHOR, EDITOR, OTHER }

    private final Deque<NoteKind> noteKinds = new ArrayDeque<>();
    /** The editor's references found in the author's note being written, set after the author's words. */
    private Element editorialAddition;

    void enterNote() {
        enterNote(NoteKind.OTHER);
    }

    void enterNote(NoteKind kind) {
        noteDepth++;
        noteKinds.push(kind);
    }

    void leaveNote() {
        noteDepth--;
        noteKinds.pop();
    }

    /** The kind of the innermost note being written; OTHER outside notes. */
    public NoteKind noteKind() {
        return noteKinds.isEmpty() ? NoteKind.OTHER : noteKinds.peek();
    }

    /** The editor's addition to the current author's note, made by {@code factory} on first use. */
    public Element editorialAddition(Supplier<Element> factory) {
        if (editorialAddition == null) editorialAddition = factory.get();
        return editorialAddition;
    }

    /** Takes the editor's addition collected in the author's note just written (null when there is none). */
    Element takeEditorialAddition() {
        Element e = editorialAddition;
        editorialAddition = null;
        return e;
    }

    /**
     * Writes the editor's Markdown {@code markdown} (read at {@code file:line}) into the note {@code fn} as a note of
     * the editor's: the markers and replacers of this piece read it as words inside a note.
     */
    public void writeEditorsNote(DocBook db, String markdown, Element fn, String file, int line) {
        enterNote(NoteKind.EDITOR);
        try {
            MarkdownConverter.fragment(db, markdown, fn, this, file, line, book.diagnostics());
        } finally {
            leaveNote();
        }
    }

    /** Where a feature's marker reports what it finds wanting in this piece. */
    public Diagnostics diagnostics() {
        return book.diagnostics();
    }

    /** Inside a note a citation is written inline; in running text a note style makes it a footnote. */
    public boolean inNote() {
        return noteDepth > 0;
    }
}
