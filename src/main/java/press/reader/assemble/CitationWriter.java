package press.reader.assemble;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Finds citations in running text and writes them: as a note in a note style, inline in an author-date style
 * ({@link #split}, each citation a {@link TextReplacer.Replacement}). The writer of the citations feature ({@code features/citations}).
 */
public interface CitationWriter extends TextReplacer {

    /** Called at the start of every chapter: positions ("first", "subsequent", "ibid.") and note numbers restart. */
    void beginChapter();

    /** Writes the list of works cited (only those actually cited) as a DocBook bibliography into {@code book}. */
    void writeBibliography(Element book, String title);

    /** What the chapter begun last left in the writer (the works it cited): {@link ApparatusFeature#chapterLeft}. */
    default Object chapterLeft() {
        return null;
    }

    /** Takes what a reused chapter left in the writer: {@link ApparatusFeature#reuseChapter}. */
    default void reuseChapter(Object left) {
    }

    /** A writer for books without a bibliography: text stays as it is. */
    CitationWriter NONE = new CitationWriter() {
        @Override
        public Object chapterLeft() {
            return ApparatusFeature.NOTHING_LEFT;
        }

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
