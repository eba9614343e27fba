package press.reader.assemble;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Pandoc's line blocks: a paragraph whose lines begin with "| " keeps each line (verse, an address), and the spaces
 * after the bar indent the line. A line that does not begin with a bar continues the line before it. CommonMark reads
 * such a paragraph as ordinary text; here its bars are taken off, its line ends made hard breaks and its leading
 * spaces made no-break spaces, before it is written like any paragraph.
 */
final class LineBlock {
    private static final Pattern BAR = Pattern.compile("^ {0,3}\\|(?: |$)");
    private static final char NBSP = '\u00A0';

    private LineBlock() {}

    /** A line of a pipe table's delimiter row: a table CommonMark did not take, refused rather than set as verse. */
    private static final Pattern DELIMITER_ROW = Pattern.compile("^ {0,3}\\|?\\s*:?-+:?\\s*(\\||$)");

    /** Whether the paragraph's first line begins with a bar (and it is not a table gone wrong). */
    static boolean is(Paragraph p, String[] lines) {
        String first = SourceLines.raw(p, 0, lines);
        return first != null && BAR.matcher(first).find() && !tableLike(p, lines);
    }

    static boolean tableLike(Node block, String[] lines) {
        if (!(block instanceof Paragraph p)) return false;
        for (int i = 1; SourceLines.raw(p, i, lines) != null; i++) {
            if (DELIMITER_ROW.matcher(SourceLines.raw(p, i, lines)).find()) return true;
        }
        return false;
    }

    /** Rewrites the paragraph's inline nodes in place, as described above. */
    static void normalize(Paragraph p, String[] lines) {
        int line = 0;
        boolean lineStart = true;
        for (Node n = p.getFirstChild(); n != null; ) {
            Node next = n.getNext();
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                line++;
                String raw = SourceLines.raw(p, line, lines);
                boolean newLine = raw == null || BAR.matcher(raw).find();
                if (newLine && n instanceof SoftLineBreak) {
                    n.insertBefore(new HardLineBreak());
                    n.unlink();
                }
                lineStart = newLine;
            } else if (lineStart && n instanceof Text t) {
                String s = t.getLiteral().replaceFirst("^\\|(?: |$)", "");
                // the line's own indentation is kept: spaces at the start of a line would be dropped by both editions
                int spaces = s.length() - s.replaceFirst("^ +", "").length();
                s = String.valueOf(NBSP).repeat(spaces) + s.substring(spaces);
                // an empty line (a stanza break) keeps its height
                t.setLiteral(s.isEmpty() && (next == null || next instanceof SoftLineBreak || next instanceof HardLineBreak)
                        ? String.valueOf(NBSP) : s);
                lineStart = false;
            } else {
                lineStart = false;
            }
            n = next;
        }
    }

}
