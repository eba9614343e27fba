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
 * The first pass has no page map (the index prints placeholders); each later pass typesets page references from
 * the map the previous pass produced. When a pass reproduces the map it was given, every printed number is right.
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
     * @param seed a page map to start from (the previous build's): when the book's pagination has not changed, the
     *             first pass reproduces it and one pass suffices. Correctness never depends on it: the result is
     *             accepted only when a pass reproduces the map it was given.
     */
    public Result layout(XdmNode book, Map<String, String> styleParams, Date creationDate,
                         Diagnostics diagnostics, PageMap seed) throws IOException {
        PageMap map = seed == null ? PageMap.empty() : seed;
        byte[] pdf = null;
        FopEngine.Messages messages = null;
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            Map<String, Object> params = new HashMap<>(styleParams);
            if (map.size() > 0) params.put("pagemap", map.toDocument(xslt.processor()));
            messages = new FopEngine.Messages();
            Rendered rendered = render(book, params, creationDate, messages);
            pdf = rendered.pdf();
            PageMap next = rendered.pageMap();
            if (next.equals(map)) {
                int pages = pageCount(pdf);
                int pad = padding(pages, params);
                if (pad > 0) {
                    // Blank pages at the very end move nothing before them: one more render, same page map.
                    params.put("pad-pages", Integer.toString(pad));
                    messages = new FopEngine.Messages();
                    pdf = render(book, params, creationDate, messages).pdf();
                    pages = pageCount(pdf);
                }
                return new Result(pdf, map, pass, pages, messages);
            }
            map = next;
        }
        diagnostics.warning("", 0, "BP220", "page numbers did not settle after " + MAX_PASSES
                + " layout passes; the index may be off by a page");
        return new Result(pdf, map, MAX_PASSES, pageCount(pdf), messages);
    }

    /**
     * The screen edition: the same layout (same page map, so the same pages), rendered as a tagged PDF/UA-1 file for
     * screen readers, with links and bookmarks.
     */
    public byte[] renderScreen(XdmNode book, Map<String, String> styleParams, PageMap map, Date creationDate,
                               FopEngine.Messages messages) throws IOException {
        Map<String, Object> params = new HashMap<>(styleParams);
        params.put("pagemap", map.toDocument(xslt.processor()));
        params.put("print-standard", "pdf-ua-1");
        params.put("edition", "screen");
        return render(book, params, creationDate, messages).pdf();
    }

    /** A rendered PDF and the page map FOP recorded while laying it out. */
    private record Rendered(byte[] pdf, PageMap pageMap) {}

    private Rendered render(XdmNode book, Map<String, Object> params, Date creationDate, FopEngine.Messages messages) {
        // one layout at a time holds FOP's hyphenation cache (BookHyphenation): a book is broken by its own tree
        synchronized (BookHyphenation.LOCK) {
            return renderAlone(book, params, creationDate, messages, hyphenation(book));
        }
    }

    private Rendered renderAlone(XdmNode book, Map<String, Object> params, Date creationDate, FopEngine.Messages messages,
                                 BookHyphenation hyphenation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        var run = fop.startRecording(out, messages, agent -> {
            if (hyphenation != null) hyphenation.install(agent);
            agent.setCreationDate(creationDate);
            switch (String.valueOf(params.getOrDefault("print-standard", "none"))) {
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
        try {
            xslt.transform(stylesheet, book, params, new SAXDestination(new NoBreakSpaces(run.handler())));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof org.apache.fop.pdf.PDFConformanceException c) {
                    throw press.reader.diagnostics.UserError.at("book.yaml", 0, "BP240", "the PDF cannot meet "
                            + params.get("print-standard") + ": " + c.getMessage()
                            + (String.valueOf(params.get("print-standard")).startsWith("pdf-x")
                            ? " (PDF/X needs a CMYK output profile: add <output-profile> to styles/fop.xconf)" : ""));
                }
            }
            throw e;
        }
        return new Rendered(out.toByteArray(), run.pageMap().apply(anchorIds(book)));
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

    /** The book's hyphenation (its language's patterns, its names kept whole, styles/hyphenation.txt), made once. */
    private BookHyphenation hyphenation(XdmNode book) {
        if (hyphenationBook != book) {
            XdmNode root = book.select(net.sf.saxon.s9api.streams.Steps.child()).findFirst().orElse(book);
            String lang = root.getAttributeValue(new net.sf.saxon.s9api.QName("http://www.w3.org/XML/1998/namespace", "lang"));
            // text node by text node: an index term's heading runs into the word it marks in the string value
            StringBuilder text = new StringBuilder();
            book.select(net.sf.saxon.s9api.streams.Steps.descendant(net.sf.saxon.s9api.streams.Predicates.isText()))
                    .forEach(t -> text.append(t.getStringValue()).append(' '));
            hyphenation = lang == null ? null
                    : BookHyphenation.of(lang, text.toString(), stylesDir.resolve(HYPHENATION_EXCEPTIONS));
            hyphenationBook = book;
        }
        return hyphenation;
    }

    static final String HYPHENATION_EXCEPTIONS = "hyphenation.txt";
    private BookHyphenation hyphenation;
    private XdmNode hyphenationBook;

    private static final net.sf.saxon.s9api.QName XML_ID =
            new net.sf.saxon.s9api.QName("http://www.w3.org/XML/1998/namespace", "id");
    private List<String> anchorIds;
    private XdmNode anchorBook;

    /** How many blank pages make the count a multiple of the signature (book.yaml "signature"; 0 = none). */
    static int padding(int pages, Map<String, ?> params) {
        Object signatureParam = params.get("signature");
        int signature = signatureParam == null ? 0 : Integer.parseInt(signatureParam.toString());
        return signature <= 1 || pages % signature == 0 ? 0 : signature - pages % signature;
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
