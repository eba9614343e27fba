package press.reader.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import press.reader.clean.Bibliography;
import press.reader.clean.CaptureReader;
import press.reader.clean.CleanResult;
import press.reader.clean.CleanupReport;
import press.reader.clean.FidelityCheck;
import press.reader.clean.Importer;
import press.reader.clean.Rules;
import press.reader.clean.RulesLoader;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.ManuscriptPaths;
import press.reader.manuscript.Piece;

/**
 * The cleanup report of the essays imported from captures (every line the cleaning removed or changed, with its
 * rule, and the fidelity of each essay to its capture), written with every build so that it always describes the
 * manuscript as it is. Rebuilt only when an essay, a capture, the rules or the bibliography changed.
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

    /** Everything the report is made from: the imported essays, their captures, the rules and the bibliography. */
    @Override
    public String cacheKey(BuildContext build) throws IOException {
        Manuscript ms = build.manuscript();
        List<Object> inputs = new ArrayList<>(List.of(BookBuilder.VERSION));
        for (Piece p : imported(ms)) {
            inputs.add(read(ms.root().resolve(p.file())));
            inputs.add(read(ManuscriptPaths.inside(ms.root(), p.get("source"), p.file(), 1)));
        }
        inputs.add(read(ManuscriptPaths.inside(ms.root(), "rules.yaml", "", 0)));
        inputs.add(read(ManuscriptPaths.inside(ms.root(), "bibliography.json", "", 0)));
        return BuildCache.hash(inputs.toArray());
    }

    /**
     * The report reads the essays and captures again at the end of the build: one deleted or saved half-way in the
     * meantime (an editor saving during a rebuild) is the manuscript changing under the build, which the editor is
     * told in words, not an internal error.
     */
    @Override
    public Timing.Reuse make(BuildContext build) {
        Manuscript ms = build.manuscript();
        try {
            write(ms, build.output().workDir(), build.cache(), cacheKey(build));
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof IOException x ? x : ((UncheckedIOException) e).getCause();
            String file = io instanceof FileSystemException fse && fse.getFile() != null ? fse.getFile()
                    : ms.root().toString();
            throw UserError.at(file, 0, "BP306", "the manuscript changed while the book was "
                    + "being built (" + io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage())
                    + "); the previous outputs are kept: build again");
        }
        build.output().adopt(FILE);
        build.output().adopt("cleanup-report.html");
        return null;
    }

    private static List<Piece> imported(Manuscript ms) {
        return ms.essays().stream().filter(p -> p.known("source")).toList();
    }

    /** Writes the report into {@code workDir}. */
    private static void write(Manuscript ms, Path workDir, BuildCache cache, String key) throws IOException {
        List<Piece> imported = imported(ms);
        var md = cache.get("cleanup/report.md", key);
        var html = cache.get("cleanup/report.html", key);
        Path file = workDir.resolve(FILE);
        if (md.isPresent() && html.isPresent()) {
            Files.write(file, md.get());
            Files.write(CleanupReport.htmlTwin(file), html.get());
            return;
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
    }

    private static byte[] read(Path p) throws IOException {
        return Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0];
    }
}
