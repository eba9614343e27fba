package press.reader.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * Pandoc's grid tables, which CommonMark reads as a paragraph of '+', '-' and '|':
 * <pre>
 * +---------+--------+
 * | Measure | Feet   |
 * +=========+========+
 * | Chain   | 66     |
 * +---------+--------+
 * </pre>
 * The first line's '+' signs give the columns; a row is the lines between two separator lines, each cell the text
 * between its column's bars, its lines joined; a separator of '=' ends the head. A colon at either end of a column's
 * dashes in the first separator (or the head's) aligns it, as in pandoc. Cells that span columns or rows are not read
 * (the converter refuses the table, rather than print it misread).
 */
final class GridTable {
    private static final Pattern FIRST = Pattern.compile("^ {0,3}\\+(?:[-=:]+\\+)+\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\+(?:[-=:]+\\+)+$");

    /** The table as read: rows of cell texts, with the source line index of each row's first line. */
    record Grid(List<String> aligns, List<List<String>> head, List<List<String>> body, List<Integer> headLines,
                List<Integer> bodyLines) {}

    /** Why a grid could not be read, and where (line index of the parsed text). */
    static final class Unreadable extends Exception {
        final int lineIndex;

        Unreadable(int lineIndex, String message) {
            super(message);
            this.lineIndex = lineIndex;
        }
    }

    private GridTable() {}

    static boolean is(Paragraph p, String[] lines) {
        List<SourceSpan> spans = p.getSourceSpans();
        if (spans == null || spans.size() < 3 || spans.get(0).getLineIndex() >= lines.length) return false;
        return FIRST.matcher(lines[spans.get(0).getLineIndex()]).matches();
    }

    static Grid read(Paragraph p, String[] lines) throws Unreadable {
        List<SourceSpan> spans = p.getSourceSpans();
        int first = spans.get(0).getLineIndex();
        String top = lines[first].strip();
        List<Integer> bounds = new ArrayList<>();
        for (int i = 0; i < top.length(); i++) if (top.charAt(i) == '+') bounds.add(i);
        List<String> aligns = aligns(top, bounds);
        List<List<String>> head = new ArrayList<>();
        List<List<String>> body = new ArrayList<>();
        List<Integer> headLines = new ArrayList<>();
        List<Integer> bodyLines = new ArrayList<>();
        List<StringBuilder> row = null;
        int rowLine = -1;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        boolean sawHead = false;
        for (int k = 1; k < spans.size(); k++) {
            int index = spans.get(k).getLineIndex();
            String raw = lines[index];
            String line = raw.strip();
            if (SEPARATOR.matcher(line).matches()) {
                if (!line.replace('=', '-').replace(":", "-").equals(top.replace(":", "-").replace('=', '-'))) {
                    throw new Unreadable(index, "a grid table's separator lines must have their '+' where the first line has them (cells that span columns are not supported)");
                }
                if (row == null) throw new Unreadable(index, "a grid table has two separator lines with no row between them");
                rows.add(row.stream().map(b -> b.toString().strip()).toList());
                rowLines.add(rowLine);
                row = null;
                if (line.contains("=")) {
                    if (sawHead) throw new Unreadable(index, "a grid table has a second head separator (+===+)");
                    sawHead = true;
                    head.addAll(rows);
                    headLines.addAll(rowLines);
                    rows.clear();
                    rowLines.clear();
                    if (aligns.stream().allMatch(String::isEmpty)) aligns = aligns(line, bounds);
                }
                continue;
            }
            if (line.length() != top.length() || line.charAt(0) != '|' || line.charAt(line.length() - 1) != '|') {
                throw new Unreadable(index, "a grid table's row line must start and end with '|' under the first line's '+' signs");
            }
            for (int b = 1; b < bounds.size() - 1; b++) {
                if (line.charAt(bounds.get(b)) != '|') {
                    throw new Unreadable(index, "a grid table's cells must be divided by '|' under each '+' of the first line (cells that span columns are not supported)");
                }
            }
            if (row == null) {
                row = new ArrayList<>();
                for (int b = 0; b + 1 < bounds.size(); b++) row.add(new StringBuilder());
                rowLine = index;
            }
            for (int b = 0; b + 1 < bounds.size(); b++) {
                String cell = line.substring(bounds.get(b) + 1, bounds.get(b + 1)).strip();
                if (!cell.isEmpty()) row.get(b).append(row.get(b).length() == 0 ? "" : " ").append(cell);
            }
        }
        if (row != null) throw new Unreadable(spans.get(spans.size() - 1).getLineIndex(), "a grid table must end with a separator line (+---+)");
        body.addAll(rows);
        bodyLines.addAll(rowLines);
        return new Grid(aligns, head, body, headLines, bodyLines);
    }

    private static List<String> aligns(String separator, List<Integer> bounds) {
        List<String> out = new ArrayList<>();
        for (int b = 0; b + 1 < bounds.size(); b++) {
            String dashes = separator.substring(bounds.get(b) + 1, bounds.get(b + 1));
            boolean left = dashes.startsWith(":");
            boolean right = dashes.endsWith(":");
            out.add(left && right ? "center" : right ? "right" : left ? "left" : "");
        }
        return out;
    }
}
