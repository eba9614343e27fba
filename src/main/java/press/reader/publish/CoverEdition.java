package press.reader.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import press.reader.cover.CoverMaker;
import press.reader.cover.CoverSpec;

/** The cover: the whole wrap (back, spine sized for the print PDF's page count, front) as one PDF, with the print PDF. */
final class CoverEdition implements Edition {
    @Override
    public String name() {
        return "cover";
    }

    @Override
    public String title() {
        return "the cover";
    }

    /** It comes with the print PDF: its spine is as thick as that PDF has pages. */
    @Override
    public boolean selectable() {
        return false;
    }

    @Override
    public boolean wanted(BuildContext build) {
        return build.formats().contains(PrintPdfEdition.NAME);
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.PRINT_LAYOUT);
    }

    @Override
    public String cacheKey(BuildContext build) {
        return null;
    }

    @Override
    public Timing.Reuse make(BuildContext build) throws IOException {
        build.progress("drawing the cover");
        CoverSpec spec = build.coverSpec(build.pages());
        // Kept under the hash of everything it is drawn from, as the front cover's image is (BuildContext#frontCover):
        // the spec's every field (the page count among them), the fonts and cover.yaml (in the styles' hash).
        String key = BuildCache.hash(BookBuilder.VERSION, build.stylesHash(), spec.toString());
        Workshop.Drawn cover = build.workshop().coverPdf(key, () -> CoverMaker.bytes(spec));
        Path staged = build.output().stage(build.slug() + "-cover.pdf", o -> o.write(cover.bytes()));
        build.coverPdf(staged);
        return Timing.Reuse.whole(!cover.now());
    }
}
