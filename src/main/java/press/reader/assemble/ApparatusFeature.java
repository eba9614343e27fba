package press.reader.assemble;

import org.w3c.dom.Element;

/**
 * One apparatus feature of the book, its assembly in one place: the ids it gives out, its marks in each essay's
 * running text (or the words it replaces there), the section it generates at the end of the book (named in book.yaml's
 * {@code contents.back}) and the check of what it marked once every essay is assembled. The citations
 * ({@link CitationsFeature}), the editor's notes ({@link EditorNotesFeature}), the chronology
 * ({@link ChronologyFeature}), the glossary ({@link GlossaryFeature}) and the index ({@link IndexFeature}) are five; a
 * new one (a gazetteer, say) is a class like them, listed in {@link ApparatusFeatures#standard}: {@code BookAssembler}
 * knows none by name. See the README, "Adding an apparatus feature", for the parts outside assembly (reading its file,
 * the styles of its section, its printed words).
 */
interface ApparatusFeature {
    /** The name of its section in {@code contents.back} ("glossary"); empty for a feature without a section. */
    String section();

    /** Reserves the ids it gives out, before any piece is assembled, so that no heading or span takes them. */
    void reserveIds(BookState state);

    /**
     * Its replacer of words in the running text (a citation key becomes the citation), or null when it replaces none.
     * Asked once, before any piece is assembled: it reads every piece's running text, before any marker.
     */
    default TextReplacer replacer() {
        return null;
    }

    /** Its marker for the running text of one piece (each piece gets its own), or null when it marks nothing. */
    InlineMarker marker(PieceContext ctx);

    /**
     * Whether it marks every piece (front and back matter, the editor's headnotes) or the essays only: the index
     * marks every piece, the glossary links its terms in the essays only.
     */
    default boolean marksEveryPiece() {
        return false;
    }

    /**
     * Called at the start of each chapter (a front- or back-matter piece; an essay, before its editor's headnote, which
     * belongs to it): what a feature counts per chapter starts again there, as the citations' positions ("ibid.") and
     * their notes' numbers do.
     */
    default void beginChapter() {
    }

    /**
     * Called when a piece it marked has been assembled whole, with that piece's context: what its marker found wanting
     * in the piece can be told now (a piece stopped by a mistake is not ended, as its text was not all read).
     */
    default void endPiece(PieceContext ctx) {
    }

    /** Writes its generated section into the book. */
    void writeSection(Element book);

    /** Reports what its marks found wanting (an entry no essay uses), once every essay is assembled. */
    void report();
}
