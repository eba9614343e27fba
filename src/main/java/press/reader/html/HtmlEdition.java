package press.reader.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import press.reader.xml.Xslt;

/**
 * The single-file HTML edition: the whole book as one page a proofreader opens in a browser, with notes, glossary,
 * cross-references and index locators as links within the page and the print page numbers in the margin. The
 * stylesheet (styles/html/html.xsl) reuses the EPUB's; the CSS is set inline, so the file stands alone.
 */
public final class HtmlEdition {
    /** The stylesheet, relative to the styles folder. */
    public static final String STYLESHEET = "html/html.xsl";

    private final Xslt xslt;
    private final Path stylesDir;
    /** The book's own EPUB design (book.yaml design: epub:), or null: the page is the EPUB's text, in its looks. */
    private final Path epubDesign;

    public HtmlEdition(Xslt xslt, Path stylesDir) {
        this(xslt, stylesDir, null);
    }

    public HtmlEdition(Xslt xslt, Path stylesDir, Path epubDesign) {
        this.xslt = xslt;
        this.stylesDir = stylesDir;
        this.epubDesign = epubDesign;
    }

    /**
     * Writes the page to {@code out}.
     *
     * @param pageMap the page map of the print edition as a document ({@code PageMap.toDocument}), or null: then no
     *                print page numbers are shown
     */
    public void write(XdmNode book, XdmNode pageMap, OutputStream out) throws IOException {
        write(book, pageMap, null, out);
    }

    /** @param images the figures' images described for the styles (EditionImages), or null for a book without */
    public void write(XdmNode book, XdmNode pageMap, Path images, OutputStream out) throws IOException {
        Map<String, Object> params = new HashMap<>();
        if (images != null) params.put("images-uri", images.toUri().toString());
        if (pageMap != null) params.put("pagemap", pageMap);
        // html.xsl imports the EPUB stylesheet its static parameter names: the stock one, or the book's own design
        Map<String, String> statics = epubDesign == null ? Map.of()
                : Map.of("epub-stylesheet", epubDesign.toAbsolutePath().toUri().toString());
        xslt.transform(stylesDir.resolve(STYLESHEET), statics, book, params, xslt.processor().newSerializer(out));
        out.flush();
    }
}
