package press.reader.features.citations;

import press.reader.manuscript.BookKey;

/**
 * book.yaml's {@code citation-style}: the CSL style's id (chicago-notes-bibliography when not given) and the line that
 * gives it, where an unknown style (BP404) or one without the bibliography {@code contents.back} asks for (BP600) is
 * reported.
 */
record CitationStyle(String id, int line) {
    static final BookKey<CitationStyle> KEY = BookKey.of("citation-style",
            new CitationStyle("chicago-notes-bibliography", 0),
            book -> new CitationStyle(book.string("citation-style", "chicago-notes-bibliography"), book.lineOf("citation-style")));
}
