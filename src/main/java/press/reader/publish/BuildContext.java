package press.reader.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.w3c.dom.Document;
import press.reader.cover.CoverImage;
import press.reader.cover.CoverMaker;
import press.reader.cover.CoverSpec;
import press.reader.diagnostics.Diagnostics;
import press.reader.images.EditionImages;
import press.reader.layout.PageMap;
import press.reader.layout.PrintLayout;
import press.reader.manuscript.BookConfig;
import press.reader.manuscript.Manuscript;

/**
 * One build as the editions see it: the checked manuscript, the book document, where outputs are staged, the cache,
 * and what the editions made before (the print layout) or need from each other (the page map, the cover image),
 * each made at most once, when first asked for.
 */
public final class BuildContext {
    /**
     * The print PDF's page map and page count; {@code passes} is 0 when they came from the cache. Not the PDF itself:
     * it is staged as soon as it is made, and its bytes (tens of megabytes for a long book) were held until the build
     * ended, through the screen PDF's render. {@code laidOutFrom}: the page map the accepted layout pass was laid out
     * from (its XSL-FO is the one {@code pageMap} gives, though the two may differ where no printed number reads them):
     * the screen PDF is laid out from it, as the print PDF was. {@code sequences}: its page sequences as the layout
     * kept them for the next build (none in a one-shot build, or when nothing was laid out), which the build report
     * draws its thumbnails from.
     */
    public record Print(PageMap pageMap, int pages, int passes, PageMap laidOutFrom,
                        List<PrintLayout.LaidSequence> sequences) {}

    private final BuildRequest request;
    private final Workshop workshop;
    private final Manuscript manuscript;
    /** Null once the editions that read it are made ({@link #releaseDocument}). */
    private Document document;
    private final XdmNode book;
    private final Offered<BookXml> bookXml;
    private final OutputFiles output;
    private final BuildCache cache;
    private final Diagnostics diagnostics;
    private final String stylesHash;
    private final EditionImages images;
    private final List<Timing> timings = new ArrayList<>();
    private final List<String> fopWarnings = new ArrayList<>();
    private final Map<String, PageMap> lastPageMaps;
    private Print print;
    private Path coverPdf;
    private PageMap pageMap;
    private XdmNode pageMapDocument;
    private Path coverImage;
    private final Map<String, Future<?>> beside = new HashMap<>();
    /** Work started beside the print layout (Edition#besideLayout), with the page map it was made from. */
    private final Map<String, BesideLayout> besideLayout = new HashMap<>();

    private record BesideLayout(PageMap map, SecondCore.Timed started) {}
    /** The work beside that the build's thread may take a share of, by edition. */
    private final Map<String, Edition.SharedWork<?>> shares = new HashMap<>();
    /** What must be done before the print layout draws (the manuscript checks finished: ChecksBeside). */
    private final Runnable beforeDrawing;

    BuildContext(BuildRequest request, Workshop workshop, Manuscript manuscript, Document document, XdmNode book,
                 Offered<BookXml> bookXml, OutputFiles output, BuildCache cache, Diagnostics diagnostics,
                 Map<String, PageMap> lastPageMaps, Runnable beforeDrawing, Future<String> stylesFolderHash)
            throws IOException {
        this.beforeDrawing = beforeDrawing;
        this.request = request;
        this.workshop = workshop;
        this.manuscript = manuscript;
        this.document = document;
        this.book = book;
        this.bookXml = bookXml;
        this.output = output;
        this.cache = cache;
        this.diagnostics = diagnostics;
        this.lastPageMaps = lastPageMaps;
        // the figures' images, made ready for each edition; their bytes are part of every edition's key
        this.images = EditionImages.prepare(document, manuscript.root(), output.workDir());
        // the book's own stylesheets are part of its design: a change to them is a change of styles
        // the styles folder hashed on the second core as the build began (Workshop#warmUp)
        this.stylesHash = BuildCache.hash(workshop.secondCore().join(stylesFolderHash), designBytes(printDesign()),
                designBytes(epubDesign()), images.hash());
    }

    /** The figures' images, described for the styles and made ready for each edition */
    public EditionImages images() {
        return images;
    }

