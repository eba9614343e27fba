package press.reader.assemble;

import org.w3c.dom.Element;

/**
 * The citations: the bibliography read and the citation processor made for the book's style by the workshop's
 * {@link CitationWriterFactory} (a bibliography that does not parse, a style without a bibliography layout that
 * {@code contents.back} asks a bibliography of: BP600, an unknown style: BP404), each citation key in the running text of
 * every piece replaced by the citation in the book's style ({@link CslCitationWriter}: a footnote of role "citation" in
 * a note style, inline in an author-date style or inside a note; a key not in the bibliography, BP405), its positions
 * ("ibid.") and note numbers counted per chapter, and the generated list of works cited (only those cited), with a
 * warning for an entry never cited (BP406). A book without a bibliography has a writer that refuses any citation.
 */
final class CitationsFeature implements ApparatusFeature {
    private final CitationWriter writer;
    private final Words words;

    CitationsFeature(CitationWriter writer, Words words) {
        this.writer = writer;
        this.words = words;
    }

    @Override
    public String section() {
        return "bibliography";
    }

    @Override
    public void reserveIds(BookState state) {
        // its section's id is reserved as a name of contents.back; its notes' ids are made unique as they are given out
    }

    /** The citations are not marked beside the words: their keys are replaced. */
    @Override
    public TextReplacer replacer() {
        return writer;
    }

    @Override
    public InlineMarker marker(PieceContext ctx) {
        return null;
    }

    @Override
    public void beginChapter() {
        writer.beginChapter();
    }

    /** The works cited; an entry never cited is reported as the list is made, for it is left out of it. */
    @Override
    public void writeSection(Element book) {
        writer.writeBibliography(book, words.get("works-cited"));
    }

    @Override
    public void report() {
        // a key not in the bibliography is reported where it is cited, an entry never cited with the works cited
    }
}
