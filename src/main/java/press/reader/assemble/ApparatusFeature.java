package press.reader.assemble;

import org.w3c.dom.Element;

/**
 * One apparatus feature of the book (citations, editor's notes, a chronology, a glossary, an index; later a list of
 * figures or a gazetteer), the extension point of assembly: all a feature adds to the book document, in one object
 * made afresh for each book assembled by its {@link ApparatusFeatures.Maker}, which also declares what the build must
 * know before any book is read: the back sections it generates, the manuscript files it reads, the ids it gives out,
 * its checks of the manuscript before assembly. What a feature contributes, and when each hook is called:
 * <ol>
 * <li><b>its reading of the manuscript</b>: its files ({@code manuscript/ApparatusFile}, declared by its maker, each
 * entry read by the feature with {@code YamlFields}, its mistakes at their file and line) are read by the manuscript
 * reader with the rest of the manuscript; the feature finds what was read when it is made, before any piece is
 * assembled, with {@code Assembly.ms().apparatus(file)}, and so do its checks before assembly
 * ({@link ApparatusFeatures.Check}, registered by its maker);</li>
 * <li><b>its ids</b>: {@link #reserveIds}, before any piece is assembled, so that no heading or span takes them;</li>
 * <li><b>its marks in the document</b>: a {@link #replacer()} that takes words out of the running text and writes
 * something in their place (a citation), asked once, and a {@link #marker} for each piece, which adds to the words (an
 * anchor, a link, an index term); the essays' running text only, or every piece's ({@link #marksEveryPiece}); a
 * link to its own section only where the book prints it ({@link ApparatusFeatures.Assembly#prints}), as a link to a
 * part the book leaves out would lead nowhere;
 * {@link #beginChapter()} where what it counts per chapter starts again;</li>
 * <li><b>its generated section</b>: {@link #writeSection}, where book.yaml's {@code contents.back} names one of the
 * sections its maker declared (the manuscript reader accepts those names and no others);</li>
 * <li><b>its checks</b>: of one piece in {@link #endPiece}, once that piece is assembled, and of the whole book in
 * {@link #report()}, once every piece and section is written (an entry no essay uses).</li>
 * </ol>
 * A feature in a package of its own (as {@code press.reader.features.chronology} is) is registered by one line in
 * {@code press.reader.features.Features}; neither {@link BookAssembler} nor the manuscript reader knows any by name.
 * The styles of its section and its printed words are outside it, in the styles folder (see the README, "Adding an
 * apparatus feature").
 */
public interface ApparatusFeature {

    /** Reserves the ids it gives out, before any piece is assembled, so that no heading or span takes them. */
    default void reserveIds(BookState state) {
    }

    /**
     * Its replacer of words in the running text (a citation key becomes the citation), or null when it replaces none.
     * Asked once, before any piece is assembled: it reads every piece's running text, before any marker.
     */
    default TextReplacer replacer() {
        return null;
    }

    /**
     * Its marker for the running text of one piece (each piece gets its own, made when the piece's conversion begins),
     * or null when it marks nothing.
     */
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

    /**
     * Writes its generated section {@code name} (one its maker declared) at the end of {@code book}, in the order
     * {@code contents.back} lists the sections, after every piece is assembled. Never called for a feature that
     * declared none.
     */
    default void writeSection(String name, Element book) {
        throw new IllegalStateException("the feature declared no section '" + name + "'");
    }

    /** Reports what its marks found wanting (an entry no essay uses), once every piece and section is written. */
    default void report() {
    }

    /** What {@link #chapterLeft} returns for a chapter that leaves nothing in the feature. */
    Object NOTHING_LEFT = "nothing left";

    /**
     * What the chapter begun last ({@link #beginChapter}) left in this feature that outlives it (the works it cited,
     * the terms it used, its anchors' ids), asked when the chapter is assembled whole: a warm build keeps the
     * chapter's elements with it ({@link KeptChapters}), and a later build that reuses them gives it to
     * {@link #reuseChapter} instead of assembling the chapter again. It must be values only (never the document, the
     * book's ids or a marker), and {@link #reuseChapter} must leave the feature as assembling the chapter would have.
     * Null (the default) when the feature cannot say, or the chapter left something the feature reports later (a
     * hand-added index entry not placed): then the chapter is assembled every time.
     */
    default Object chapterLeft() {
        return null;
    }

    /**
     * Takes what a chapter kept from an earlier build left in the feature ({@link #chapterLeft}), as that chapter is
     * reused in place of being assembled; called after {@link #beginChapter}.
     */
    default void reuseChapter(Object left) {
    }
}
