package press.reader.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmNode;
import press.reader.diagnostics.Diagnostics;
import press.reader.xml.Xslt;

/**
 * Lays out the print book: book XML -> styles/fo.xsl -> FOP -> PDF, repeated until the page map is stable.
 * The first pass reads the page map as FOP makes it (see {@link #layout}); a later pass, if one is needed, typesets
 * page references from the map the previous pass produced. A pass whose XSL-FO the stylesheet writes again from the
 * page map the pass produced reproduces itself: every printed number is right.
 */
public final class PrintLayout {
    static final int MAX_PASSES = 5;

    private final Xslt xslt;
    private final FopEngine fop;
    private final Path stylesDir;
    private final Path stylesheet;

    /** The laid-out book. */
    public record Result(byte[] pdf, PageMap pageMap, int passes, int pages, FopEngine.Messages messages) {}

    public PrintLayout(Xslt xslt, FopEngine fop, Path stylesDir) {
        this(xslt, fop, stylesDir, null);
    }

    /** {@code stylesheet}: the book's own print stylesheet (book.yaml design.print), or null for styles/fo.xsl */
    public PrintLayout(Xslt xslt, FopEngine fop, Path stylesDir, Path stylesheet) {
        this.xslt = xslt;
        this.fop = fop;
        this.stylesDir = stylesDir;
        this.stylesheet = stylesheet != null ? stylesheet : stylesDir.resolve("fo.xsl");
    }

