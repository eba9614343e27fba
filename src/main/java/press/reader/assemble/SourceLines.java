package press.reader.assemble;

import java.util.List;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/** The Markdown source as the editor typed it, line by line, for constructs commonmark reads as plain paragraphs. */
final class SourceLines {
    private SourceLines() {}

    /**
     * Line {@code index} of paragraph {@code p} (0 is its first) as typed, from the paragraph's column on, or null
     * past its end. Line blocks and definition lists are told by marks ("| ", ": ") that commonmark keeps only here.
     */
    static String raw(Paragraph p, int index, String[] lines) {
        List<SourceSpan> spans = p.getSourceSpans();
        if (spans == null || index >= spans.size()) return null;
        SourceSpan s = spans.get(index);
        if (s.getLineIndex() >= lines.length) return null;
        String line = lines[s.getLineIndex()];
        return line.substring(Math.min(s.getColumnIndex(), line.length()));
    }
}
