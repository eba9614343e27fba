package press.reader.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.pdf.PDFConformanceException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.xml.Xslt;

/**
 * Lays out the print book: book XML -> styles/fo.xsl -> FOP -> PDF, repeated until the page map is stable.
 * The first pass reads the page map as FOP makes it (see {@link #layout}); a later pass, if one is needed, typesets
 * page references from the map the previous pass produced. A pass whose XSL-FO the stylesheet writes again from the
 * page map the pass produced reproduces itself: every printed number is right.
 */
public final class PrintLayout {
    static final int MAX_PASSES = 5;
    /**
     * The address the screen PDF's links are laid out with, before its finishing makes each a go-to action to the
     * place named {@code id} ({@link AddressedLinks}).
     */
    public static final String LINK_ADDRESS = ChapterPdf.GOTO;

    private final Xslt xslt;
    private final FopEngine fop;
    private final Path stylesDir;
    private final Path stylesheet;

    /** Laid-out page sequences kept between builds, and what else their layout reads (null: lay out whole). */
    private ChapterLayout.Cache chapters;
    private String chaptersContext;

    /**
     * The laid-out book: {@code pageMap} where its anchors fell, {@code laidOutFrom} the page map its accepted pass
     * was laid out from (the XSL-FO the stylesheet wrote from it is the one the stylesheet writes from {@code pageMap},
     * though the two maps may differ in places no printed number reads).
     */
    public record Result(byte[] pdf, PageMap pageMap, int passes, int pages, FopEngine.Messages messages,
                         PageMap laidOutFrom, List<LaidSequence> sequences) {
        /** A layout that says nothing of its page sequences. */
        public Result(byte[] pdf, PageMap pageMap, int passes, int pages, FopEngine.Messages messages,
                      PageMap laidOutFrom) {
            this(pdf, pageMap, passes, pages, messages, laidOutFrom, List.of());
        }

        public Result {
            sequences = List.copyOf(sequences);
        }
    }

    /**
     * A page sequence of the laid-out book, as the layout kept it for the next build: the fingerprint it was laid out
     * under (the same fingerprint, the same pages), the 0-based index of its first page in the book, its page count,
     * its PDF. A layout lists them only for a process that builds again (a one-shot build would hold every
     * sequence's PDF on until the end for nothing: no next build knows any page again).
     */
    public record LaidSequence(String key, int firstPage, int pageCount, byte[] pdf) {}

    public PrintLayout(Xslt xslt, FopEngine fop, Path stylesDir) {
        this(xslt, fop, stylesDir, null);
    }

    /** {@code stylesheet}: the book's own print stylesheet (book.yaml design.print), or null for styles/fo.xsl */
    public PrintLayout(Xslt xslt, FopEngine fop, Path stylesDir, Path stylesheet) {
        this.xslt = xslt;
        this.fop = fop;
        this.stylesDir = stylesDir;
        this.stylesheet = stylesheet != null ? stylesheet : stylesDir.resolve("fo.xsl");
        this.stockStylesheet = stylesheet == null;
    }

    /** Whether the stylesheet is the styles folder's fo.xsl, not a book's design (see {@link DivisionSources}). */
    private final boolean stockStylesheet;

    /**
     * Lay the book out page sequence by page sequence ({@link ChapterLayout}), keeping each in {@code cache}: a
     * rebuild lays out again only what changed. {@code context}: what the layout reads besides the stylesheet's
     * output and parameters (the styles folder's and the images' fingerprint, the tool's version).
     */
    public PrintLayout byChapter(ChapterLayout.Cache cache, String context) {
        this.chapters = cache;
        this.chaptersContext = context;
        return this;
    }

    /**
     * Whether the styles folder's stylesheets are those whose reads across divisions {@link DivisionSources} models
     * ({@link ModelledStylesheets}): only then does a rebuild keep the XSL-FO of divisions an edit left alone.
     */
    public PrintLayout divisionsKeyedFor(boolean modelledStylesheets) {
        this.modelledStylesheets = modelledStylesheets;
        return this;
    }

    private boolean modelledStylesheets;

    /**
     * Whether a cold build's first pass lays the screen edition out ahead ({@link ScreenAhead}), and whether the heap
     * holds that beside the print layout for a book of so many pages; null: it does not.
     */
    private IntPredicate screenAheadRoom;

