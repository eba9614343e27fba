package press.reader.assemble;

import java.util.List;

/** What the Markdown converter needs to know about where it writes: ids, markers, citations, note nesting. */
final class PieceContext {
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

    String idPrefix() {
        return idPrefix;
    }

    List<InlineMarker> markers() {
        return markers;
    }

    CitationWriter citations() {
        return book.citations();
    }

    BookState book() {
        return book;
    }

    String nextParaId() {
        return book.uniqueId(idPrefix + "-p" + (++paras), "", 0);
    }

    String uniqueId(String id, String file, int line) {
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
    boolean inHeading() {
        return headingDepth > 0;
    }

    void enterNote() {
        noteDepth++;
    }

    void leaveNote() {
        noteDepth--;
    }

    /** Inside a note a citation is written inline; in running text a note style makes it a footnote. */
    boolean inNote() {
        return noteDepth > 0;
    }
}