    /**
     * @param seed a page map to start from (the previous build's), or null. The first pass reads the page map while
     *             it lays out: the pages of every page sequence FOP has finished are final, so the index, typeset
     *             after the text it points into, gets the real page numbers; ids not laid out yet keep the seed's
     *             pages. Correctness never depends on this: a pass is accepted only when the stylesheet, given the
     *             page map the pass produced, writes the XSL-FO the pass was laid out from (so the pass would
     *             reproduce itself).
     */
    public Result layout(XdmNode book, Map<String, String> styleParams, Path workDir, Date creationDate,
                         Diagnostics diagnostics, PageMap seed) throws IOException {
        PageMap given = seed == null ? PageMap.empty() : seed;
        Path mapFile = workDir.resolve("pagemap.xml");
        int signature = Integer.parseInt(styleParams.getOrDefault("signature", "0"));
        Map<String, String> params = new HashMap<>(styleParams);
        params.put("pagemap-uri", mapFile.toUri().toString());
        if (signature > 1) params.put("padding-slots", Integer.toString(signature - 1));
        Rendered r = null;
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            given.writeXml(mapFile);
            r = render(book, params, creationDate, new FopEngine.Messages(), signature, pass == 1 ? given : null);
            // A pass that reproduced the map it was given read exactly that map (what it read during the layout is
            // part of what it produced); otherwise the stylesheet is asked whether the new map changes its XSL-FO.
            boolean settled = r.pageMap().equals(given)
                    || java.util.Arrays.equals(r.foDigest(), foDigest(book, params, r.pageMap(), mapFile));
            if (settled) return padded(book, params, creationDate, r, pass, signature);
            given = r.pageMap();
        }
        diagnostics.warning("", 0, "BP220", "page numbers did not settle after " + MAX_PASSES
                + " layout passes; the index may be off by a page");
        return new Result(r.pdf(), r.pageMap(), MAX_PASSES, pageCount(r.pdf()), r.messages());
    }

    /**
     * The settled pass, its page count a multiple of the signature: the blank pages are normally made in the pass
     * itself ({@link SignaturePadding}); a stylesheet that does not mark its padding sequence gets them from one more
     * render with the count in {@code pad-pages} (blank pages at the very end move nothing before them).
     */
    private Result padded(XdmNode book, Map<String, String> params, Date creationDate, Rendered r, int passes,
                          int signature) throws IOException {
        int pages = pageCount(r.pdf());
        int unpadded = pages - r.padding();
        int pad = SignaturePadding.needed(unpadded, signature);
        if (pad == r.padding()) return new Result(r.pdf(), r.pageMap(), passes, pages, r.messages());
        Map<String, String> fixed = new HashMap<>(params);
        fixed.put("pad-pages", Integer.toString(pad));
        fixed.remove("padding-slots");
        FopEngine.Messages messages = new FopEngine.Messages();
        byte[] pdf = render(book, fixed, creationDate, messages, 0, null).pdf();
        return new Result(pdf, r.pageMap(), passes, pageCount(pdf), messages);
    }

    /**
     * The screen edition: the same layout (same page map, so the same pages), rendered as a tagged PDF/UA-1 file for
     * screen readers, with links and bookmarks.
     */
    public byte[] renderScreen(XdmNode book, Map<String, String> styleParams, PageMap map, Path workDir, Date creationDate,
                               FopEngine.Messages messages) throws IOException {
        Path mapFile = workDir.resolve("pagemap-screen.xml");
        map.writeXml(mapFile);
        Map<String, String> params = new HashMap<>(styleParams);
        params.put("pagemap-uri", mapFile.toUri().toString());
        params.put("print-standard", "pdf-ua-1");
        params.put("edition", "screen");
        return render(book, params, creationDate, messages, 0, null).pdf();
    }

    /**
     * A rendered PDF, the page map FOP recorded while laying it out, the fingerprint of the XSL-FO the stylesheet
     * wrote, and the blank pages added for the signature.
     */
    private record Rendered(byte[] pdf, PageMap pageMap, byte[] foDigest, int padding, FopEngine.Messages messages) {}

    /**
     * @param signature the printer's signature, filled in this pass when the stylesheet marks its padding (0: none)
     * @param live      non-null: the page map is read during the layout (see {@link #layout}), with this map's
     *                  pages for the ids not laid out yet; null: the stylesheet reads $pagemap-uri as written
     */
    private Rendered render(XdmNode book, Map<String, String> params, Date creationDate, FopEngine.Messages messages,
                            int signature, PageMap live) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        var run = fop.startRecording(out, messages, agent -> {
            agent.setCreationDate(creationDate);
            switch (params.getOrDefault("print-standard", "none")) {
                case "pdf-a-1b" -> {
                    agent.getRendererOptions().put("pdf-a-mode", "PDF/A-1b");
                    agent.getRendererOptions().put("version", "1.4");
                }
                case "pdf-x-3" -> agent.getRendererOptions().put("pdf-x-mode", "PDF/X-3:2003");
                case "pdf-x-4" -> agent.getRendererOptions().put("pdf-x-mode", "PDF/X-4");
                case "pdf-ua-1" -> {
                    agent.setAccessibility(true);
                    agent.getRendererOptions().put("pdf-ua-mode", "PDF/UA-1");
                }
                default -> { }
            }
        });
        SignaturePadding padding = new SignaturePadding(new NoBreakSpaces(run.handler()), signature, run.pagesLaidOut());
        FoDigest digest = new FoDigest(padding);
        String mapUri = params.get("pagemap-uri");
        java.util.function.Function<String, javax.xml.transform.Source> documents = live == null ? uri -> null
                : uri -> uri.equals(mapUri) ? source(live.with(run.pageMap().apply(anchorIds(book))), uri) : null;
        try {
            xslt.transform(stylesheet, book, params, new SAXDestination(digest), documents);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof org.apache.fop.pdf.PDFConformanceException c) {
                    throw press.reader.diagnostics.UserError.at("book.yaml", 0, "BP240", "the PDF cannot meet "
                            + params.get("print-standard") + ": " + c.getMessage()
                            + (params.get("print-standard").startsWith("pdf-x")
                            ? " (PDF/X needs a CMYK output profile: add <output-profile> to styles/fop.xconf)" : ""));
                }
            }
            throw e;
        }
        return new Rendered(out.toByteArray(), run.pageMap().apply(anchorIds(book)), digest.digest(), padding.kept(),
                messages);
    }

    /** The fingerprint of the XSL-FO the stylesheet writes from {@code map} (no layout). */
    private byte[] foDigest(XdmNode book, Map<String, String> params, PageMap map, Path mapFile) throws IOException {
        map.writeXml(mapFile);
        FoDigest digest = new FoDigest(null);
        xslt.transform(stylesheet, book, params, new SAXDestination(digest));
        return digest.digest();
    }

    private static javax.xml.transform.Source source(PageMap map, String uri) {
        java.io.ByteArrayOutputStream xml = new java.io.ByteArrayOutputStream();
        try {
            map.writeXml(xml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var source = new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(xml.toByteArray()));
        source.setSystemId(uri);
        return source;
    }

    /**
     * Every id of the book document, and the end of every division ("id--end"): the anchors the page map locates.
     */
    private List<String> anchorIds(XdmNode book) {
        if (anchorIds == null || anchorBook != book) {
            List<String> ids = new ArrayList<>();
            for (XdmNode e : book.select(net.sf.saxon.s9api.streams.Steps.descendant().where(
                    n -> n.getAttributeValue(XML_ID) != null)).toList()) {
                ids.add(e.getAttributeValue(XML_ID));
                if (e.getParent() != null && e.getParent().getNodeName() != null
                        && e.getParent().getNodeName().getLocalName().equals("book")) {
                    ids.add(e.getAttributeValue(XML_ID) + "--end");
                }
            }
            anchorIds = ids;
            anchorBook = book;
        }
        return anchorIds;
    }

    private static final net.sf.saxon.s9api.QName XML_ID =
            new net.sf.saxon.s9api.QName("http://www.w3.org/XML/1998/namespace", "id");
    private List<String> anchorIds;
    private XdmNode anchorBook;

    private static int pageCount(byte[] pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