    /**
     * A cold build's first print pass, laid out by page sequence, has the build's thread lay out the screen edition's
     * sequences meanwhile ({@link ScreenAhead}), for a screen render from this layout ({@link #takingScreenAhead}),
     * when {@code coreToSpare} says the second core has nothing to do (the first pass lays out on a thread of its own,
     * and the second core's work beside the layout, the manuscript checks and the cover, would only take turns with
     * it); a book whose estimated length {@code roomFor} refuses gets none.
     */
    public PrintLayout layOutScreenAhead(IntPredicate roomFor, BooleanSupplier coreToSpare) {
        return layOutScreenAhead(roomFor, printBusy -> printBusy && coreToSpare.getAsBoolean());
    }

    /** As {@link #layOutScreenAhead(IntPredicate, BooleanSupplier)}, when {@code turn} says (tests: always). */
    PrintLayout layOutScreenAhead(IntPredicate roomFor, ScreenAhead.Turn turn) {
        this.screenAheadRoom = roomFor;
        this.screenAheadTurn = turn;
        return this;
    }

    private ScreenAhead.Turn screenAheadTurn;

    /**
     * A screen render ({@link #renderScreenBySequence}) takes the sequences a cold build's first pass laid out ahead
     * into {@code cache}, kept under fingerprints taken with the print layout's {@code context} (see
     * {@link #byChapter}).
     */
    public PrintLayout takingScreenAhead(ChapterLayout.Cache cache, String context) {
        this.screenAheadFrom = cache;
        this.screenAheadContext = context;
        return this;
    }

    private ChapterLayout.Cache screenAheadFrom;
    private String screenAheadContext;

    /**
     * @param seed a page map to start from (the previous build's), or null. The first pass reads the page map while
     *             it lays out: the pages of every page sequence FOP has finished are final, so the index, typeset
     *             after the text it points into, gets the real page numbers; ids not laid out yet keep the seed's
     *             pages. Correctness never depends on this: a pass is accepted only when the stylesheet, given the
     *             page map the pass produced, writes the XSL-FO the pass was laid out from (so the pass would
     *             reproduce itself).
     */
    public Result layout(XdmNode book, Map<String, String> styleParams, Date creationDate,
                         Diagnostics diagnostics, PageMap seed) throws IOException {
        return layout(book, styleParams, creationDate, diagnostics, seed, map -> { });
    }

