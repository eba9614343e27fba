package press.reader.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import press.reader.clean.Bibliography;
import press.reader.clean.CaptureReader;
import press.reader.clean.CleanResult;
import press.reader.clean.CleanupReport;
import press.reader.clean.FidelityCheck;
import press.reader.clean.Importer;
import press.reader.clean.Rules;
import press.reader.clean.RulesLoader;
import press.reader.diagnostics.Diagnostic;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.ManuscriptPaths;
import press.reader.manuscript.Piece;

/**
 * The cleanup report of the essays imported from captures (every line the cleaning removed or changed, with its
 * rule, and the fidelity of each essay to its capture), written with every build so that it always describes the
 * manuscript as it is. Rebuilt only when an essay, a capture, the rules or the bibliography changed.
 */
final class CleanupReportStep {
    static final String FILE = "cleanup-report.md";

    private CleanupReportStep() {}

    /** Writes the report into {@code workDir}; returns false when no essay names a capture. */
    static boolean write(Manuscript ms, Path workDir, BuildCache cache) throws IOException {
        List<Piece> imported = ms.essays().stream().filter(p -> p.known("source")).toList();
        if (imported.isEmpty()) return false;
        List<Object> inputs = new ArrayList<>(List.of(BookBuilder.VERSION));
        for (Piece p : imported) {
            inputs.add(read(ms.root().resolve(p.file())));
            inputs.add(read(ManuscriptPaths.inside(ms.root(), p.get("source"), p.file(), 1)));
        }
        inputs.add(read(ManuscriptPaths.inside(ms.root(), "rules.yaml", "", 0)));
        inputs.add(read(ManuscriptPaths.inside(ms.root(), "bibliography.json", "", 0)));
        String key = BuildCache.hash(inputs.toArray());
        var md = cache.get("cleanup/report.md", key);
        var html = cache.get("cleanup/report.html", key);
        Path file = workDir.resolve(FILE);
        if (md.isPresent() && html.isPresent()) {
            Files.write(file, md.get());
            Files.write(CleanupReport.htmlTwin(file), html.get());
            return true;
        }
        Rules rules = RulesLoader.load(ManuscriptPaths.inside(ms.root(), "rules.yaml", "", 0));
        Bibliography bib = Bibliography.load(ManuscriptPaths.inside(ms.root(), "bibliography.json", "", 0));
        List<CleanResult> results = new ArrayList<>();
        List<List<Diagnostic>> fidelity = new ArrayList<>();
        for (Piece p : imported) {
            Path source = ManuscriptPaths.inside(ms.root(), p.get("source"), p.file(), 1);
            CleanResult r = new Importer(rules).clean(CaptureReader.read(source, p.get("source")), p.get("source"));
            results.add(r);
            fidelity.add(FidelityCheck.compare(r, Files.readString(ms.root().resolve(p.file())), p.file(), bib));
        }
        CleanupReport.write(file, results, fidelity);
        cache.put("cleanup/report.md", key, Files.readAllBytes(file));
        cache.put("cleanup/report.html", key, Files.readAllBytes(CleanupReport.htmlTwin(file)));
        return true;
    }

    private static byte[] read(Path p) throws IOException {
        return Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0];
    }
}
