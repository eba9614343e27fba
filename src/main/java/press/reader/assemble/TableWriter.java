package press.reader.assemble;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.w3c.dom.Element;
import org.w3c.dom.Text;

/**
 * A pipe table as a DocBook (CALS) table: {@code table} with a title when the Markdown gives a caption, else
 * {@code informaltable}; a head row, body rows, and each column's alignment. The caption is pandoc's: a paragraph
 * right after the table that starts with "Table:" or ":".
 */
final class TableWriter {
    private final DocBook db;
    private final BiConsumer<Node, Element> inlines;

    TableWriter(DocBook db, BiConsumer<Node, Element> inlines) {
        this.db = db;
        this.inlines = inlines;
    }

    /** The paragraph after {@code table} that is its caption, or null. */
    static Paragraph caption(TableBlock table, String[] lines) {
        return table.getNext() instanceof Paragraph p && isCaption(p, lines) ? p : null;
    }

    /** Whether the paragraph is pandoc's table caption: it starts with "Table:" or ":". */
    static boolean isCaption(Paragraph p, String[] lines) {
        var spans = p.getSourceSpans();
        if (spans == null || spans.isEmpty() || spans.get(0).getLineIndex() >= lines.length) return false;
        SourceSpan first = spans.get(0);
        String raw = lines[first.getLineIndex()].substring(Math.min(first.getColumnIndex(),
                lines[first.getLineIndex()].length()));
        return raw.matches("(?:Table)?:\\s.*");
    }

    Element write(TableBlock table, Paragraph caption, Element parent, PieceContext ctx) {
        Element t = db.add(parent, caption != null ? "table" : "informaltable");
        t.setAttribute("role", "text");
        DocBook.id(t, ctx.nextParaId());
        if (caption != null) {
            Element title = db.add(t, "title");
            inlines.accept(caption, title);
            stripCaptionMark(title);
        }
        Element tgroup = db.add(t, "tgroup");
        int cols = columns(table);
        tgroup.setAttribute("cols", Integer.toString(cols));
        TableRow firstRow = firstRow(table);
        int c = 0;
        for (Node cell = firstRow == null ? null : firstRow.getFirstChild(); cell != null; cell = cell.getNext()) {
            Element spec = db.add(tgroup, "colspec");
            spec.setAttribute("colname", "c" + (++c));
            TableCell.Alignment a = ((TableCell) cell).getAlignment();
            if (a != null) spec.setAttribute("align", a.name().toLowerCase(Locale.ROOT));
        }
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            Element section = db.add(tgroup, part instanceof TableHead ? "thead" : "tbody");
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                Element r = db.add(section, "row");
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    Element entry = db.add(r, "entry");
                    inlines.accept(cell, entry);
                }
            }
        }
        return t;
    }

    private static TableRow firstRow(TableBlock table) {
        Node head = table.getFirstChild();
        return head != null && head.getFirstChild() instanceof TableRow r ? r : null;
    }

    private static int columns(TableBlock table) {
        TableRow r = firstRow(table);
        int n = 0;
        for (Node c = r == null ? null : r.getFirstChild(); c != null; c = c.getNext()) n++;
        return Math.max(n, 1);
    }

    private static final Pattern CAPTION_ID = Pattern.compile("\\s*\\{#([A-Za-z][\\w:.-]*)\\}\\s*$");

    /**
     * Takes the id off the end of a table's caption, as pandoc-crossref writes it ({@code Table: Prices {#tbl:prices}}):
     * the table's id, a cross-reference target. Null when the caption ends without one.
     */
    static String takeCaptionId(Element table) {
        org.w3c.dom.Node title = table.getFirstChild();
        if (!(title instanceof Element t) || !t.getLocalName().equals("title")) return null;
        if (!(t.getLastChild() instanceof Text text)) return null;
        Matcher m = CAPTION_ID.matcher(text.getData());
        if (!m.find()) return null;
        text.setData(text.getData().substring(0, m.start()));
        return m.group(1);
    }

    /** Drops pandoc's "Table:" or ":" from the start of the caption. */
    static void stripCaptionMark(Element title) {
        if (title.getFirstChild() instanceof Text text) {
            text.setData(text.getData().replaceFirst("^(?:Table)?:\\s*", ""));
        }
    }

}