    /** The print parameters and where this build's images are (not part of any key: their bytes are, in stylesHash). */
    public Map<String, String> layoutParams() {
        Map<String, String> params = new TreeMap<>(printParams());
        params.put("images-uri", images.manifest().toUri().toString());
        return params;
    }

    public Set<String> formats() {
        return request.formats();
    }

    public BuildRequest request() {
        return request;
    }

    public Workshop workshop() {
        return workshop;
    }

    public Manuscript manuscript() {
        return manuscript;
    }

    public BookConfig config() {
        return manuscript.config();
    }

    /** The file names of the outputs begin with it. */
    public String slug() {
        return manuscript.config().slug();
    }

    /** The book document as DOM (as the assembler made it); not after {@link #releaseDocument}. */
    public synchronized Document document() {
        if (document == null) throw new IllegalStateException("the book document's DOM is asked for after its release");
        return document;
    }

    /**
     * Lets the DOM go: the editions made on the build's thread (the print PDF's figure check, the EPUB's chapter keys)
     * are the only ones that read it, and the screen PDF's render goes on beside without it (at fifty times the book
     * the DOM is 70 MB of the heap; the editions read the book as {@link #book}).
     */
    synchronized void releaseDocument() {
        document = null;
    }

    /** The book document as the stylesheets read it. */
    public XdmNode book() {
        return book;
    }

    /**
     * The book document as written to output/ (a file in the working folder) and the hash of its bytes, the part of
     * every cache key that is the book itself: serialised on the second core while the build goes on (BookBuilder),
     * or here if it has not begun.
     */
    record BookXml(Path file, String hash) {}

    /** The book document's bytes as written to output/, in a file of the working folder. */
    public Path bookXml() {
        return bookXmlAndHash().file();
    }

    /** The hash of {@link #bookXml}: the part of every cache key that is the book itself. */
    public String bookXmlHash() {
        return bookXmlAndHash().hash();
    }

