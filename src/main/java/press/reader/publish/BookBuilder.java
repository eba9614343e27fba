package press.reader.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.s9api.XdmNode;
import org.w3c.dom.Document;
import press.reader.assemble.BookAssembler;
import press.reader.assemble.CitationWriterFactory;
import press.reader.diagnostics.Diagnostics;
import press.reader.cover.CoverImage;
import press.reader.cover.CoverMaker;
import press.reader.cover.CoverSpec;
import press.reader.epub.EpubWriter;
import press.reader.html.HtmlEdition;
import press.reader.images.EditionImages;
import press.reader.pdf.AccessiblePdf;
import press.reader.pdf.ReproduciblePdf;
import press.reader.proof.BuildReport;
import press.reader.proof.ReportData;
import press.reader.layout.FopEngine;
import press.reader.layout.PageMap;
import press.reader.layout.PrintLayout;
import press.reader.manuscript.BookConfig;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.ManuscriptReader;
import press.reader.xml.Xslt;

/**
 * Runs the stages in their one direction: read and check the manuscript, assemble the book document, lay out the
 * print PDF (with its page map), write the EPUB. Holds the warm parts (compiled stylesheets, FOP and its fonts)
 * so that repeated builds in one JVM reuse them.
 */
public final class BookBuilder {
    private final Path stylesDir;
    private final Xslt xslt;
    private final CitationWriterFactory citations;
    private final List<ManuscriptCheck> checks;
    /** Part of every cache key: a new version of the tool may make different outputs from the same inputs. */
    static final String VERSION = "bookpress-0.1.0";
    private FopEngine fop;
    /** The page map of the last layout of each book (by output path), kept warm between builds in one JVM. */
    private final Map<String, PageMap> lastPageMaps = new HashMap<>();

    /** A check of the manuscript that runs before assembly (for example fidelity to the sources). */
    public interface ManuscriptCheck {
        void check(Manuscript manuscript, Diagnostics diagnostics);
    }

    public BookBuilder(Path stylesDir, CitationWriterFactory citations, List<ManuscriptCheck> checks) {
        this.stylesDir = stylesDir;
        this.xslt = new Xslt(stylesDir);
        this.citations = citations;
        this.checks = List.copyOf(checks);
    }

    /** Reads, checks and assembles without typesetting; errors are left in {@code diagnostics}. */
    public Document check(Path manuscriptDir, Diagnostics diagnostics) {
        Manuscript ms = new ManuscriptReader(manuscriptDir, diagnostics).read();
        for (ManuscriptCheck c : checks) c.check(ms, diagnostics);
        Document doc = new BookAssembler(ms, diagnostics, citations).assemble();
        TypesettableStructure.check(doc, ms, diagnostics);
        return doc;
    }

