package press.reader.publish;

import java.io.IOException;
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
import press.reader.pdf.AccessiblePdf;
import press.reader.pdf.ReproduciblePdf;
import press.reader.proof.BuildReport;
import press.reader.proof.ReportData;
import press.reader.layout.FopEngine;
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
    private final Xslt xslt = new Xslt();
    private final CitationWriterFactory citations;
    private final List<ManuscriptCheck> checks;
    private FopEngine fop;

    /** A check of the manuscript that runs before assembly (for example fidelity to the sources). */
    public interface ManuscriptCheck {
        void check(Manuscript manuscript, Diagnostics diagnostics);
    }

    public BookBuilder(Path stylesDir, CitationWriterFactory citations, List<ManuscriptCheck> checks) {
        this.stylesDir = stylesDir;
        this.citations = citations;
        this.checks = List.copyOf(checks);
    }

    /** Reads, checks and assembles without typesetting; errors are left in {@code diagnostics}. */
    public Document check(Path manuscriptDir, Diagnostics diagnostics) {
        Manuscript ms = new ManuscriptReader(manuscriptDir, diagnostics).read();
        for (ManuscriptCheck c : checks) c.check(ms, diagnostics);
        return new BookAssembler(ms, diagnostics, citations).assemble();
    }

    public BuildResult build(BuildRequest req) {
        Map<String, Long> times = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Manuscript ms = new ManuscriptReader(req.manuscript(), diagnostics).read();
        for (ManuscriptCheck c : checks) c.check(ms, diagnostics);
        Document doc = new BookAssembler(ms, diagnostics, citations).assemble();
        diagnostics.throwIfErrors();
        times.put("read+assemble", ms(t0));

        BookConfig config = ms.config();
        String slug = config.slug();
        OutputFiles out = new OutputFiles(req.out());
        List<String> fopWarnings = new ArrayList<>();
        int pages = 0;
        int passes = 0;
        try {
            XdmNode book = xslt.parse(new DOMSource(doc));
            out.stage(slug + ".book.xml", o -> serialize(book, o));
            Instant when = Instant.ofEpochSecond(req.epochSeconds());
            String iso = DateTimeFormatter.ISO_INSTANT.format(when);
            Path pageMapFile = null;
            PrintLayout.Result print = null;
            if (req.formats().contains("pdf")) {
                long t = System.nanoTime();
                Map<String, String> params = new HashMap<>();
                params.put("page-width", config.trimWidth());
                params.put("page-height", config.trimHeight());
                params.put("creation-date", iso);
                params.put("print-standard", config.printStandard());
                PrintLayout.Result r = new PrintLayout(xslt, fop(), stylesDir)
                        .layout(book, params, out.workDir(), Date.from(when), diagnostics);
                print = r;
                byte[] pdf = ReproduciblePdf.fix(r.pdf(), iso);
                out.stage(slug + ".pdf", o -> o.write(pdf));
                pageMapFile = out.stage(slug + ".pagemap.xml", o -> r.pageMap().writeXml(o));
                pages = r.pages();
                passes = r.passes();
                if (req.formats().contains("screen")) {
                    long ts = System.nanoTime();
                    FopEngine.Messages screenMessages = new FopEngine.Messages();
                    byte[] screen = ReproduciblePdf.fix(AccessiblePdf.finish(new PrintLayout(xslt, fop(), stylesDir)
                            .renderScreen(book, params, r.pageMap(), out.workDir(), Date.from(when), screenMessages)), iso);
                    out.stage(slug + "-screen.pdf", o -> o.write(screen));
                    fopWarnings.addAll(screenMessages.warnings);
                    times.put("screen pdf", ms(ts));
                }
                fopWarnings.addAll(r.messages().warnings);
                for (String e : r.messages().errors) diagnostics.error("", 0, "BP230", "FOP: " + e);
                times.put("pdf", ms(t));
            }
            long tc = System.nanoTime();
            CoverSpec coverSpec = coverSpec(config, pages, req.epochSeconds());
            byte[] cover = CoverMaker.bytes(coverSpec);
            Path coverPdf = req.formats().contains("pdf") ? out.stage(slug + "-cover.pdf", o -> o.write(cover)) : null;
            Path coverPng = out.work("cover.png", CoverImage.renderFront(cover, coverSpec,
                    CoverImage.widthForHeight(coverSpec, 1600)));
            times.put("cover", ms(tc));
            if (req.formats().contains("epub")) {
                long t = System.nanoTime();
                Path pm = pageMapFile;
                Path work = out.workDir();
                out.stage(slug + ".epub", o -> new EpubWriter(xslt, stylesDir)
                        .write(book, pm, coverPng, iso.replaceAll("\\.\\d+Z$", "Z"), req.epochSeconds() * 1000L, work, o));
                times.put("epub", ms(t));
            }
            if (print != null) {
                long t = System.nanoTime();
                PrintLayout.Result r = print;
                List<Integer> openings = divisionIds(ms).stream().map(id -> r.pageMap().page(id))
                        .filter(java.util.Objects::nonNull).map(pg -> pg.index() - 1).toList();
                Path pdfFile = out.workDir().resolve(slug + ".pdf");
                out.stageFolder(BuildReport.IMAGE_DIR);
                BuildReport.write(out.workDir(), new ReportData(config.title(), pages,
                        diagnostics.all().stream().map(press.reader.diagnostics.Diagnostic::format).toList(),
                        times, openings, pdfFile, coverPdf));
                out.adopt(BuildReport.FILE_NAME);
                times.put("report", ms(t));
            }
            diagnostics.throwIfErrors();
            List<Path> written = out.commit();
            times.put("total", ms(t0));
            return new BuildResult(written, pages, passes, diagnostics.all(), fopWarnings, times);
        } catch (IOException e) {
            out.discard();
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            out.discard();
            throw e;
        }
    }

    /** The ids of the book's divisions, in order: where chapters open. */
    private static List<String> divisionIds(Manuscript ms) {
        List<String> ids = new ArrayList<>();
        ms.front().forEach(p -> ids.add(p.id()));
        ms.essays().forEach(p -> ids.add(p.id()));
        ms.config().back().forEach(e -> ids.add(e.name()));
        return ids;
    }

    private CoverSpec coverSpec(BookConfig c, int pages, long epochSeconds) {
        return new CoverSpec(c.title(), c.subtitle(), c.editors(), c.blurb(), c.isbn(),
                BookConfig.points(c.trimWidth()), BookConfig.points(c.trimHeight()), pages,
                (float) c.paperThicknessIn(), (float) c.bleedIn(), stylesDir.resolve("fonts"), epochSeconds);
    }

    private FopEngine fop() {
        if (fop == null) fop = new FopEngine(stylesDir);
        return fop;
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Writes the book document for people to read: indented, but never inside mixed content (Saxon's rule). */
    private void serialize(XdmNode book, java.io.OutputStream out) throws IOException {
        var serializer = xslt.processor().newSerializer(out);
        serializer.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.INDENT, "yes");
        try {
            serializer.serializeNode(book);
        } catch (net.sf.saxon.s9api.SaxonApiException e) {
            throw new IOException(e);
        }
    }

}
