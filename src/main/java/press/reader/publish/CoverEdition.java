package press.reader.publish;

import java.nio.file.Path;
import java.util.Set;
import press.reader.cover.CoverMaker;

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
    public Timing.Reuse make(BuildContext build) {
        build.progress("drawing the cover");
        byte[] cover = CoverMaker.bytes(build.coverSpec(build.pages()));
        Path staged = build.output().stage(build.slug() + "-cover.pdf", o -> o.write(cover));
        build.coverPdf(staged);
        return null;
    }
}
