package press.reader.publish;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import press.reader.layout.OverflowLocator;
import press.reader.layout.PageMap;
import press.reader.layout.PrintLayout;
import press.reader.pdf.CidSets;
import press.reader.pdf.ReproduciblePdf;

/**
 * The print PDF and its page map (where every anchor fell), laid out by FOP in as many passes as the page numbers
 * need to settle, unless the cache holds them for exactly these inputs: the same book document, styles, parameters
 * and tool version.
 */
final class PrintPdfEdition implements Edition {
    static final String NAME = "pdf";
    /** The cache entry of the page map: an EPUB or HTML edition built alone takes its page numbers from it. */
    static final String CACHED_PAGE_MAP = "print.pagemap.xml";
    private static final String CACHED_PDF = "print.pdf";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "the print PDF";
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.BOOK_DOCUMENT);
    }

    @Override
    public String cacheKey(BuildContext build) {
        return key(build);
    }

    /** It waits for the checks before it draws (BuildContext#layoutDrawing). */
    @Override
    public boolean awaitsChecksItself() {
        return true;
    }

    static String key(BuildContext build) {
        return BuildCache.hash(BookBuilder.VERSION, build.stylesHash(), build.bookXmlHash(), build.printParams());
    }

    @Override
    public Timing.Reuse make(BuildContext build) throws IOException {
        build.progress("laying out the print PDF");
        String key = cacheKey(build);
        Optional<byte[]> cachedPdf = build.cache().get(CACHED_PDF, key);
        Optional<byte[]> cachedMap = build.cache().get(CACHED_PAGE_MAP, key);
        byte[] pdf;
        PageMap map;
        PageMap laidOutFrom;
        byte[] mapXml;
        int pages;
        int passes;
        List<PrintLayout.LaidSequence> sequences = List.of();
        if (cachedPdf.isPresent() && cachedMap.isPresent()) {
            pdf = cachedPdf.get();
            mapXml = cachedMap.get();
            map = PageMap.parse(new String(mapXml, StandardCharsets.UTF_8));
            try (PDDocument d = Loader.loadPDF(pdf)) {
                pages = d.getNumberOfPages();
            }
            passes = 0;
            laidOutFrom = map;
        } else {
            PrintLayout.Result r = layout(build);
            pdf = ReproduciblePdf.fix(CidSets.completePrint(r.pdf()), build.isoDate());
            map = r.pageMap();
            pages = r.pages();
            passes = r.passes();
            laidOutFrom = r.laidOutFrom() == null ? map : r.laidOutFrom();
            sequences = r.sequences();
            ByteArrayOutputStream mapBytes = new ByteArrayOutputStream();
            map.writeXml(mapBytes);
            mapXml = mapBytes.toByteArray();
            build.cache().put(CACHED_PDF, key, pdf);
            build.cache().put(CACHED_PAGE_MAP, key, mapXml);
        }
        byte[] printPdf = pdf;
        byte[] pageMapXml = mapXml;     // written once: the output's copy is the cache's
        build.output().stage(build.slug() + ".pdf", o -> o.write(printPdf));
        build.output().stage(build.slug() + ".pagemap.xml", o -> o.write(pageMapXml));
        build.print(new BuildContext.Print(map, pages, passes, laidOutFrom, sequences));
        OverflowLocator locator = new OverflowLocator(build.manuscript(), map, build.workshop().features().sectionFiles());
        FigureResolutionCheck.check(build.document(), build.images(), pdf, map, locator, build.diagnostics());
        return Timing.Reuse.whole(passes == 0);
    }

    /**
     * What the print layout's sequences read besides their XSL-FO and parameters (the tool's version, the styles and
     * images), which their fingerprints hold: the screen render's sequences laid out ahead are kept under it too.
     */
    static String layoutContext(BuildContext build) {
        return BuildCache.hash(BookBuilder.VERSION, build.stylesHash());
    }

    /** Lays the book out, starting from its last page map: in the usual edit nothing moves, and one pass suffices. */
    private static PrintLayout.Result layout(BuildContext build) throws IOException {
        Workshop w = build.workshop();
        PrintLayout layout = new PrintLayout(w.xslt(), w.fop(), w.stylesDir(), build.printDesign());
        // by page sequence, each kept for the next build: after an edit only its chapter is laid out again
        if (w.chapterLayouts() != null) {
            layout.byChapter(w.chapterLayouts(), layoutContext(build))
                    .divisionsKeyedFor(w.modelledStylesheets(build.stylesHash(), ""));
            // a cold build's first pass leaves the build's thread idle but for the screen edition's sequences; a book
            // too long to hold them beside the print layout renders its screen PDF after it (HeapRoom)
            if (build.lastPageMap().size() == 0 && ScreenPdfEdition.rendersFromThisLayout(build)) {
                layout.layOutScreenAhead(pages -> HeapRoom.forScreenBesideLayout(pages,
                        Runtime.getRuntime().maxMemory()), w.secondCore()::idle);
            }
        }
        PrintLayout.Result r = layout.layout(build.book(), build.layoutParams(),
                Date.from(Instant.parse(build.isoDate())), build.diagnostics(), build.lastPageMap(), build::layoutDrawing);
        for (String e : r.messages().errors) build.diagnostics().error("", 0, "BP230", "FOP: " + e);
        // A line or page that overflows is a visible fault on paper: it is reported, not only summarised.
        OverflowLocator locator = new OverflowLocator(build.manuscript(), r.pageMap(), w.features().sectionFiles());
        for (int i = 0; i < r.messages().warnings.size(); i++) {
            String w2 = r.messages().warnings.get(i);
            if (!w2.contains("overflow") && !w2.contains("exceed")) continue;
            var place = locator.locate(r.messages().warningIds.get(i), r.messages().warningPages.get(i));
            build.diagnostics().warning(place.file(), 0, "BP231", "FOP: "
                    + w2.replaceFirst("\\s*\\(See position [^)]*\\)\\.?$", "") + place.where());
        }
        build.fopWarnings(new ArrayList<>(r.messages().warnings));
        return r;
    }
}
