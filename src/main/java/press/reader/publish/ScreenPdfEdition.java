package press.reader.publish;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import press.reader.layout.FopEngine;
import press.reader.layout.PrintLayout;
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

    @Override
    public Timing.Reuse make(BuildContext build) throws IOException {
        String key = cacheKey(build);
        Optional<byte[]> cached = build.cache().get(CACHED_PDF, key);
        byte[] pdf;
        if (cached.isPresent()) {
            pdf = cached.get();
        } else {
            build.progress("rendering the screen PDF (tagged, PDF/UA-1)");
            Workshop w = build.workshop();
            FopEngine.Messages messages = new FopEngine.Messages();
            PrintLayout layout = new PrintLayout(w.xslt(), w.fop(), w.stylesDir(), build.printDesign());
            pdf = ReproduciblePdf.fix(AccessiblePdf.finish(layout.renderScreen(build.book(), build.printParams(),
                    build.pageMap(), Date.from(Instant.parse(build.isoDate())), messages)),
                    build.isoDate());
            build.fopWarnings(messages.warnings);
            build.cache().put(CACHED_PDF, key, pdf);
        }
        build.output().stage(build.slug() + "-screen.pdf", o -> o.write(pdf));
        return Timing.Reuse.whole(cached.isPresent());
    }
}
