package press.reader.assemble;

import java.util.List;
import org.w3c.dom.Element;

/** Finds citations in running text and writes them: as a note in a note style, inline in an author-date style. */
public interface CitationWriter {

    /** A citation found in text, ready to be written. */
    interface Cite {
        void write(DocBook db, Element parent, PieceContext ctx);
    }

    /**
     * Splits a run of text into plain strings and {@link Cite}s, in order.
     *
     * @param inNote whether the text is inside a note (where a citation stays inline)
     */
    List<Object> split(String text, String file, int line, boolean inNote);

    /** Called at the start of every chapter: positions ("first", "subsequent") restart per chapter. */
    void beginChapter();

    /** Writes the list of works cited (only those actually cited) as a DocBook bibliography into {@code book}. */
    void writeBibliography(Element book, String title);

    /** A writer for books without a bibliography: text stays as it is. */
    CitationWriter NONE = new CitationWriter() {
        @Override
        public List<Object> split(String text, String file, int line, boolean inNote) {
            return List.of(text);
        }

        @Override
        public void beginChapter() {}

        @Override
        public void writeBibliography(Element book, String title) {}
    };
}
