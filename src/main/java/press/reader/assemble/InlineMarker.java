package press.reader.assemble;

/** Finds things to mark in a run of running text (not headings): glossary terms, index terms, note anchors. */
interface InlineMarker {
    void mark(String text, TextMarks marks);
}