    /**
     * As {@link #layout(XdmNode, Map, Date, Diagnostics, PageMap)}, telling {@code drawing} the page map each pass that
     * renders a PDF is laid out from, before it starts. When the result's page map equals it, that pass was the
     * accepted one, so work made from that map (the screen PDF) may start beside the layout.
     *
     * <p>From no page map at all, the first pass's page references have nothing to read (the index reads the pages as
     * they are made, a reference to a later page cannot), so it would rarely reproduce itself, and a second pass from
     * the map it found follows. Laid out by page sequence ({@link #byChapter}), the first pass draws the sequences
     * that will print as they are and lays out the others without drawing ({@link ColdPass}); laid out whole, it draws
     * nothing ({@link FopEngine#startLayoutOnly}). The accepted pass is always a drawn one.
     */
    public Result layout(XdmNode book, Map<String, String> styleParams, Date creationDate,
                         Diagnostics diagnostics, PageMap seed, Consumer<PageMap> drawing) throws IOException {
        PageMap given = seed == null ? PageMap.empty() : seed;
        int signature = Integer.parseInt(styleParams.getOrDefault("signature", "0"));
        Map<String, Object> params = new HashMap<>(styleParams);
        if (signature > 1) params.put("padding-slots", Integer.toString(signature - 1));
        if (chapters != null) {
            Result r;
            try {
                r = byChapter(book, params, given, creationDate, signature, drawing, screenParams(styleParams));
            } catch (RuntimeException e) {
                throw standardNotMet(e, params);
            }
            if (r != null) return r;
        }
        Rendered r = null;
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            boolean drawn = pass > 1 || given.size() > 0;
            if (drawn) drawing.accept(given);
            r = render(book, params, given, pass == 1, creationDate, new FopEngine.Messages(), signature, drawn);
            // A pass that reproduced the map it was given read exactly that map (what it read during the layout is
            // part of what it produced); otherwise the stylesheet is asked whether the new map changes its XSL-FO.
            boolean settled = drawn && (r.pageMap().equals(given)
                    || Arrays.equals(r.foDigest(), foDigest(book, params, r.pageMap())));
            // the first pass reads the map live (its XSL-FO is the one its own map gives), a later one reads given
            if (settled) return padded(book, params, creationDate, r, pass, signature, pass == 1 ? r.pageMap() : given);
            given = r.pageMap();
        }
        diagnostics.warning("", 0, "BP220", "page numbers did not settle after " + MAX_PASSES
                + " layout passes; the index may be off by a page");
        return new Result(r.pdf(), r.pageMap(), MAX_PASSES, pageCount(r.pdf()), r.messages(), null);
    }

    /**
     * The book laid out by page sequence, from {@code seed} or, without one, from the page map of a first pass laid
     * out by sequence as the stylesheet writes them ({@link ColdPass}: the sequences it could draw as they will print
     * are kept, so the next pass lays out again only the contents and the chapters that cite a page further on), else
     * of a whole-book pass laid out without drawing; null when the book cannot be laid out so (see
     * {@link ChapterLayout#layout}).
     */
    private Result byChapter(XdmNode book, Map<String, Object> params, PageMap seed, Date creationDate, int signature,
                             Consumer<PageMap> drawing, Map<String, Object> screenParams) throws IOException {
        return underOwnHyphenation(book, hyphenation -> {
            ChapterLayout byChapter = new ChapterLayout(xslt, fop, stylesheet, chapters, chaptersContext,
                    stockStylesheet && modelledStylesheets);
            PageMap start = seed.size() > 0 ? seed
                    : byChapter.coldStart(book, params, creationDate, signature, hyphenation, anchorIds(book),
                    screenAheadRoom == null ? null
                            : new ScreenAhead(byChapter, xslt, fop, stylesheet, screenParams, screenAheadRoom,
                                    screenAheadTurn, book, creationDate, hyphenation, new HashSet<>(anchorIds(book))));
            if (start == null) {          // not by sequence as it is written: whole, drawing nothing, as before
                start = renderAlone(book, params, seed, true, creationDate, new FopEngine.Messages(), signature,
                        hyphenation, false, false).pageMap();
            }
            ChapterLayout.Outcome o = byChapter
                    .layout(book, params, start, creationDate, signature, hyphenation, anchorIds(book), MAX_PASSES,
                            drawing);
            if (o == null) return null;
            Result r = o.result();
            return seed.size() > 0 ? r
                    : new Result(r.pdf(), r.pageMap(), r.passes() + 1, r.pages(), r.messages(), r.laidOutFrom(),
                    r.sequences());
        });
    }

    /**
     * The settled pass, its page count a multiple of the signature: the blank pages are normally made in the pass
     * itself ({@link SignaturePadding}); a stylesheet that does not mark its padding sequence gets them from one more
     * render with the count in {@code pad-pages} (blank pages at the very end move nothing before them).
     */
    private Result padded(XdmNode book, Map<String, Object> params, Date creationDate, Rendered r, int passes,
                          int signature, PageMap laidOutFrom) throws IOException {
        int pages = pageCount(r.pdf());
        int unpadded = pages - r.padding();
        int pad = SignaturePadding.needed(unpadded, signature);
        if (pad == r.padding()) return new Result(r.pdf(), r.pageMap(), passes, pages, r.messages(), laidOutFrom);
        Map<String, Object> fixed = new HashMap<>(params);
        fixed.put("pad-pages", Integer.toString(pad));
        fixed.remove("padding-slots");
        FopEngine.Messages messages = new FopEngine.Messages();
        byte[] pdf = render(book, fixed, r.pageMap(), false, creationDate, messages, 0, true).pdf();
        return new Result(pdf, r.pageMap(), passes, pageCount(pdf), messages, r.pageMap());
    }

    /**
     * The screen edition: the same layout (same page map, so the same pages), rendered as a tagged PDF/UA-1 file for
     * screen readers, with links and bookmarks. Its links to places in the book are addresses
     * ({@link #LINK_ADDRESS}{@code id}) and the places named: the finishing makes them go-to actions
     * ({@code pdf/AccessiblePdf#finish(byte[], String)}).
     */
    public byte[] renderScreen(XdmNode book, Map<String, String> styleParams, PageMap map, Date creationDate,
                               FopEngine.Messages messages) throws IOException {
        return underOwnHyphenation(book, hyphenation -> renderAlone(book, screenParams(styleParams), map, false,
                creationDate, messages, 0, hyphenation, true, true).pdf());
    }

    /** The style parameters of the screen edition: tagged for PDF/UA-1. */
    private static Map<String, Object> screenParams(Map<String, String> styleParams) {
        Map<String, Object> params = new HashMap<>(styleParams);
        params.put("print-standard", "pdf-ua-1");
        params.put("edition", "screen");
        return params;
    }

    /** What completes the tagged PDF put together from its page sequences ({@link #renderScreenBySequence}). */
    public interface Finishing {
        /** Completes one sequence's PDF before it is written into the book (its fonts). */
        void sequence(PDDocument pdf) throws IOException;

        /** The description of a link FOP gave none: to {@code uri}, else to the page labelled {@code page} (or null). */
        String describe(String uri, String page);

        /**
         * Gives each Note element under {@code element} (a sequence's Document element) that has no identifier the
         * book's next, {@code before} having been given in the sequences before; returns how many are given so far.
         */
        int identifyNotes(COSDictionary element, int before);
    }

    /**
     * The screen render's work: sequences drawn, the pages of the longest, the book's pages, where its second half
     * was predicted to start or null (a measure for tests).
     */
    public record ScreenWork(int sequences, int longestSequencePages, int pages, ScreenHalves.Start secondHalf) {}

    private volatile ScreenWork screenWork;

    /** The work of this layout's last screen render by page sequence, or null when none was. */
    public ScreenWork screenWork() {
        return screenWork;
    }

    /**
     * The screen edition as {@link #renderScreen} lays it out, but page sequence by page sequence: FOP holds a tagged
     * document's structure tree until its end, so a whole-book run holds the whole book's (at fifty times the book,
     * more than a gigabyte of heap) and a sequence's run one chapter's ({@link TaggedSequences}). The sequences' PDFs
     * are written into the book one at a time ({@link StreamedTaggedPdf}): their structure trees joined, their links to
     * one another made go-to actions, the outline made from the bookmark tree, completed by {@code finishing}. Null when the XSL-FO cannot
     * be laid out by sequence (as for {@link ChapterLayout}): the caller renders it whole.
     */
    public byte[] renderScreenBySequence(XdmNode book, Map<String, String> styleParams, PageMap map, Date creationDate,
                                         FopEngine.Messages messages, Finishing finishing) throws IOException {
        return renderScreenBySequence(book, styleParams, map, creationDate, messages, finishing, false);
    }

    /**
     * {@link #renderScreenBySequence}, its sequences laid out in two halves at once if {@code inTwoHalves} (the
     * second on a thread of its own, from where {@code map} puts it: {@link ScreenHalves}), for a render that would
     * otherwise have a core to itself: after the print layout, not beside it. Beside it, or at the start of a JVM whose
     * compiler has yet to catch up, a third thread only takes turns with the other two (the real book, cold: 0.8 s
     * and 1.3 s of CPU more).
     */
    public byte[] renderScreenBySequence(XdmNode book, Map<String, String> styleParams, PageMap map, Date creationDate,
                                         FopEngine.Messages messages, Finishing finishing, boolean inTwoHalves)
            throws IOException {
        return renderScreenBySequence(book, styleParams, map, creationDate, messages, finishing, inTwoHalves, null);
    }

    /**
     * {@link #renderScreenBySequence}, laid out in order but for the share of its last sequences the build's thread may
     * take through {@code tail} ({@link ScreenTail}; null: none), when it is not laid out in two halves.
     */
    public byte[] renderScreenBySequence(XdmNode book, Map<String, String> styleParams, PageMap map, Date creationDate,
                                         FopEngine.Messages messages, Finishing finishing, boolean inTwoHalves,
                                         ScreenTail tail) throws IOException {
        return underOwnHyphenation(book, hyphenation -> {
            ChapterLayout ahead = screenAheadFrom == null ? null : new ChapterLayout(xslt, fop, stylesheet,
                    screenAheadFrom, screenAheadContext, false);
            TaggedSequences.Rendered r = new TaggedSequences(xslt, fop, stylesheet, ahead).render(book,
                    screenParams(styleParams), map, creationDate, hyphenation, messages, finishing, inTwoHalves, tail);
            if (r == null) return null;
            screenWork = new ScreenWork(r.work().sequences(), r.work().longestSequencePages(), r.work().pages(),
                    r.work().secondHalf());
            return r.pdf();
        });
    }

    /**
     * A rendered PDF (null for a pass laid out without drawing), the page map FOP recorded while laying it out, the
     * fingerprint of the XSL-FO the stylesheet wrote, and the blank pages added for the signature.
     */
    private record Rendered(byte[] pdf, PageMap pageMap, byte[] foDigest, int padding, FopEngine.Messages messages) {}

    /**
     * @param map       the page map the stylesheet reads as $pagemap (none when empty)
     * @param live      the index reads the page map as FOP makes it, as $index-pagemap (see {@link #layout}):
     *                  {@code map}'s pages for the ids not laid out yet
     * @param signature the printer's signature, filled in this pass when the stylesheet marks its padding (0: none)
     * @param drawn     whether the pass renders the PDF (else it only lays out and records the page map)
     */
    private Rendered render(XdmNode book, Map<String, Object> styleParams, PageMap map, boolean live, Date creationDate,
                            FopEngine.Messages messages, int signature, boolean drawn) {
        return underOwnHyphenation(book, hyphenation -> renderAlone(book, styleParams, map, live, creationDate,
                messages, signature, hyphenation, drawn, false));
    }

    /** A layout that reads the book's hyphenation tree, as FOP's hyphenation cache holds it. */
    private interface HyphenatedLayout<T, E extends Exception> {
        T run(BookHyphenation hyphenation) throws E;
    }

    /**
     * Runs {@code layout} while no other book lays out: FOP's hyphenation cache holds one book's tree at a time
     * ({@link BookHyphenation#GATE}), and a book is broken by its own tree.
     */
    private <T, E extends Exception> T underOwnHyphenation(XdmNode book, HyphenatedLayout<T, E> layout) throws E {
        BookHyphenation hyphenation = hyphenation(book);
        BookHyphenation.GATE.enter(BookHyphenation.key(hyphenation));
        try {
            return layout.run(hyphenation);
        } finally {
            BookHyphenation.GATE.leave();
        }
    }

    private Rendered renderAlone(XdmNode book, Map<String, Object> styleParams, PageMap map, boolean live, Date creationDate,
                                 FopEngine.Messages messages, int signature, BookHyphenation hyphenation,
                                 boolean drawn, boolean addressedLinks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(drawn ? 1 << 20 : 0);
        Map<String, Object> params = new HashMap<>(styleParams);
        Consumer<FOUserAgent> setup = agent -> configure(agent, params, hyphenation, creationDate);
        var run = drawn ? fop.startRecording(out, messages, setup) : fop.startLayoutOnly(messages, setup);
        // a drawn pass whose links are made go-to actions afterwards (the screen PDF) lets each page go when laid out
        DefaultHandler fopInput = !drawn ? new LinksNotFollowed(run.handler())
                : addressedLinks ? new AddressedLinks(run.handler()) : run.handler();
        SignaturePadding padding = new SignaturePadding(FopText.filters(fopInput), signature, run.pagesLaidOut());
        // a pass that draws nothing gets its XSL-FO on FOP's own thread (FoPipeline): the stylesheet and the layout
        // on both cores; a drawn pass stays on one, as the screen PDF is drawn on the other core beside it
        FoPipeline pipeline = drawn ? null : new FoPipeline(padding);
        FoDigest digest = new FoDigest(pipeline == null ? padding : pipeline);
        pageMapParams(params, xslt.processor(), map, !live ? null : () -> {
            if (pipeline != null) laidOutSoFar(pipeline);
            return map.with(run.pageMap().apply(anchorIds(book))).toDocument(xslt.processor());
        });
        try {
            xslt.transform(stylesheet, book, params, new SAXDestination(digest));
        } catch (RuntimeException e) {
            throw standardNotMet(e, params);
        } finally {
            if (pipeline != null) pipeline.close();
        }
        return new Rendered(drawn ? out.toByteArray() : null, run.pageMap().apply(anchorIds(book)), digest.digest(),
                padding.kept(), messages);
    }

    /**
     * The page maps the stylesheet reads: {@code map} as $pagemap (none when empty) and, when {@code laidOut} is given,
     * the pages as FOP lays them out as $index-pagemap, made when the index first reads it. The index has a parameter
     * of its own: the contents' folios, read first, would make it before any page is laid out, and the pass's index
     * would have no page numbers (it ended pages before the real one, so the pass's page map differed from the next
     * pass's at the index's end, and the stylesheet ran once more to settle it).
     */
    static void pageMapParams(Map<String, Object> params, Processor processor, PageMap map,
                              Supplier<XdmNode> laidOut) {
        if (map.size() > 0) params.put("pagemap", map.toDocument(processor));
        if (laidOut != null) params.put("index-pagemap", LiveDocument.of(processor, laidOut));
    }

    /**
     * The book's PDF standard refused by FOP (book.yaml's print-standard: PDF/X without a CMYK output profile, say) as
     * the user's error it is, whichever way the pages were laid out (whole or by page sequence); else {@code e}.
     */
    private static RuntimeException standardNotMet(RuntimeException e, Map<String, Object> params) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PDFConformanceException c) {
                return UserError.at("book.yaml", 0, "BP240", "the PDF cannot meet "
                        + params.get("print-standard") + ": " + c.getMessage()
                        + (String.valueOf(params.get("print-standard")).startsWith("pdf-x")
                        ? " (PDF/X needs a CMYK output profile: add <output-profile> to styles/fop.xconf)" : ""));
            }
        }
        return e;
    }

    /** Waits for FOP to lay out all the XSL-FO written so far, as it would have on the stylesheet's own thread. */
    private static void laidOutSoFar(FoPipeline pipeline) {
        try {
            pipeline.awaitLaidOut();
        } catch (SAXException e) {
            throw new IllegalStateException("the layout failed", e);
        }
    }

    /** FOP set up for a run: the book's hyphenation, the date, the PDF standard the book asks for. */
    static void configure(FOUserAgent agent, Map<String, Object> params, BookHyphenation hyphenation, Date creationDate) {
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
    }

    /** The fingerprint of the XSL-FO the stylesheet writes from {@code map} (no layout). */
    private byte[] foDigest(XdmNode book, Map<String, Object> styleParams, PageMap map) {
        Map<String, Object> params = new HashMap<>(styleParams);
        if (map.size() > 0) params.put("pagemap", map.toDocument(xslt.processor()));
        FoDigest digest = new FoDigest(null);
        xslt.transform(stylesheet, book, params, new SAXDestination(digest));
        return digest.digest();
    }

    /**
     * Every id of the book document, and the end of every division ("id--end"): the anchors the page map locates.
     */
    private List<String> anchorIds(XdmNode book) {
        if (anchorIds == null || anchorBook != book) {
            List<String> ids = new ArrayList<>();
            for (XdmNode e : book.select(Steps.descendant().where(
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

    /**
     * The book's hyphenation (its language's patterns, its names kept whole, styles/hyphenation.txt), made once; the
     * workshop's last one when made from the same (kept in the layouts' memory: {@link #byChapter}, or the screen
     * render's {@link #takingScreenAhead}), so that the print and the screen layout, and the next build, share it.
     */
    private BookHyphenation hyphenation(XdmNode book) {
        if (hyphenationBook != book) {
            XdmNode root = book.select(Steps.child()).findFirst().orElse(book);
            String lang = root.getAttributeValue(new QName("http://www.w3.org/XML/1998/namespace", "lang"));
            // text node by text node: an index term's heading runs into the word it marks in the string value
            StringBuilder text = new StringBuilder();
            book.select(Steps.descendant(Predicates.isText()))
                    .forEach(t -> text.append(t.getStringValue()).append(' '));
            ChapterLayout.Cache memory = chapters != null ? chapters : screenAheadFrom;
            hyphenation = lang == null ? null : BookHyphenation.of(lang, text.toString(),
                    stylesDir.resolve(HYPHENATION_EXCEPTIONS), memory == null ? null : memory.lastHyphenation());
            if (memory != null) memory.lastHyphenation(hyphenation);
            hyphenationBook = book;
        }
        return hyphenation;
    }

    static final String HYPHENATION_EXCEPTIONS = "hyphenation.txt";
    private BookHyphenation hyphenation;
    private XdmNode hyphenationBook;

    private static final QName XML_ID =
            new QName("http://www.w3.org/XML/1998/namespace", "id");
    private List<String> anchorIds;
    private XdmNode anchorBook;

    private static int pageCount(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
