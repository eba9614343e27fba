package press.reader.publish;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import net.sf.saxon.s9api.XdmNode;
import press.reader.layout.FopEngine;
import press.reader.layout.PageMap;
import press.reader.layout.PrintLayout;
import press.reader.layout.ScreenTail;
import press.reader.pdf.AccessiblePdf;
import press.reader.pdf.ReproduciblePdf;

/**
 * The screen PDF: the print layout (the same page map, so the same pages) rendered as a tagged PDF/UA-1 file for
 * screen readers, with links and bookmarks.
 */
final class ScreenPdfEdition implements Edition {
    private static final String CACHED_PDF = "screen.pdf";

    @Override
    public String name() {
        return "screen";
    }

    @Override
    public String title() {
        return "the screen PDF";
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.BOOK_DOCUMENT, Need.PRINT_LAYOUT, Need.PAGE_MAP);
    }

    @Override
    public String cacheKey(BuildContext build) {
        return BuildCache.hash(PrintPdfEdition.key(build), name());
    }

    /** Whether this build renders the screen PDF from the print layout it makes (it wants one and has none kept). */
    static boolean rendersFromThisLayout(BuildContext build) {
        ScreenPdfEdition screen = new ScreenPdfEdition();
        return screen.wanted(build) && build.cache().get(CACHED_PDF, screen.cacheKey(build)).isEmpty();
    }

    /** The tagged PDF and FOP's warnings about it. */
    private record Rendered(byte[] pdf, List<String> warnings) {}

    /**
     * The render (a second layout of the book, tagged) waits for nothing after the print layout: it runs on the
     * second core while the cover, the EPUB and the reports are made.
     */
    @Override
    public Callable<?> beside(BuildContext build) {
        if (build.cache().get(CACHED_PDF, cacheKey(build)).isPresent()) return null;
        build.progress("rendering the screen PDF (tagged, PDF/UA-1) beside the other editions");
        // from the map the print's accepted pass was laid out from, as the render beside the layout (besideLayout)
        return render(build, build.print() == null ? build.pageMap() : build.print().laidOutFrom(), true);
    }

    /**
     * The same render started with the print layout's last pass, from the page map that pass is laid out from: the
     * two layouts share the machine's two cores, and the render is used when that pass is the accepted one.
     */
    @Override
    public Callable<?> besideLayout(BuildContext build, PageMap map) {
        if (build.cache().get(CACHED_PDF, cacheKey(build)).isPresent()) return null;
        // a book too long for both in the heap at once renders after the layout, beside the other editions (beside)
        if (!HeapRoom.forScreenBesideLayout(HeapRoom.pages(map), Runtime.getRuntime().maxMemory())) return null;
        build.progress("rendering the screen PDF (tagged, PDF/UA-1) beside the print layout");
        return render(build, map, false);
    }

    /**
     * The render from {@code map}; everything it reads is taken here, on the build's thread. After the print layout
     * ({@code afterLayout}) its sequences are laid out in two halves at once: the build's thread soon has nothing left
     * to do but wait for it (at fifty times the book, 88.5 s against 94.0 s; beside the layout, the real book took
     * 0.8 s longer). Either way the build's thread takes a share once it has made the other editions ({@link
     * ScreenTail}).
     */
    private static Callable<Rendered> render(BuildContext build, PageMap map, boolean afterLayout) {
        Workshop w = build.workshop();
        PrintLayout layout = new PrintLayout(w.xslt(), w.fop(), w.stylesDir(), build.printDesign());
        // the sequences a cold build's first print pass laid out ahead (ScreenAhead) are taken, not laid out again
        if (w.chapterLayouts() != null) {
            layout.takingScreenAhead(w.chapterLayouts(), PrintPdfEdition.layoutContext(build));
        }
        XdmNode book = build.book();
        Map<String, String> params = build.layoutParams();
        String iso = build.isoDate();
        // the build's thread, once it has made the other editions, takes a share: beside the layout, the render's last
        // sequences (ten times the book: it waited 4.1 s for the render); after it, the PDFs parsed for the assembly
        ScreenTail tail = new ScreenTail();
        return new Edition.SharedWork<>() {
            @Override
            public Rendered call() throws IOException {
                tail.started();
                try {
                    return rendered(layout, book, params, map, iso, afterLayout, tail);
                } finally {
                    tail.finished();
                }
            }

            @Override
            public void takeShare() {
                tail.takeShare();
            }
        };
    }

    private static Rendered rendered(PrintLayout layout, XdmNode book, Map<String, String> params, PageMap map,
                                     String iso, boolean afterLayout, ScreenTail tail) throws IOException {
        Date date = Date.from(Instant.parse(iso));
        FopEngine.Messages messages = new FopEngine.Messages();
        // by page sequence (the heap holds one chapter's structure tree, not the book's), else whole
        byte[] pdf = layout.renderScreenBySequence(book, params, map, date, messages, AccessiblePdf.BY_SEQUENCE,
                afterLayout, tail);
        if (pdf == null) {
            messages = new FopEngine.Messages();
            pdf = AccessiblePdf.finish(layout.renderScreen(book, params, map, date, messages),
                    PrintLayout.LINK_ADDRESS);
        }
        return new Rendered(ReproduciblePdf.fix(pdf, iso), messages.warnings);
    }

    @Override
    public Timing.Reuse make(BuildContext build) throws IOException {
        boolean reused = !build.hasBeside(this);
        byte[] pdf;
        if (reused) {
            pdf = build.cache().get(CACHED_PDF, cacheKey(build)).orElseThrow(
                    () -> new IllegalStateException("the screen PDF was neither rendered nor in the cache"));
        } else {
            build.takeShareOf(this);
            Rendered r = (Rendered) build.besideResult(this);
            build.fopWarnings(r.warnings());
            pdf = r.pdf();
            build.cache().put(CACHED_PDF, cacheKey(build), pdf);
        }
        // the sequences laid out ahead were for this render (or for one that started again): held no longer
        if (build.workshop().chapterLayouts() != null) build.workshop().chapterLayouts().forgetScreenAhead();
        build.output().stage(build.slug() + "-screen.pdf", o -> o.write(pdf));
        return Timing.Reuse.whole(reused);
    }
}
