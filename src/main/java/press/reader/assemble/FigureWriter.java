package press.reader.assemble;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.w3c.dom.Element;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.Severity;
import press.reader.images.ImageFile;

/**
 * Pandoc's implicit figure: an image alone in its paragraph is a figure, its bracketed words the caption (and the
 * alternative text, unless the image's title gives a longer description). {@code {#fig:id}} right after the image
 * names it for cross-references; {@code {.decorative}} marks an image that says nothing (no caption, no alternative
 * text: a screen reader passes over it). The image file must be a PNG, JPEG or SVG inside the manuscript folder.
 *
 * <pre>
 * figure (or informalfigure without a caption)
 *   title: the caption
 *   mediaobject / imageobject / imagedata fileref="images/x.png" format="PNG"
 *              / textobject / phrase: the alternative text
 * </pre>
 */
final class FigureWriter {
    /** Attributes after the image: {#fig:id .decorative} */
    private static final Pattern ATTRIBUTES = Pattern.compile("^\\{([^{}]*)\\}\\s*$");

    private final DocBook db;
    private final BiConsumer<Node, Element> inlines;
    private final Diagnostics diagnostics;
    private final String file;

    FigureWriter(DocBook db, BiConsumer<Node, Element> inlines, Diagnostics diagnostics, String file) {
        this.db = db;
        this.inlines = inlines;
        this.diagnostics = diagnostics;
        this.file = file;
    }

    /** The image of a paragraph that holds nothing else (but its attributes), or null. */
    static Image figureImage(Paragraph p) {
        Node first = p.getFirstChild();
        if (!(first instanceof Image image)) return null;
        Node rest = first.getNext();
        if (rest == null) return image;
        return rest.getNext() == null && rest instanceof Text t && ATTRIBUTES.matcher(t.getLiteral()).matches() ? image : null;
    }

    /**
     * Writes the figure of {@code p} into {@code parent}, or reports why it cannot be printed.
     *
     * @param line the paragraph's line in the file, column the image's column (0 when not known)
     */
    void write(Paragraph p, Image image, Element parent, PieceContext ctx, int line, int column) {
        String id = null;
        boolean decorative = false;
        if (image.getNext() instanceof Text t) {
            Matcher m = ATTRIBUTES.matcher(t.getLiteral());
            if (m.matches()) {
                for (String token : m.group(1).trim().split("\\s+")) {
                    if (token.startsWith("#") && token.length() > 1) id = token.substring(1);
                    else if (token.equals(".decorative")) decorative = true;
                    else if (!token.isEmpty()) warning(line, column, "BP545", "image attribute '" + token + "' is not "
                            + "known to the styles and is ignored (known: {#fig:id}, {.decorative}); the image is "
                            + "sized to the text block");
                }
            }
        }
        String ref = decode(image.getDestination());
        Path path = resolve(ref, ctx.book().manuscriptRoot(), line, column);
        if (path == null) return;
        ImageFile facts;
        try {
            facts = ImageFile.read(path);
        } catch (ImageFile.Unusable e) {
            error(line, column, "BP542", "image '" + ref + "' " + e.getMessage());
            return;
        } catch (IOException e) {
            error(line, column, "BP542", "image '" + ref + "' cannot be read (" + e.getClass().getSimpleName() + ")");
            return;
        }
        String alt = image.getTitle() != null && !image.getTitle().isBlank() ? image.getTitle().strip() : plain(image).strip();
        boolean hasCaption = !decorative && image.getFirstChild() != null && !plain(image).isBlank();
        if (alt.isEmpty() && !decorative) {
            warning(line, column, "BP543", "image '" + ref + "' has no alternative text; it is printed as decoration, "
                    + "which a screen reader passes over. Describe it between the brackets: ![What it shows](" + ref
                    + "), or write {.decorative} after it to say that it is decoration");
            decorative = true;
        }
        Element figure = db.add(parent, hasCaption ? "figure" : "informalfigure");
        DocBook.id(figure, id != null ? ctx.uniqueId(id, file, line) : ctx.nextParaId());
        if (decorative) figure.setAttribute("role", "decorative");
        if (hasCaption) inlines.accept(image, db.add(figure, "title"));
        Element media = db.add(figure, "mediaobject");
        Element data = db.add(db.add(media, "imageobject"), "imagedata");
        data.setAttribute("fileref", ref);
        data.setAttribute("format", facts.format().name());
        if (!decorative) db.addText(db.add(media, "textobject"), "phrase", alt);
    }

    /**
     * The file an image names, inside the manuscript folder; null (and an error) for an address on the web, an
     * absolute path, a path through "..", a symbolic link that leads out, a missing file.
     */
    private Path resolve(String ref, Path root, int line, int column) {
        if (ref.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            error(line, column, "BP540", "image '" + ref + "' is not a file of the manuscript; download it into the "
                    + "manuscript folder (for example images/) and name it from there");
            return null;
        }
        if (ref.startsWith("/") || ref.startsWith("\\") || Arrays.asList(ref.split("[/\\\\]")).contains("..")) {
            error(line, column, "BP540", "image '" + ref + "' points outside the manuscript folder; images are named "
                    + "from the manuscript folder, for example images/map.png");
            return null;
        }
        if (root == null) {
            error(line, column, "BP541", "image '" + ref + "' cannot be found: this manuscript has no folder");
            return null;
        }
        Path base = root.toAbsolutePath().normalize();
        Path p;
        try {
            p = base.resolve(ref).normalize();
        } catch (InvalidPathException e) {
            error(line, column, "BP540", "image '" + ref + "' is not a valid file name");
            return null;
        }
        if (!Files.exists(p)) {
            error(line, column, "BP541", "image '" + ref + "' not found in the manuscript folder" + (Files.isSymbolicLink(p)
                    ? " (it is a symbolic link to nothing)" : "; image paths are relative to the manuscript folder "
                    + "(where book.yaml is), not to the Markdown file"));
            return null;
        }
        try {
            if (!p.toRealPath().startsWith(base.toRealPath())) {
                error(line, column, "BP540", "image '" + ref + "' leads outside the manuscript folder (a symbolic link); "
                        + "copy the image into the folder");
                return null;
            }
        } catch (IOException e) {
            error(line, column, "BP541", "image '" + ref + "' cannot be read (" + e.getClass().getSimpleName() + ")");
            return null;
        }
        if (!Files.isRegularFile(p)) {
            error(line, column, "BP541", "image '" + ref + "' is not a file");
            return null;
        }
        return p;
    }

    /** The image's bracketed words as plain text: the alternative text a screen reader says. */
    static String plain(Node n) {
        StringBuilder sb = new StringBuilder();
        n.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                sb.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                sb.append(c.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                sb.append(' ');
            }

            @Override
            public void visit(CustomNode c) {
                // a formula in the caption is said as its TeX, as its own alternative text is
                if (c instanceof MathInline.Formula f) sb.append(f.tex);
                else visitChildren(c);
            }
        });
        return sb.toString().replaceAll("\\s+", " ");
    }

    /** %20 and the like, as a browser would read them; '+' stays a plus. */
    private static String decode(String destination) {
        if (!destination.contains("%")) return destination;
        try {
            return URLDecoder.decode(destination.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return destination;
        }
    }

    private void error(int line, int column, String code, String message) {
        diagnostics.add(new Diagnostic(Severity.ERROR, file, line, column, code, message));
    }

    private void warning(int line, int column, String code, String message) {
        diagnostics.add(new Diagnostic(Severity.WARNING, file, line, column, code, message));
    }
}