    private BookXml bookXmlAndHash() {
        try {
            return bookXml.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public OutputFiles output() {
        return output;
    }

    public BuildCache cache() {
        return cache;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Tells the command line which stage starts (it shows it on a terminal). */
    public void progress(String stage) {
        request.progress().accept(stage);
    }

    /** The hash of the styles folder and the book's own stylesheets: part of the key of every styled output. */
    public String stylesHash() {
        return stylesHash;
    }

    public long epochSeconds() {
        return request.epochSeconds();
    }

    /** The build's timestamp (SOURCE_DATE_EPOCH) as ISO 8601, for the outputs' metadata. */
    public String isoDate() {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(request.epochSeconds()));
    }

    /** The book's own print stylesheet (design: print: in book.yaml), or null. */
    public Path printDesign() {
        return designFile(manuscript.config().design().print());
    }

    /** The book's own EPUB stylesheet (design: epub: in book.yaml), or null. */
    public Path epubDesign() {
        return designFile(manuscript.config().design().epub());
    }

    /** The parameters of the print stylesheet: the page, the date, the print standard. */
    public Map<String, String> printParams() {
        BookConfig config = manuscript.config();
        Map<String, String> params = new TreeMap<>();
        params.put("page-width", config.trimWidth());
        params.put("page-height", config.trimHeight());
        params.put("creation-date", isoDate());
        params.put("print-standard", config.printStandard());
        params.put("signature", Integer.toString(config.signature()));
        return params;
    }

    /**
     * Waits for the manuscript checks that run beside the assembly (ChecksBeside): their findings join the build's
     * diagnostics, and their errors stop the build here. Once is enough; later calls return at once.
     */
    void awaitChecks() {
        beforeDrawing.run();
    }

    /**
     * Told by the print layout before each pass that renders its PDF, with the page map the pass is laid out from:
     * waits for the manuscript checks (their errors stop the build here), then starts the {@link Edition#besideLayout} work of the editions this build makes, once each, on the second core.
     */
    void layoutDrawing(PageMap map) {
        awaitChecks();
        for (Edition edition : Editions.all()) {
            if (!edition.wanted(this) || besideLayout.containsKey(edition.name())) continue;
            Callable<?> work = edition.besideLayout(this, map);
            if (work != null) {
                besideLayout.put(edition.name(), new BesideLayout(map, startBeside(edition, work)));
            }
        }
    }

    /**
     * {@code edition}'s work started beside the print layout, if it was made from the page map the accepted pass was
     * laid out from; else null (work from another map is dropped: not started if it has not started yet). A cold build's
     * last pass usually moves an anchor no printed number reads (its map differs from the one it was laid out from,
     * its XSL-FO does not): the work from that pass's map is the work wanted, not a second render of it.
     */
    SecondCore.Timed besideLayoutSettled(Edition edition) {
        BesideLayout b = besideLayout.remove(edition.name());
        if (b == null) return null;
        if (print != null && b.map().equals(print.laidOutFrom())) return b.started();
        b.started().work().cancel(false);
        shares.remove(edition.name());
        return null;
    }

    /**
     * Starts {@code edition}'s {@code work} beside on the second core; work that may be shared ({@link
     * Edition.SharedWork}) is kept for {@link #takeShareOf}.
     */
    SecondCore.Timed startBeside(Edition edition, Callable<?> work) {
        if (work instanceof Edition.SharedWork<?> shared) shares.put(edition.name(), shared);
        return workshop.secondCore().submitTimed(work);
    }

    /**
     * The build's thread, with nothing left to do but wait for {@code edition}'s work beside, takes a share
     * of it if that work is shared ({@link Edition.SharedWork}); once.
     */
    void takeShareOf(Edition edition) {
        Edition.SharedWork<?> shared = shares.remove(edition.name());
        if (shared != null) shared.takeShare();
    }

    void besideStarted(Edition edition, Future<?> work) {
        beside.put(edition.name(), work);
    }

    boolean hasBeside(Edition edition) {
        return beside.containsKey(edition.name());
    }

    /** The result of {@code edition}'s {@link Edition#beside} work, once it has finished (what it threw, rethrown). */
    public Object besideResult(Edition edition) throws IOException {
        return workshop.secondCore().join(beside.get(edition.name()));
    }

    /** Stops the work beside that a failed build no longer waits for. */
    void cancelBeside() {
        beside.values().forEach(f -> f.cancel(true));
        besideLayout.values().forEach(b -> b.started().work().cancel(true));
    }

    /** The timings of the stages so far, in the order they ran. */
    public List<Timing> timings() {
        return List.copyOf(timings);
    }

    void timed(Timing t) {
        timings.add(t);
    }

    /** FOP's warnings (each one also summarised by the command line; overflows are diagnostics as well). */
    public void fopWarnings(List<String> warnings) {
        fopWarnings.addAll(warnings);
    }

    List<String> fopWarnings() {
        return List.copyOf(fopWarnings);
    }

    /** The page map of the last layout of this book in this process (by output path), or of the last build's file. */
    PageMap lastPageMap() {
        return lastPageMaps.computeIfAbsent(request.out().resolve(slug()).toAbsolutePath().toString(),
                k -> PageMap.readXml(request.out().resolve(slug() + ".pagemap.xml")));
    }

    /** This build's print layout, or null when it does not make the print PDF (or has not made it yet). */
    public Print print() {
        return print;
    }

    void print(Print p) {
        print = p;
        pageMap = p.pageMap();
    }

    /** After a successful build: its page map is where the next layout of this book starts. */
    void keepPageMap() {
        if (print != null) lastPageMaps.put(request.out().resolve(slug()).toAbsolutePath().toString(), print.pageMap());
    }

    /** The print PDF's page count, 0 when this build does not make it. */
    public int pages() {
        return print == null ? 0 : print.pages();
    }

    /** The staged cover PDF, or null. */
    public Path coverPdf() {
        return coverPdf;
    }

    void coverPdf(Path p) {
        coverPdf = p;
    }

    /**
     * Where each anchor fell in print: this build's, or, for an EPUB or HTML edition built without the PDF, that of
     * an earlier build that laid out exactly this book with these styles (its page map is in the cache under the
     * same key); empty when there is none.
     */
    public PageMap pageMap() {
        if (pageMap == null && !cache.has(PrintPdfEdition.CACHED_PAGE_MAP)) {
            // No print layout's page map is kept for this output (EPUB-only rebuilds): its key, which waits for the
            // book document's hash from the second core, is not needed to know that there is none.
            pageMap = PageMap.empty();
        }
        if (pageMap == null) {
            String key = PrintPdfEdition.key(this);
            pageMap = cache.get(PrintPdfEdition.CACHED_PAGE_MAP, key)
                    .map(b -> PageMap.parse(new String(b, StandardCharsets.UTF_8))).orElse(PageMap.empty());
        }
        return pageMap;
    }

    /** The page map as the document the stylesheets take as {@code $pagemap}, or null when there is no page map. */
    public XdmNode pageMapDocument() {
        if (pageMapDocument == null && pageMap().size() > 0) {
            pageMapDocument = pageMap().toDocument(workshop.xslt().processor());
        }
        return pageMapDocument;
    }

    /**
     * The front cover as a PNG in the working folder. The front panel does not depend on the spine: drawn from a
     * sheet without one, it is the same whether or not this build lays out the PDF.
     */
    public Path coverImage() throws IOException {
        if (coverImage == null) coverImage = output.work("cover.png", frontCover());
        return coverImage;
    }

    /**
     * Draws the front cover's image on the second core, for the EPUB made after the print layout: in a cold build
     * the second core has nothing to do while the first layout pass runs, and the drawing was the main thread's once
     * the layout was over. The workshop keeps the image; {@link #coverImage} takes it from there (or waits for it).
     * A failure here is left for {@link #coverImage} to meet and report.
     */
    void drawFrontCoverBeside() {
        workshop.secondCore().submit(() -> {
            try {
                frontCover();
            } catch (IOException | RuntimeException e) {
                // the EPUB draws it again and reports the problem
            }
            return null;
        });
    }

    private byte[] frontCover() throws IOException {
        CoverSpec front = coverSpec(0);
        // Drawing and rasterising the cover took a seventh of a warm EPUB rebuild, for the same image every time:
        // the workshop keeps it under the hash of everything it is drawn from (the spec's every field; the fonts
        // and cover.yaml, which are in the styles, in stylesHash). In memory: a build writes nothing of its own
        // into the output folder before it succeeds.
        String key = BuildCache.hash(BookBuilder.VERSION, stylesHash, front.toString());
        return workshop.coverImage(key,
                () -> CoverImage.renderFront(CoverMaker.bytes(front), front, CoverImage.widthForHeight(front, 1600)));
    }

    /** The cover of this book with a spine for {@code pages} pages (none for 0). */
    public CoverSpec coverSpec(int pages) {
        BookConfig c = manuscript.config();
        // the essays' authors where known, in the order of the contents, for the back cover's credit line
        List<String> contributors = manuscript.essays().stream().filter(p -> p.known("author"))
                .map(p -> p.get("author").strip()).filter(a -> !a.isEmpty()).distinct().toList();
        return new CoverSpec(c.title(), c.subtitle(), c.editors(), c.blurb(), c.isbn(),
                BookConfig.points(c.trimWidth()), BookConfig.points(c.trimHeight()), pages,
                (float) c.paperThicknessIn(), (float) c.bleedIn(), workshop.stylesDir().resolve("fonts"),
                request.epochSeconds(), c.imprint().credit(), contributors, c.publisher());
    }

    private Path designFile(String name) {
        return name == null ? null : request.manuscript().resolve(name).toAbsolutePath().normalize();
    }

    /**
     * A book's own stylesheet and every stylesheet in its folder and the folders below, which it may include or import
     * (a design in several modules: an edit to a module is a change of design too). A module it imports from outside
     * its folder is not part of the key (README, "A book's own design").
     */
    private static byte[] designBytes(Path file) throws IOException {
        if (file == null) return new byte[0];
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(Files.readAllBytes(file));
        Path folder = file.getParent();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path module : files.filter(f -> f.toString().endsWith(".xsl") && Files.isRegularFile(f)).sorted().toList()) {
                all.write(folder.relativize(module).toString().getBytes(StandardCharsets.UTF_8));
                all.write(0);
                all.write(Files.readAllBytes(module));
            }
        }
        return all.toByteArray();
    }
}
