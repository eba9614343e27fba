package press.reader.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import press.reader.importing.CleanResult;
import press.reader.importing.CleanupReport;
import press.reader.diagnostics.Diagnostic;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;

/**
 * The cleanup report of the essays imported from captures (every line the cleaning removed or changed, with its
 * rule, and the fidelity of each essay to its capture), written with every build so that it always describes the
 * manuscript as it is.
 */
final class CleanupReportEdition implements Edition {
    static final String FILE = "cleanup-report.md";

    @Override
    public String name() {
        return "cleanup report";
    }

    @Override
    public String title() {
        return "the cleanup report";
    }

    /** Every build writes it when an essay names a capture, so that it always describes the manuscript as it is. */
    @Override
    public boolean selectable() {
        return false;
    }

    @Override
    public boolean wanted(BuildContext build) {
        return !imported(build.manuscript()).isEmpty();
    }

    @Override
    public Set<Need> needs() {
        return Set.of();
    }

    /** It keeps nothing between builds: the fidelity results it shows are the check's of this very build. */
    @Override
    public String cacheKey(BuildContext build) {
        return null;
    }

    /**
     * Writes the report from the fidelity results the manuscript check computed in this build: it describes exactly
     * the manuscript the book was made from, even when an editor saves during the build.
     */
    @Override
    public Timing.Reuse make(BuildContext build) throws IOException {
        List<CleanResult> results = new ArrayList<>();
        List<List<Diagnostic>> fidelity = new ArrayList<>();
        for (Fidelity.Essay e : build.workshop().fidelity().of(build.manuscript())) {
            if (!e.piece().known("source") || e.checked().fresh() == null) continue;
            results.add(e.checked().fresh());
            fidelity.add(e.checked().diagnostics());
        }
        CleanupReport.write(build.output().workDir().resolve(FILE), results, fidelity);
        build.output().adopt(FILE);
        build.output().adopt("cleanup-report.html");
        return null;
    }

    private static List<Piece> imported(Manuscript ms) {
        return ms.essays().stream().filter(p -> p.known("source")).toList();
    }
}
