package press.reader.assemble;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;

/**
 * Pandoc's superscript {@code ^x^} and subscript {@code ~x~} as CommonMark delimiters. As in pandoc, the text between
 * may not hold a space or a line break (an escaped one, "\ ", is a no-break space there); the strikethrough's
 * {@code ~~} keeps its two tildes.
 */
final class ScriptDelimiters implements DelimiterProcessor {
    static final class Superscript extends CustomNode {}

    static final class Subscript extends CustomNode {}

    private final char c;

    private ScriptDelimiters(char c) {
        this.c = c;
    }

    static ScriptDelimiters superscript() {
        return new ScriptDelimiters('^');
    }

    static ScriptDelimiters subscript() {
        return new ScriptDelimiters('~');
    }

    @Override
    public char getOpeningCharacter() {
        return c;
    }

    @Override
    public char getClosingCharacter() {
        return c;
    }

    @Override
    public int getMinLength() {
        return 1;
    }

    @Override
    public int process(DelimiterRun opening, DelimiterRun closing) {
        if (opening.length() != 1 || closing.length() != 1) return 0;
        Text opener = opening.getOpener();
        Text closer = closing.getCloser();
        if (opener.getNext() == closer) return 0;
        for (Node n = opener.getNext(); n != closer; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) return 0;
            if (n instanceof Text t && t.getLiteral().matches("(?s).*[ \\t\\n].*")) return 0;
        }
        Node wrapper = c == '^' ? new Superscript() : new Subscript();
        for (Node n = opener.getNext(); n != closer; ) {
            Node next = n.getNext();
            wrapper.appendChild(n);
            n = next;
        }
        opener.insertAfter(wrapper);
        return 1;
    }
}
