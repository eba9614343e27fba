package press.reader.cite;

import java.util.Objects;

/** A run of text with one set of formatting. The text is plain Unicode: no markup, no entities. */
public record Span(String text, boolean italic, boolean bold, boolean smallCaps, boolean superscript) {

    public Span {
        Objects.requireNonNull(text);
    }

    public static Span plain(String text) {
        return new Span(text, false, false, false, false);
    }

    boolean sameFormatAs(Span other) {
        return italic == other.italic && bold == other.bold && smallCaps == other.smallCaps
                && superscript == other.superscript;
    }

    public Span withText(String newText) {
        return new Span(newText, italic, bold, smallCaps, superscript);
    }
}
