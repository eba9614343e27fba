package press.reader.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Pandoc's definition lists, in their compact form: a term on one line, then one or more definitions, each starting
 * with ": " (or "~ ") on the lines below it. CommonMark reads the whole as one paragraph; here it is cut into the term
 * and its definitions, each a run of inline nodes, which the converter writes as a DocBook varlistentry.
 */
final class DefinitionList {
    static final Pattern MARK = Pattern.compile("^ {0,3}[:~][ \\t]+");

    /** A term and its definitions, each a paragraph node holding the inline nodes of its lines. */
    record Entry(Paragraph term, List<Paragraph> definitions) {}

    private DefinitionList() {}

    /** Whether the paragraph's second line starts a definition. */
    static boolean is(Paragraph p, String[] lines) {
        String second = SourceLines.raw(p, 1, lines);
        return second != null && MARK.matcher(second).find();
    }

    /** Whether the paragraph's first line starts with the definition mark ": ". */
    static boolean startsDefinition(Paragraph p, String[] lines) {
        String first = SourceLines.raw(p, 0, lines);
        return first != null && MARK.matcher(first).find();
    }

    /** A paragraph of one line followed by a paragraph starting ": ": pandoc's loose definition list. */
    static boolean isLooseTerm(Paragraph p, String[] lines) {
        List<SourceSpan> spans = p.getSourceSpans();
        return spans != null && spans.size() == 1 && !startsDefinition(p, lines) && p.getNext() instanceof Paragraph next
                && startsDefinition(next, lines);
    }

    /** Takes the ": " off a definition paragraph's first text. */
    static void stripMark(Paragraph p) {
        if (p.getFirstChild() instanceof Text t) t.setLiteral(t.getLiteral().replaceFirst("^[:~][ \\t]*", ""));
    }

    /** Cuts the paragraph into its term and definitions (the paragraph is emptied). */
    static Entry split(Paragraph p, String[] lines) {
        Paragraph term = new Paragraph();
        List<Paragraph> definitions = new ArrayList<>();
        Paragraph current = term;
        int line = 0;
        boolean lineStart = false;
        for (Node n = p.getFirstChild(); n != null; ) {
            Node next = n.getNext();
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                line++;
                String raw = SourceLines.raw(p, line, lines);
                if (raw != null && MARK.matcher(raw).find()) {
                    current = new Paragraph();
                    definitions.add(current);
                    lineStart = true;
                    n.unlink();
                } else {
                    current.appendChild(n);
                }
            } else {
                if (lineStart && n instanceof Text t) t.setLiteral(t.getLiteral().replaceFirst("^[:~][ \\t]*", ""));
                lineStart = false;
                current.appendChild(n);
            }
            n = next;
        }
        return new Entry(term, definitions);
    }

}
