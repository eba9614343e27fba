package press.reader.assemble;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.w3c.dom.Element;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.Severity;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.Piece;
import press.reader.math.TexError;

/**
 * Converts one Markdown piece into DocBook elements. Footnotes become DocBook footnotes at their call;
 * headings open nested sections; text runs pass through the apparatus features' replacers (the citations), then
 * their inline markers (glossary, index, editor's notes, chronology).
 */
final class MarkdownConverter {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(FootnotesExtension.builder().inlineFootnotes(true).build(), TablesExtension.create(),
                    StrikethroughExtension.builder().requireTwoTildes(true).build()))
            .linkProcessor(new BracketedSpan())
            .customBlockParserFactory(new FencedDiv.Factory())
            .customInlineContentParserFactory(new MathInline.Factory())
            .customDelimiterProcessor(ScriptDelimiters.superscript())
            .customDelimiterProcessor(ScriptDelimiters.subscript())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    /** Pandoc's heading attributes at the end of a heading: {#id}, {#id .class}, {.unnumbered}, {-} */
    private static final Pattern HEADING_ATTRIBUTES = Pattern.compile("\\s*\\{((?:\\s*(?:#[A-Za-z][A-Za-z0-9_.-]*|\\.[A-Za-z][\\w-]*|-|[A-Za-z][\\w-]*=\\S+))+)\\s*\\}\\s*$");
    /** Heading classes the styles honour or that have no effect on a book without numbered headings */
    private static final Set<String> HEADING_CLASSES = Set.of("unnumbered", "unlisted");
    /**
     * FOP breaks a paragraph into lines as one unit: beyond a few hundred thousand characters it runs out of memory
     * or time. No real paragraph is near this; a pasted book without line breaks is.
     */
    static final int MAX_PARAGRAPH = 200_000;
    private static final Pattern DANGLING_NOTE = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");

    private final DocBook db;
    private final Piece piece;
    private final PieceContext ctx;
    private final Diagnostics diagnostics;
    private final Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();
    private final Set<String> called = new HashSet<>();
    private int currentLine;
    private String[] sourceLines;
    /** Pandoc's automatic identifier of each heading of this piece without {#id} (see {@link #pandocId}) -> its id */
    private final Map<String, String> pandocIds = new LinkedHashMap<>();
    /** Cross-references of the piece's own text, registered at its end, once its headings' pandoc ids are known */
    private final List<Object[]> pendingLinks = new ArrayList<>();
    private boolean wholePiece;
    /** A paragraph already used as the caption of the table before it */
    private Node captionUsed;
    /** Paragraphs already written as the definitions of the term before them (pandoc's loose definition lists) */
    private final Set<Node> definitionsUsed = new HashSet<>();
    private int lastRawHtmlLine;
    private final NodeRenderers renderers = renderers();

    MarkdownConverter(DocBook db, Piece piece, PieceContext ctx, Diagnostics diagnostics) {
        this.db = db;
        this.piece = piece;
        this.ctx = ctx;
        this.diagnostics = diagnostics;
    }

    /** Converts the body into children of {@code parent}; sections nest below it. */
    void convert(Element parent) {
        Node document = PARSER.parse(NarrativeCitation.protectEscapedAt(piece.body()));
        sourceLines = piece.body().split("\n", -1);
        wholePiece = true;
        collectDefinitions(document);
        Deque<Element> sections = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        sections.push(parent);
        levels.push(1);
        int lastLevel = 1;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteDefinition) continue;
            if (n instanceof Heading h) {
                int level = Math.max(2, h.getLevel());
                if (level > lastLevel + 1) {
                    diagnostics.warning(piece.file(), line(h), "BP101", "heading skips a level (from " + lastLevel
                            + " to " + level + ")");
                }
                lastLevel = level;
                while (levels.peek() >= level) {
                    sections.pop();
                    levels.pop();
                }
                Element section = db.add(sections.peek(), "section");
                heading(h, section);
                sections.push(section);
                levels.push(level);
                continue;
            }
            block(n, sections.peek());
        }
        // [see below](#a-heading): a link by the id pandoc would give a heading of this piece goes to that heading
        for (Object[] pending : pendingLinks) {
            Element e = (Element) pending[0];
            String target = e.getAttribute("linkend");
            if (!ctx.book().has(target) && pandocIds.containsKey(target)) e.setAttribute("linkend", pandocIds.get(target));
            ctx.crossReference(e.getAttribute("linkend"), piece.file(), (Integer) pending[1]);
        }
        for (String label : definitions.keySet()) {
            if (!called.contains(label)) {
                diagnostics.error(piece.file(), line(definitions.get(label)), "BP110", "note [^" + label + "] is never called in the text");
            }
        }
    }

    private void collectDefinitions(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteDefinition d) {
                if (definitions.containsKey(d.getLabel())) {
                    error(d, "BP111", "note [^" + d.getLabel() + "] is defined twice");
                    continue;
                }
                definitions.put(d.getLabel(), d);
            }
        }
    }

    /** An error at the node's line and column (columns are known in Markdown files, not in YAML fragments). */
    private void error(Node n, String code, String message) {
        diagnostics.add(new Diagnostic(Severity.ERROR, piece.file(),
                line(n), column(n), code, message));
    }

    int column(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans == null || spans.isEmpty() || !piece.file().endsWith(".md")) return 0;
        return spans.get(0).getColumnIndex() + 1;
    }

    int line(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans == null || spans.isEmpty()) return currentLine > 0 ? currentLine : piece.bodyFirstLine();
        return piece.bodyFirstLine() + spans.get(0).getLineIndex();
    }

    private void heading(Heading h, Element section) {
        Element title = db.add(section, "title");
        ctx.enterHeading();
        try {
            inlines(h, title, true);
        } finally {
            ctx.leaveHeading();
        }
        String id = null;
        // A trailing {#id} on the heading names it; otherwise the id comes from the words.
        if (title.getLastChild() instanceof org.w3c.dom.Text t) {
            Matcher m = HEADING_ATTRIBUTES.matcher(t.getData());
            if (m.find()) {
                for (String token : m.group(1).trim().split("\\s+")) {
                    if (token.startsWith("#")) {
                        id = token.substring(1);
                    } else if (!token.equals("-") && !HEADING_CLASSES.contains(token.substring(1))) {
                        diagnostics.add(new Diagnostic(Severity.WARNING,
                                piece.file(), line(h), 0, "BP177", "heading attribute '" + token + "' is not known to the "
                                + "styles and is ignored (known: {#id}, {.unnumbered}, {.unlisted}, {-})"));
                    }
                }
                t.setData(t.getData().substring(0, m.start()));
            }
        }
        boolean automatic = id == null;
        // from the heading's words only: an index term's headword inside the title is not part of its id
        if (automatic) id = ctx.idPrefix() + "--" + Slugs.slug(readText(title));
        String given = ctx.uniqueId(id, piece.file(), line(h));
        DocBook.id(section, given);
        if (automatic) pandocIds.putIfAbsent(pandocId(readText(title)), given);
    }

    /**
     * One renderer method per kind of node, as commonmark-java's renderers are: a construct read by a parser extension
     * is rendered by adding its line here (a node of a type with none is refused as unsupported, BP102, or, inline,
     * written as its children).
     */
    private NodeRenderers renderers() {
        return new NodeRenderers()
                .block(Paragraph.class, this::paragraph)
                .block(Heading.class, this::headingInside)
                .block(TableBlock.class, this::table)
                .block(BlockQuote.class, (q, parent) -> children(q, db.add(parent, "blockquote")))
                .block(BulletList.class, (l, parent) -> list(l, db.add(parent, "itemizedlist")))
                .block(OrderedList.class, this::orderedList)
                .block(ThematicBreak.class, (b, parent) -> db.add(parent, "bridgehead").setAttribute("role", "section-break"))
                .block(FencedCodeBlock.class, (c, parent) -> code(c.getLiteral(), c.getInfo(), parent))
                .block(IndentedCodeBlock.class, (c, parent) -> code(c.getLiteral(), null, parent))
                .block(FencedDiv.class, this::div)
                .block(HtmlBlock.class, (h, parent) -> rawHtml(h))
                .inline(Text.class, (t, parent, running) -> text(t.getLiteral(), parent, running, line(t)))
                .inline(SoftLineBreak.class, (b, parent, running) -> db.text(parent, " "))
                .inline(HardLineBreak.class, (b, parent, running) ->
                        parent.appendChild(db.document().createProcessingInstruction("line-break", "")))
                .inline(Emphasis.class, (e, parent, running) -> inlines(e, db.add(parent, "emphasis"), running))
                .inline(StrongEmphasis.class, (e, parent, running) -> inlines(e, emphasis(parent, "strong"), running))
                .inline(Strikethrough.class, (e, parent, running) -> inlines(e, emphasis(parent, "strikethrough"), running))
                .inline(Code.class, (c, parent, running) ->
                        db.addText(parent, "literal", NarrativeCitation.restoreAt(c.getLiteral(), true)))
                .inline(Link.class, (l, parent, running) -> link(l, parent))
                .inline(Image.class, (i, parent, running) -> inlineImage(i))
                .inline(HtmlInline.class, (h, parent, running) -> rawHtml(h))
                .inline(FootnoteReference.class, (r, parent, running) -> footnoteCall(r, parent))
                .inline(InlineFootnote.class, (f, parent, running) -> inlineNote(f, parent))
                .inline(BracketedSpan.Span.class, this::span)
                .inline(ScriptDelimiters.Superscript.class, (s, parent, running) ->
                        inlines(s, db.add(parent, "superscript"), running))
                .inline(ScriptDelimiters.Subscript.class, (s, parent, running) ->
                        inlines(s, db.add(parent, "subscript"), running))
                .inline(MathInline.Formula.class, (f, parent, running) -> formula(f, parent));
    }

    private void block(Node n, Element parent) {
        currentLine = line(n);
        previousWasDefinitions = lastWasDefinitions;
        // a definition paragraph already written keeps the list open for the next entry
        lastWasDefinitions = definitionsUsed.contains(n) && previousWasDefinitions;
        if (n == captionUsed || definitionsUsed.contains(n)) return;
        NodeRenderers.Block<Node> renderer = renderers.blockOf(n);
        if (renderer != null) {
            renderer.render(n, parent);
        } else {
            diagnostics.warning(piece.file(), line(n), "BP102", "unsupported Markdown block " + n.getClass().getSimpleName() + " ignored");
        }
    }

    /**
     * A paragraph, or what pandoc reads in one: a definition list (compact or loose), a figure, a grid table, a line
     * block.
     */
    private void paragraph(Paragraph p, Element parent) {
        if (DefinitionList.isLooseTerm(p, sourceLines)) {
            looseDefinitions(p, parent);
            return;
        }
        if (DefinitionList.startsDefinition(p, sourceLines)) {
            error(p, "BP176", "a definition (a paragraph starting ': ') with no term before it would print its colon; "
                    + "put the term on the line just above it, or escape the colon as \\:");
            return;
        }
        Image figure = FigureWriter.figureImage(p);
        if (figure != null) {
            // the figure's own attributes "![a](x.png){#fig:id}" are not the refused span attributes
            Node after = figure.getNext();
            int attributes = after == null || after.getSourceSpans() == null || after.getSourceSpans().isEmpty() ? -1
                    : after.getSourceSpans().get(0).getColumnIndex();
            refuseDialect(p, r -> !(r.code().equals("BP173") && r.column() == attributes));
            new FigureWriter(db, (node, target) -> inlines(node, target, true), diagnostics, piece.file())
                    .write(p, figure, parent, ctx, line(figure), column(figure));
            return;
        }
        if (GridTable.is(p, sourceLines)) {
            gridTable(p, parent);
            return;
        }
        refuseDialect(p, notAtSpanBraces(p));
        if (DefinitionList.is(p, sourceLines)) {
            definitions(p, parent);
            return;
        }
        if (LineBlock.is(p, sourceLines)) {
            LineBlock.normalize(p, sourceLines);
            Element para = db.add(parent, "para");
            para.setAttribute("role", "line-block");
            DocBook.id(para, ctx.nextParaId());
            inlines(p, para, true);
            return;
        }
        int length = textLength(p);
        if (length > MAX_PARAGRAPH) {
            error(p, "BP106", String.format("a paragraph of %,d characters is longer "
                    + "than the %,d this tool can typeset; split it into paragraphs", length, MAX_PARAGRAPH));
            return;
        }
        Element para = db.add(parent, "para");
        DocBook.id(para, ctx.nextParaId());
        inlines(p, para, true);
    }

    /** A heading inside a block quote or a list item (or a note): kept as a bold paragraph, not a section. */
    private void headingInside(Heading h, Element parent) {
        refuseDialect(h, notAtSpanBraces(h));
        inlines(h, db.add(parent, "bridgehead"), false);
    }

    /** A pipe table, with the caption paragraph after it. */
    private void table(TableBlock t, Element parent) {
        Paragraph caption = TableWriter.caption(t, sourceLines);
        if (caption != null) {
            captionUsed = caption;
            refuseDialect(caption);
        }
        t.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode cell) {
                if (cell instanceof TableCell) refuseDialect(cell);
                else visitChildren(cell);
            }
        });
        Element table = new TableWriter(db, (cell, target) -> inlines(cell, target, true)).write(t, caption, parent, ctx);
        if (caption != null) tableId(table, caption);
    }

    private void orderedList(OrderedList l, Element parent) {
        Element list = db.add(parent, "orderedlist");
        if (l.getStartNumber() != 1) list.setAttribute("startingnumber", Integer.toString(l.getStartNumber()));
        list(l, list);
    }

    private void list(ListBlock l, Element list) {
        for (Node item = l.getFirstChild(); item != null; item = item.getNext()) {
            children((ListItem) item, db.add(list, "listitem"));
        }
    }

    /** A code block keeps every space: only the line break that ends the block goes. */
    private void code(String literal, String info, Element parent) {
        Element listing = db.add(parent, "programlisting");
        db.text(listing, NarrativeCitation.restoreAt(literal.replaceFirst("\\n+$", ""), true));
        if (info != null && !info.isBlank()) listing.setAttribute("language", info.strip().split("\\s+")[0]);
    }

    /** A caption's {#tbl:id} makes it the table's id, a cross-reference target ([table](#tbl:id)). */
    private void tableId(Element table, Paragraph caption) {
        String id = TableWriter.takeCaptionId(table);
        if (id != null) DocBook.id(table, ctx.uniqueId(id, piece.file(), line(caption)));
    }

    /** A grid table, as a pipe table is written (TableWriter's DocBook), or refused when it cannot be read. */
    private void gridTable(Paragraph p, Element parent) {
        GridTable.Grid grid;
        try {
            grid = GridTable.read(p, sourceLines);
        } catch (GridTable.Unreadable e) {
            diagnostics.error(piece.file(), piece.bodyFirstLine() + e.lineIndex, "BP548", e.getMessage()
                    + "; correct the table's lines, or write it as a pipe table");
            return;
        }
        Paragraph caption = p.getNext() instanceof Paragraph next && TableWriter.isCaption(next, sourceLines) ? next : null;
        Element t = db.add(parent, caption != null ? "table" : "informaltable");
        t.setAttribute("role", "text");
        DocBook.id(t, ctx.nextParaId());
        if (caption != null) {
            captionUsed = caption;
            refuseDialect(caption);
            Element title = db.add(t, "title");
            inlines(caption, title, true);
            TableWriter.stripCaptionMark(title);
            tableId(t, caption);
        }
        Element tgroup = db.add(t, "tgroup");
        tgroup.setAttribute("cols", Integer.toString(grid.aligns().size()));
        for (int c = 0; c < grid.aligns().size(); c++) {
            Element spec = db.add(tgroup, "colspec");
            spec.setAttribute("colname", "c" + (c + 1));
            if (!grid.aligns().get(c).isEmpty()) spec.setAttribute("align", grid.aligns().get(c));
        }
        for (boolean head : new boolean[] {true, false}) {
            List<List<String>> rows = head ? grid.head() : grid.body();
            List<Integer> rowLines = head ? grid.headLines() : grid.bodyLines();
            if (rows.isEmpty()) continue;
            Element section = db.add(tgroup, head ? "thead" : "tbody");
            for (int r = 0; r < rows.size(); r++) {
                Element row = db.add(section, "row");
                for (String cell : rows.get(r)) gridCell(cell, rowLines.get(r), db.add(row, "entry"));
            }
        }
    }

    /** A cell's Markdown: parsed as a paragraph placed at its row's line, so that a message names that line. */
    private void gridCell(String text, int lineIndex, Element entry) {
        String placed = "\n".repeat(lineIndex) + text;
        Node cell = PARSER.parse(NarrativeCitation.protectEscapedAt(placed)).getFirstChild();
        if (cell instanceof Paragraph para) {
            for (DialectCheck.Refusal r : DialectCheck.scan(para, placed.split("\n", -1))) {
                diagnostics.error(piece.file(), piece.bodyFirstLine() + r.lineIndex(), r.code(), r.message());
            }
            inlines(para, entry, true);
        } else if (cell != null) {
            diagnostics.error(piece.file(), piece.bodyFirstLine() + lineIndex, "BP548", "a grid table's cell holds more "
                    + "than a line of text (a list, a heading, code); write it as text");
        }
    }

    /** A term and its definitions; consecutive ones make one list. */
    private void definitions(Paragraph p, Element parent) {
        writeDefinitions(DefinitionList.split(p, sourceLines), parent);
    }

    /** Pandoc's loose form: the term a paragraph of one line, each definition a paragraph after it starting ': '. */
    private void looseDefinitions(Paragraph term, Element parent) {
        List<Paragraph> definitions = new ArrayList<>();
        for (Node d = term.getNext(); d instanceof Paragraph p && DefinitionList.startsDefinition(p, sourceLines); d = d.getNext()) {
            refuseDialect(p, r -> !r.code().equals("BP176"));
            DefinitionList.stripMark(p);
            definitions.add(p);
            definitionsUsed.add(p);
        }
        refuseDialect(term);
        writeDefinitions(new DefinitionList.Entry(term, definitions), parent);
    }

    private void writeDefinitions(DefinitionList.Entry entry, Element parent) {
        Element last = parent.getLastChild() instanceof Element e ? e : null;
        Element list = last != null && last.getLocalName().equals("variablelist") && "definitions".equals(last.getAttribute("role"))
                && previousWasDefinitions ? last : null;
        if (list == null) {
            list = db.add(parent, "variablelist");
            list.setAttribute("role", "definitions");
            DocBook.id(list, ctx.nextParaId());
        }
        Element item = db.add(list, "varlistentry");
        inlines(entry.term(), db.add(item, "term"), true);
        for (Paragraph d : entry.definitions()) inlines(d, db.add(db.add(item, "listitem"), "para"), true);
        lastWasDefinitions = true;
    }

    /** Whether the block just written was a definition list entry (the next one joins its list) */
    private boolean lastWasDefinitions;
    private boolean previousWasDefinitions;

    /** The words of a heading as printed: without its index terms and notes */
    private static String readText(org.w3c.dom.Node n) {
        if (n instanceof Element e && (e.getLocalName().equals("indexterm") || e.getLocalName().equals("footnote"))) return "";
        if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE) return n.getNodeValue();
        StringBuilder sb = new StringBuilder();
        for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) sb.append(readText(c));
        return sb.toString();
    }

    /**
     * The identifier pandoc gives a heading (its auto_identifiers extension): lower case, letters, digits, '_', '-'
     * and '.' kept, spaces become hyphens, everything else goes, and nothing before the first letter.
     */
    static String pandocId(String heading) {
        String s = heading.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-")
                .replaceAll("[^\\p{L}\\p{N}_.-]", "").replaceFirst("^[^\\p{L}]+", "");
        return s.isEmpty() ? "section" : s;
    }

    /** Pandoc constructs this tool does not render are refused at their place, never printed as markup. */
    private void refuseDialect(Node n) {
        refuseDialect(n, r -> true);
    }

    /** The attributes of a bracketed span are not the refused attributes of a link or code span. */
    private Predicate<DialectCheck.Refusal> notAtSpanBraces(Node block) {
        Set<Long> braces = new HashSet<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof BracketedSpan.Span s && s.brace != null) {
                    braces.add(((long) s.brace.getLineIndex() << 32) | s.brace.getColumnIndex());
                }
                visitChildren(node);
            }
        });
        return r -> !(r.code().equals("BP173") && braces.contains(((long) r.lineIndex() << 32) | r.column()));
    }

    private void refuseDialect(Node n, Predicate<DialectCheck.Refusal> applies) {
        for (DialectCheck.Refusal r : DialectCheck.scan(n, sourceLines, applies)) {
            diagnostics.add(new Diagnostic(Severity.ERROR, piece.file(),
                    piece.bodyFirstLine() + r.lineIndex(), piece.file().endsWith(".md") ? r.column() : 0, r.code(),
                    r.message()));
        }
    }

    private static int textLength(Node n) {
        int[] length = {0};
        n.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                length[0] += t.getLiteral().length();
            }
        });
        return length[0];
    }

    private void children(Node container, Element parent) {
        for (Node c = container.getFirstChild(); c != null; c = c.getNext()) block(c, parent);
    }

    /** Raw HTML is refused; the check goes on so that one run reports every mistake of the file. */
    private void rawHtml(Node n) {
        // an HTML comment is a note to whoever edits the file, printed by no Markdown tool: not printed, but said
        if (isComment(n)) {
            diagnostics.warning(piece.file(), line(n), "BP570", "an HTML comment is not printed (" + commentStart(n)
                    + "); delete it if it is done with, or write its words as text if they belong to the book");
            return;
        }
        // "<b>bold</b>" is one mistake: a closing tag after an opening one of the same line is not reported again
        if (n instanceof HtmlInline h && h.getLiteral().startsWith("</") && line(n) == lastRawHtmlLine) return;
        lastRawHtmlLine = line(n);
        error(n, "BP103",
                "raw HTML is not allowed in the manuscript; to show '<' as text, write '\\<'");
    }

    /** The comment's first words, so that the editor recognises it */
    private static String commentStart(Node n) {
        String literal = n instanceof HtmlInline h ? h.getLiteral() : ((HtmlBlock) n).getLiteral();
        String words = literal.strip().replaceFirst("^<!--", "").replaceFirst("-->$", "").strip().replaceAll("\\s+", " ");
        return words.isEmpty() ? "an empty one" : "'" + (words.length() > 40 ? words.substring(0, 40) + "…" : words) + "'";
    }

    private static boolean isComment(Node n) {
        String literal = n instanceof HtmlInline h ? h.getLiteral() : n instanceof HtmlBlock b ? b.getLiteral() : "";
        String s = literal.strip();
        return s.startsWith("<!--") && s.endsWith("-->") && s.indexOf("-->") == s.length() - 3;
    }

    /** Writes inline content; {@code running} says whether markers apply (not in headings). */
    private void inlines(Node container, Element parent, boolean running) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNext()) {
            if ((n instanceof Text || n instanceof SoftLineBreak)
                    && (n.getNext() instanceof SoftLineBreak || n.getNext() instanceof Text)) {
                // A run of text across line breaks is one text: a citation or an editor's note call at the start
                // of a line then hangs on the word before it, with no space before the call ("2018,²").
                int line = line(n);
                StringBuilder run = new StringBuilder();
                for (; n instanceof Text || n instanceof SoftLineBreak; n = n.getNext()) {
                    run.append(n instanceof Text t ? t.getLiteral() : " ");
                    if (!(n.getNext() instanceof Text || n.getNext() instanceof SoftLineBreak)) break;
                }
                text(run.toString(), parent, running, line);
                continue;
            }
            inline(n, parent, running);
        }
    }

    private void inline(Node n, Element parent, boolean running) {
        NodeRenderers.Inline<Node> renderer = renderers.inlineOf(n);
        if (renderer != null) renderer.render(n, parent, running);
        else inlines(n, parent, running);
    }

    private Element emphasis(Element parent, String role) {
        Element e = db.add(parent, "emphasis");
        e.setAttribute("role", role);
        return e;
    }

    private void inlineImage(Image i) {
        error(i, "BP104", "an image inside a line of text cannot be printed; give the image a paragraph of its "
                + "own (a blank line before and after it): it becomes a figure, its words in brackets the caption");
    }

    private static final Pattern EQUATION_ID = Pattern.compile("^[ \\t]*\\{#(eq:[A-Za-z0-9_](?:[\\w:.-]*\\w)?)\\}");

    /**
     * pandoc-crossref's label after a display formula, {@code $$ ... $$ {#eq:kl}}: the formula's id, a cross-reference
     * target (@eq:kl), taken out of the text so that it does not print
     */
    private void equationId(MathInline.Formula f, Element equation) {
        if (!(f.getNext() instanceof Text t)) return;
        Matcher m = EQUATION_ID.matcher(t.getLiteral());
        if (!m.find()) return;
        DocBook.id(equation, ctx.uniqueId(m.group(1), piece.file(), line(f)));
        t.setLiteral(t.getLiteral().substring(m.end()));
    }

    /** A TeX formula, or its refusal at the place in the TeX where it goes wrong */
    private void formula(MathInline.Formula f, Element parent) {
        if (ctx.inHeading()) {
            error(f, "BP550", "TeX math in a heading cannot be set in the contents, running heads and PDF bookmarks; "
                    + "write the formula in words in the heading, and set it in the text below");
            return;
        }
        try {
            MathWriter.write(db, parent, f.tex, f.display);
            if (f.display) equationId(f, (Element) parent.getLastChild());
        } catch (TexError e) {
            int[] at = placeInFormula(f, e.offset());
            diagnostics.add(new Diagnostic(Severity.ERROR, piece.file(),
                    at[0], piece.file().endsWith(".md") ? at[1] : 0, "BP549", "TeX math: " + e.getMessage()));
        }
    }

    /** The manuscript line and column of a character of a formula's TeX (the formula may run over lines) */
    private int[] placeInFormula(MathInline.Formula f, int offset) {
        List<SourceSpan> spans = f.getSourceSpans();
        if (spans == null || spans.isEmpty()) return new int[] {line(f), 0};
        String before = f.tex.substring(0, Math.min(offset, f.tex.length()));
        int newlines = (int) before.chars().filter(c -> c == '\n').count();
        SourceSpan span = spans.get(Math.min(newlines, spans.size() - 1));
        int column = newlines == 0 ? span.getColumnIndex() + (f.display ? 2 : 1) + before.length()
                : span.getColumnIndex() + before.length() - before.lastIndexOf('\n') - 1;
        return new int[] {piece.bodyFirstLine() + span.getLineIndex(), column + 1};
    }

    private void link(Link l, Element parent) {
        String dest = l.getDestination();
        Element e;
        if (dest.startsWith("#")) {
            e = db.add(parent, "link");
            e.setAttribute("linkend", dest.substring(1));
            if (wholePiece) pendingLinks.add(new Object[] {e, line(l)});
            else ctx.crossReference(dest.substring(1), piece.file(), line(l));
        } else if (dest.matches("(?i)https?://.+|mailto:.+")) {
            e = db.add(parent, "link");
            e.setAttributeNS(DocBook.XLINK_NS, "xlink:href", Uris.escape(dest));
        } else {
            error(l, "BP105", "link target '" + dest
                    + "' must be #id (a cross-reference) or an http(s) address");
            inlines(l, parent, false);
            return;
        }
        inlines(l, e, false);
    }

    private void footnoteCall(FootnoteReference r, Element parent) {
        FootnoteDefinition d = definitions.get(r.getLabel());
        if (d == null) {
            error(r, "BP112", "note [^" + r.getLabel() + "] is called but not defined");
            return;
        }
        if (!called.add(r.getLabel())) {
            error(r, "BP113", "note [^" + r.getLabel() + "] is called twice");
            return;
        }
        Element fn = db.add(parent, "footnote");
        fn.setAttribute("role", "author");
        DocBook.id(fn, ctx.uniqueId(ctx.idPrefix() + "-n" + Slugs.slug(r.getLabel()), piece.file(), line(r)));
        ctx.enterNote(PieceContext.NoteKind.AUTHOR);
        try {
            children(d, fn);
        } finally {
            ctx.leaveNote();
        }
        EditorialAddition.appendTo(fn, ctx.takeEditorialAddition(), db);
    }

    /**
     * A fenced div: {.epigraph} sets its paragraphs as an epigraph; any other class is not known to the styles, and
     * its paragraphs print as ordinary text, with a warning. The words are never lost.
     */
    private void div(FencedDiv div, Element parent) {
        Element target = parent;
        for (String token : div.attributes.split("\\s+")) {
            if (token.equals(".epigraph") && target == parent) {
                target = db.add(parent, "epigraph");
            } else if (!token.isEmpty()) {
                diagnostics.add(new Diagnostic(Severity.WARNING,
                        piece.file(), line(div), column(div), "BP547", "div attribute '" + token + "' is not known to "
                        + "the styles; the div's paragraphs print as ordinary text (known: {.epigraph})"));
            }
        }
        children(div, target);
    }

    /** Span classes the styles set: pandoc's small capitals */
    private static final Set<String> SPAN_CLASSES = Set.of("smallcaps");

    /**
     * A bracketed span: {.smallcaps} sets small capitals, lang=xx marks words in another language (for hyphenation
     * and screen readers), #id names the words for cross-references. Another class is printed as plain words, with a
     * warning.
     */
    private void span(BracketedSpan.Span span, Element parent, boolean running) {
        Element e = db.add(parent, "phrase");
        List<String> classes = new ArrayList<>();
        for (String token : span.tokens()) {
            if (token.startsWith("#")) {
                DocBook.id(e, ctx.uniqueId(token.substring(1), piece.file(), line(span)));
            } else if (token.startsWith(".") && SPAN_CLASSES.contains(token.substring(1))) {
                classes.add(token.substring(1));
            } else if (token.startsWith("lang=")) {
                e.setAttributeNS(DocBook.XML_NS, "xml:lang", token.substring(5).replace("\"", ""));
            } else {
                diagnostics.add(new Diagnostic(Severity.WARNING,
                        piece.file(), line(span), column(span), "BP546", "span attribute '" + token + "' is not known to "
                        + "the styles; the words print as plain text (known: {.smallcaps}, {lang=xx}, {#id})"));
            }
        }
        if (!classes.isEmpty()) e.setAttribute("role", String.join(" ", classes));
        else e.setAttribute("role", "span");
        inlines(span, e, running);
    }

    /** Pandoc's inline note ^[...]: an author's note like [^1], written where it is called. */
    private void inlineNote(InlineFootnote f, Element parent) {
        Element fn = db.add(parent, "footnote");
        fn.setAttribute("role", "author");
        DocBook.id(fn, ctx.uniqueId(ctx.idPrefix() + "-ni" + (++inlineNotes), piece.file(), line(f)));
        ctx.enterNote(PieceContext.NoteKind.AUTHOR);
        try {
            inlines(f, db.add(fn, "para"), true);
        } finally {
            ctx.leaveNote();
        }
        EditorialAddition.appendTo(fn, ctx.takeEditorialAddition(), db);
    }

    private int inlineNotes;

    /**
     * pandoc-crossref's reference to a figure or table: {@code @fig:map} ({@code @Fig:map} at a sentence's start), or
     * alone in brackets, {@code [@fig:map]}. Inside a longer bracket ({@code [see @fig:map]}) it is left to the
     * citation syntax, which refuses it with the way to write it.
     */
    private static final Pattern CROSSREF = Pattern.compile("\\[@([Ff]ig|[Tt]bl|[Ee]q):([A-Za-z0-9_](?:[\\w:.-]*\\w)?)\\]"
            + "|(?<![\\w@\\\\])@([Ff]ig|[Tt]bl|[Ee]q):([A-Za-z0-9_](?:[\\w:.-]*\\w)?)");

    private void text(String text, Element parent, boolean running, int line) {
        // every cross-reference holds an '@': a text without one (most) need not be searched with the pattern
        Matcher x = running && text.indexOf('@') >= 0 ? CROSSREF.matcher(text) : null;
        int from = 0;
        while (x != null && x.find()) {
            boolean bracketed = x.group(1) != null;
            if (!bracketed && text.lastIndexOf('[', x.start()) > text.lastIndexOf(']', x.start())) continue;
            // "@fig:map shows": a cross-reference without words, which the styles name ("figure 3, p. 41")
            if (x.start() > from) text(text.substring(from, x.start()), parent, true, line);
            String kind = bracketed ? x.group(1) : x.group(3);
            String target = kind.toLowerCase(Locale.ROOT) + ":" + (bracketed ? x.group(2) : x.group(4));
            Element link = db.add(parent, "link");
            link.setAttribute("linkend", target);
            if (Character.isUpperCase(kind.charAt(0))) link.setAttribute("role", "capitalised");
            ctx.crossReference(target, piece.file(), line);
            from = x.end();
        }
        if (from > 0) {
            if (from < text.length()) text(text.substring(from), parent, true, line);
            return;
        }
        // an essay imported from a capture keeps its cleaned typography; text written in Markdown is made smart
        String literal = piece.kind() == Piece.Kind.ESSAY && piece.known("source") ? text : SmartPunctuation.apply(text);
        Matcher m = DANGLING_NOTE.matcher(literal);
        if (m.find()) {
            diagnostics.error(piece.file(), line, "BP112", "note marker [^" + m.group(1) + "] has no note");
        }
        List<Object> parts = running ? ctx.replace(literal, piece.file(), line) : List.of(literal);
        for (Object part : parts) {
            if (part instanceof String raw) {
                String s = NarrativeCitation.restoreAt(raw, false);
                if (running) {
                    TextMarks marks = new TextMarks();
                    for (InlineMarker marker : ctx.markers()) marker.mark(s, marks);
                    marks.write(db, parent, s);
                } else {
                    db.text(parent, s);
                }
            } else {
                ((TextReplacer.Replacement) part).write(db, parent, ctx);
            }
        }
    }

    /** Converts a Markdown fragment (an editor's note, a glossary definition) into paragraphs in {@code parent}. */
    static void fragment(DocBook db, String markdown, Element parent, PieceContext ctx, String file, int line,
                         Diagnostics diagnostics) {
        Piece p = new Piece(ctx.idPrefix(), Piece.Kind.FRONT, file, Map.of(), Map.of(), markdown, line);
        MarkdownConverter c = new MarkdownConverter(db, p, ctx, diagnostics);
        Node document = PARSER.parse(NarrativeCitation.protectEscapedAt(markdown));
        c.sourceLines = markdown.split("\n", -1);
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) c.block(n, parent);
    }
}