    public BuildResult build(BuildRequest req) {
        Map<String, Long> times = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        if (req.out().toAbsolutePath().normalize().equals(req.manuscript().toAbsolutePath().normalize())) {
            // The outputs and the cache would become part of the manuscript they are made from.
            throw press.reader.diagnostics.UserError.at(req.out().toString(), 0, "BP305", "--out is the manuscript "
                    + "folder itself; choose another folder (a subfolder of it, or a folder beside it)");
        }
        req.progress().accept("reading and checking the manuscript");
        Manuscript ms = new ManuscriptReader(req.manuscript(), diagnostics).read();
        for (ManuscriptCheck c : checks) c.check(ms, diagnostics);
        req.progress().accept("assembling the book document");
        Document doc = new BookAssembler(ms, diagnostics, citations).assemble();
        TypesettableStructure.check(doc, ms, diagnostics);
        diagnostics.throwIfErrors();
        times.put("read+assemble", ms(t0));

        BookConfig config = ms.config();
        String slug = config.slug();
        try (OutputFiles out = OutputFiles.open(req.out())) {
            BuildCache cache = new BuildCache(req.out());
            cache.removeTemporaryFiles();
            XdmNode book = xslt.parse(new DOMSource(doc));
            byte[] bookXml = serialize(book);
            out.stage(slug + ".book.xml", o -> o.write(bookXml));
            Instant when = Instant.ofEpochSecond(req.epochSeconds());
            String iso = DateTimeFormatter.ISO_INSTANT.format(when);
            // the book's own stylesheets are part of its design: a change to them is a change of styles
            Path printDesign = designFile(req.manuscript(), config.design().print());
            Path epubDesign = designFile(req.manuscript(), config.design().epub());
            // the figures' images, made ready for each edition; their bytes are part of every edition's key
            EditionImages images = EditionImages.prepare(doc, ms.root(), out.workDir());
            String stylesHash = BuildCache.hash(BuildCache.hashFolder(stylesDir), designBytes(printDesign),
                    designBytes(epubDesign), images.hash());
            Print print = null;
            Path pageMapFile = null;
            if (req.formats().contains("pdf")) {
                long t = System.nanoTime();
                req.progress().accept("laying out the print PDF");
                print = print(req, ms, book, bookXml, stylesHash, iso, out.workDir(), cache, diagnostics, images);
                Print p = print;
                out.stage(slug + ".pdf", o -> o.write(p.pdf()));
                pageMapFile = out.stage(slug + ".pagemap.xml", o -> p.pageMap().writeXml(o));
                if (p.screen() != null) out.stage(slug + "-screen.pdf", o -> o.write(p.screen()));
                times.put(p.passes() == 0 ? "pdf (unchanged, from cache)" : "pdf", ms(t));
            }
            if (print != null) {
                FigureResolutionCheck.check(doc, images, print.pdf(), print.pageMap(),
                        new press.reader.layout.OverflowLocator(ms, print.pageMap()), diagnostics);
            }
            int pages = print == null ? 0 : print.pages();
            long tc = System.nanoTime();
            req.progress().accept("drawing the cover");
            CoverSpec coverSpec = coverSpec(ms, pages, req.epochSeconds());
            byte[] cover = CoverMaker.bytes(coverSpec);
            Path coverPdf = req.formats().contains("pdf") ? out.stage(slug + "-cover.pdf", o -> o.write(cover)) : null;
            // The EPUB's cover image is the front panel, which does not depend on the spine: drawn from a sheet
            // without one, it is the same whether or not this build lays out the PDF.
            CoverSpec frontSpec = coverSpec(ms, 0, req.epochSeconds());
            Path coverPng = out.work("cover.png", CoverImage.renderFront(pages == 0 ? cover : CoverMaker.bytes(frontSpec),
                    frontSpec, CoverImage.widthForHeight(frontSpec, 1600)));
            times.put("cover", ms(tc));
            if (req.formats().contains("epub")) {
                long t = System.nanoTime();
                req.progress().accept("writing the EPUB");
                PageMap map = print == null ? cachedPageMap(config, bookXml, stylesHash, iso, cache, out.workDir()) : print.pageMap();
                Path pm = pageMapFile != null ? pageMapFile : map.size() == 0 ? null : out.workDir().resolve("pagemap-epub.xml");
                if (pageMapFile == null && pm != null) map.writeXml(pm);
                Map<String, String> keys = DivisionKeys.compute(doc, map, BuildCache.hash(VERSION, stylesHash, iso,
                        Files.readAllBytes(coverPng)));
                EpubWriter.DivisionCache divisionCache = new EpubWriter.DivisionCache() {
                    @Override
                    public java.util.Optional<byte[]> get(String id) {
                        return cache.get("epub/" + id + ".xhtml", keys.get(id));
                    }

                    @Override
                    public void put(String id, byte[] xhtml) {
                        cache.put("epub/" + id + ".xhtml", keys.get(id), xhtml);
                    }
                };
                List<String> transformed = new ArrayList<>();
                out.stage(slug + ".epub", o -> transformed.addAll(new EpubWriter(xslt, stylesDir, epubDesign)
                        .withImages(images.manifest(), images.media()).write(book, pm, coverPng,
                        iso.replaceAll("\\.\\d+Z$", "Z"), req.epochSeconds() * 1000L, out.workDir(), o,
                        List.copyOf(keys.keySet()), divisionCache)));
                times.put("epub (" + transformed.size() + " of " + keys.size() + " chapters transformed)", ms(t));
            }
            if (req.formats().contains("html")) {
                long t = System.nanoTime();
                req.progress().accept("writing the HTML edition");
                Path pm = pageMapFile;
                if (pm == null) {
                    PageMap map = cachedPageMap(config, bookXml, stylesHash, iso, cache, out.workDir());
                    pm = map.size() == 0 ? null : out.workDir().resolve("pagemap-html.xml");
                    if (pm != null) map.writeXml(pm);
                }
                Path htmlPageMap = pm;
                out.stage(slug + ".html", o -> new HtmlEdition(xslt, stylesDir).write(book, htmlPageMap, images.manifest(), o));
                times.put("html", ms(t));
            }
            if (print != null) {
                long t = System.nanoTime();
                req.progress().accept("writing the build report");
                Print p = print;
                List<Integer> openings = divisionIds(ms).stream().map(id -> p.pageMap().page(id))
                        .filter(java.util.Objects::nonNull).map(pg -> pg.index() - 1).toList();
                out.stageFolder(BuildReport.IMAGE_DIR);
                BuildReport.write(out.workDir(), new ReportData(config.title(), pages,
                        diagnostics.all().stream().map(press.reader.diagnostics.Diagnostic::format).toList(),
                        times, openings, out.workDir().resolve(slug + ".pdf"), coverPdf));
                out.adopt(BuildReport.FILE_NAME);
                times.put("report", ms(t));
            }
            long tr = System.nanoTime();
            if (cleanupReport(ms, out.workDir(), cache)) {
                out.adopt(CleanupReportStep.FILE);
                out.adopt("cleanup-report.html");
                times.put("cleanup report", ms(tr));
            }
            diagnostics.throwIfErrors();
            List<Path> written = out.commit();
            if (print != null) lastPageMaps.put(req.out().resolve(slug).toAbsolutePath().toString(), print.pageMap());
            times.put("total", ms(t0));
            return new BuildResult(written, pages, print == null ? 0 : print.passes(), diagnostics.all(),
                    print == null ? List.of() : print.warnings(), times);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The cleanup report reads the essays and captures again at the end of the build: one deleted or saved
     * half-way in the meantime (an editor saving during a rebuild) is the manuscript changing under the build,
     * which the editor is told in words, not an internal error.
     */
    private static boolean cleanupReport(Manuscript ms, Path workDir, BuildCache cache) {
        try {
            return CleanupReportStep.write(ms, workDir, cache);
        } catch (IOException | java.io.UncheckedIOException e) {
            IOException io = e instanceof IOException x ? x : ((java.io.UncheckedIOException) e).getCause();
            String file = io instanceof java.nio.file.FileSystemException fse && fse.getFile() != null ? fse.getFile()
                    : ms.root().toString();
            throw press.reader.diagnostics.UserError.at(file, 0, "BP306", "the manuscript changed while the book was "
                    + "being built (" + io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage())
                    + "); the previous outputs are kept: build again");
        }
    }

    /** The print and screen PDFs and their page map; {@code passes} is 0 when they came from the cache. */
    private record Print(byte[] pdf, byte[] screen, PageMap pageMap, int pages, int passes, List<String> warnings) {}

    /**
     * Lays out the print PDF (and the screen PDF), unless the cache holds them for exactly these inputs: the same
     * book document, styles, parameters and tool version.
     */
    private static Map<String, String> printParams(BookConfig config, String iso) {
        Map<String, String> params = new java.util.TreeMap<>();
        params.put("page-width", config.trimWidth());
        params.put("page-height", config.trimHeight());
        params.put("creation-date", iso);
        params.put("print-standard", config.printStandard());
        params.put("signature", Integer.toString(config.signature()));
        return params;
    }

    private static String printKey(byte[] bookXml, String stylesHash, Map<String, String> params, boolean screen) {
        return BuildCache.hash(VERSION, stylesHash, bookXml, params, screen);
    }

    /**
     * An EPUB built without the PDF still gets the print page numbers when an earlier build laid out exactly this
     * book with these styles: its page map is in the cache under the same key.
     */
    private static PageMap cachedPageMap(BookConfig config, byte[] bookXml, String stylesHash, String iso, BuildCache cache,
                                         Path workDir) {
        Map<String, String> params = printParams(config, iso);
        for (boolean screen : new boolean[] {false, true}) {
            var map = cache.get("print.pagemap.xml", printKey(bookXml, stylesHash, params, screen));
            if (map.isPresent()) return PageMap.parse(new String(map.get(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return PageMap.empty();
    }

    private Print print(BuildRequest req, Manuscript ms, XdmNode book, byte[] bookXml, String stylesHash, String iso,
                        Path workDir, BuildCache cache, Diagnostics diagnostics, EditionImages images) throws IOException {
        BookConfig config = ms.config();
        Map<String, String> params = printParams(config, iso);
        boolean screen = req.formats().contains("screen");
        String key = printKey(bookXml, stylesHash, params, screen);
        // where this build's images are: not part of the key (the images' bytes are, in stylesHash)
        params.put("images-uri", images.manifest().toUri().toString());
        var pdf = cache.get("print.pdf", key);
        var map = cache.get("print.pagemap.xml", key);
        var screenPdf = screen ? cache.get("screen.pdf", key) : java.util.Optional.<byte[]>empty();
        if (pdf.isPresent() && map.isPresent() && (!screen || screenPdf.isPresent())) {
            try (var d = org.apache.pdfbox.Loader.loadPDF(pdf.get())) {
                return new Print(pdf.get(), screenPdf.orElse(null), PageMap.parse(new String(map.get(), java.nio.charset.StandardCharsets.UTF_8)),
                        d.getNumberOfPages(), 0, List.of());
            }
        }
        // Start from the last page map of this book: in the usual edit nothing moves, and one pass suffices.
        PageMap seed = lastPageMaps.computeIfAbsent(req.out().resolve(config.slug()).toAbsolutePath().toString(),
                k -> PageMap.readXml(req.out().resolve(config.slug() + ".pagemap.xml")));
        Date when = Date.from(Instant.parse(iso));
        PrintLayout layout = new PrintLayout(xslt, fop(), stylesDir, designFile(req.manuscript(), config.design().print()));
        PrintLayout.Result r = layout.layout(book, params, workDir, when, diagnostics, seed);
        for (String e : r.messages().errors) diagnostics.error("", 0, "BP230", "FOP: " + e);
        // A line or page that overflows is a visible fault on paper: it is reported, not only summarised.
        press.reader.layout.OverflowLocator locator = new press.reader.layout.OverflowLocator(ms, r.pageMap());
        for (int i = 0; i < r.messages().warnings.size(); i++) {
            String w = r.messages().warnings.get(i);
            if (!w.contains("overflow") && !w.contains("exceed")) continue;
            var place = locator.locate(r.messages().warningIds.get(i), r.messages().warningPages.get(i));
            diagnostics.warning(place.file(), 0, "BP231", "FOP: " + w.replaceFirst("\\s*\\(See position [^)]*\\)\\.?$", "")
                    + place.where());
        }
        List<String> warnings = new ArrayList<>(r.messages().warnings);
        byte[] printPdf = ReproduciblePdf.fix(r.pdf(), iso);
        byte[] screenBytes = null;
        if (screen) {
            req.progress().accept("rendering the screen PDF (tagged, PDF/UA-1)");
            FopEngine.Messages messages = new FopEngine.Messages();
            screenBytes = ReproduciblePdf.fix(AccessiblePdf.finish(
                    layout.renderScreen(book, params, r.pageMap(), workDir, when, messages)), iso);
            warnings.addAll(messages.warnings);
            cache.put("screen.pdf", key, screenBytes);
        }
        java.io.ByteArrayOutputStream mapBytes = new java.io.ByteArrayOutputStream();
        r.pageMap().writeXml(mapBytes);
        cache.put("print.pdf", key, printPdf);
        cache.put("print.pagemap.xml", key, mapBytes.toByteArray());
        return new Print(printPdf, screenBytes, r.pageMap(), r.pages(), r.passes(), warnings);
    }

    /** The ids of the book's divisions, in order: where chapters open. */
    private static List<String> divisionIds(Manuscript ms) {
        List<String> ids = new ArrayList<>();
        ms.front().forEach(p -> ids.add(p.id()));
        ms.essays().forEach(p -> ids.add(p.id()));
        ms.config().back().forEach(e -> ids.add(e.name()));
        return ids;
    }

    private CoverSpec coverSpec(Manuscript ms, int pages, long epochSeconds) {
        BookConfig c = ms.config();
        // the essays' authors where known, in the order of the contents, for the back cover's credit line
        List<String> contributors = ms.essays().stream().filter(p -> p.known("author"))
                .map(p -> p.get("author").strip()).filter(a -> !a.isEmpty()).distinct().toList();
        return new CoverSpec(c.title(), c.subtitle(), c.editors(), c.blurb(), c.isbn(),
                BookConfig.points(c.trimWidth()), BookConfig.points(c.trimHeight()), pages,
                (float) c.paperThicknessIn(), (float) c.bleedIn(), stylesDir.resolve("fonts"), epochSeconds,
                c.imprint().credit(), contributors, c.publisher());
    }

    private static Path designFile(Path manuscript, String name) {
        return name == null ? null : manuscript.resolve(name).toAbsolutePath().normalize();
    }

    private static byte[] designBytes(Path file) throws IOException {
        return file == null ? new byte[0] : java.nio.file.Files.readAllBytes(file);
    }

    private FopEngine fop() {
        if (fop == null) fop = new FopEngine(stylesDir);
        return fop;
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The book document for people to read: indented, but never inside mixed content (Saxon's rule). */
    private byte[] serialize(XdmNode book) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        var serializer = xslt.processor().newSerializer(out);
        serializer.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.INDENT, "yes");
        try {
            serializer.serializeNode(book);
        } catch (net.sf.saxon.s9api.SaxonApiException e) {
            throw new IOException(e);
        }
        return out.toByteArray();
    }
}
