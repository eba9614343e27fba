package press.reader.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import press.reader.diagnostics.Diagnostic;
import press.reader.layout.PageMap;
import press.reader.layout.PrintLayout;
import press.reader.assemble.BookAssembler;
import press.reader.manuscript.BookConfig;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;
import press.reader.report.BuildReport;
import press.reader.report.LaidPage;
import press.reader.report.ReportData;

/** The build report (build-report.html): the warnings, the stages' times and thumbnails of the chapter openings. */
final class BuildReportEdition implements Edition {
    @Override
    public String name() {
        return "report";
    }

    @Override
    public String title() {
        return "the build report";
    }

    /** It comes with the print PDF, whose pages it shows. */
    @Override
    public boolean selectable() {
        return false;
    }

    @Override
    public boolean wanted(BuildContext build) {
        return build.print() != null;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.PRINT_LAYOUT, Need.PAGE_MAP);
    }

    @Override
    public String cacheKey(BuildContext build) {
        return null;
    }

    @Override
    public Timing.Reuse make(BuildContext build) {
        build.progress("writing the build report");
        PageMap map = build.print().pageMap();
        List<Integer> openings = divisionIds(build.manuscript()).stream().map(map::page)
                .filter(Objects::nonNull).map(pg -> pg.index() - 1).toList();
        Map<String, Long> times = new LinkedHashMap<>();
        for (Timing t : build.timings()) times.put(t.label(), t.millis());
        build.output().stageFolder(BuildReport.IMAGE_DIR);
        BuildReport.write(build.output().workDir(), new ReportData(build.config().title(), build.pages(),
                build.diagnostics().all().stream().map(Diagnostic::format).toList(), times, openings,
                build.output().workDir().resolve(build.slug() + ".pdf"), build.coverPdf(),
                laidPages(build.print().sequences())), build.workshop().reportThumbnails());
        build.output().adopt(BuildReport.FILE_NAME);
        return null;
    }

    /** The page of a 0-based index in the sequence the layout made it in, or null when the layout did not say. */
    static IntFunction<LaidPage> laidPages(List<PrintLayout.LaidSequence> sequences) {
        return index -> {
            for (PrintLayout.LaidSequence s : sequences) {
                if (index >= s.firstPage() && index < s.firstPage() + s.pageCount()) {
                    return new LaidPage(s.key(), s.pdf(), index - s.firstPage());
                }
            }
            return null;
        };
    }

    /** The ids of the book's divisions, in order: where chapters open. */
    private static List<String> divisionIds(Manuscript ms) {
        List<String> ids = new ArrayList<>();
        ms.front().forEach(p -> ids.add(p.id()));
        BookConfig.Part part = null;
        for (Piece p : ms.essays()) {
            BookConfig.Part in = ms.config().partOf(p.file());
            if (in != null && in != part) ids.add(BookAssembler.partId(ms.config().parts().indexOf(in) + 1));
            part = in;
            ids.add(p.id());
        }
        ms.back().forEach(p -> ids.add(p.id()));
        ms.config().back().forEach(e -> ids.add(e.name()));
        return ids;
    }
}
