package press.reader.assemble;

/**
 * Finds things to mark in a run of running text: glossary terms, index terms, note anchors. An apparatus feature's
 * marker for one piece ({@link ApparatusFeature#marker}); it is given each run of the piece's text in order, after the
 * replacers took their words out, and says what to add to it in {@code marks}.
 */
public interface InlineMarker {
    void mark(String text, TextMarks marks);
}
