package press.reader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import press.reader.importing.Bibliography;
import press.reader.importing.CaptureReader;
import press.reader.importing.CleanResult;
import press.reader.importing.CleanupReport;
import press.reader.importing.FidelityCheck;
import press.reader.importing.Importer;
import press.reader.importing.Rules;
import press.reader.importing.RulesLoader;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.UserError;

/**
 * {@code import SOURCE...}: turns raw web captures into clean essays with front matter, and writes the cleanup
 * report. An existing essay is never overwritten without {@code --force}, and then the command says what it
 * replaced (and keeps the old text next to the report).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import raw web captures as clean Markdown essays, with a cleanup report.")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Raw capture(s), e.g. manuscript/sources/000_x.txt")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--into", paramLabel = "DIR", description = "Folder for the essays (default: ${DEFAULT-VALUE})")
    Path into = Path.of("manuscript", "essays");

    @Option(names = "--id", paramLabel = "ID", description = "Essay id (only with one SOURCE); default: from rules.yaml")
    String id;

    @Option(names = "--force", description = "Overwrite essays that already exist (says what it replaced)")
    boolean force;

    @Option(names = "--rules", paramLabel = "FILE", description = "Cleaning rules (default: <manuscript>/rules.yaml)")
    Path rulesFile;

    @Option(names = "--report", paramLabel = "FILE", description = "Cleanup report (default: ${DEFAULT-VALUE}); an .html twin is written too")
    Path report = Path.of("output", "cleanup-report.md");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (id != null && sources.size() != 1) {
            throw UserError.at("", 0, "IM020", "--id names one essay: give exactly one SOURCE with it");
        }
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw UserError.at("", 0, "IM021", "--id '" + id + "' must be lower-case letters, digits and hyphens");
        }
        Path manuscript = into.toAbsolutePath().normalize().getParent();
        Path rulesPath = rulesFile != null ? rulesFile : into.resolveSibling("rules.yaml");
        Rules rules = RulesLoader.load(rulesPath);
        Importer importer = new Importer(rules);

        // the works the citations list (their bibliography, read by their feature), which a citation that replaced a
        // parenthetical reference is compared with
        Bibliography bibliography = manuscript == null ? null : Bibliography.of(Builders.features().works(manuscript));
        List<CleanResult> results = new ArrayList<>();
        List<List<Diagnostic>> fidelity = new ArrayList<>();
        int written = 0;
        for (Path source : sources) {
            String name = source.toString();
            CaptureReader.Capture capture = CaptureReader.read(source, name);
            String essayId = id != null ? id : rules.sourceIds().get(source.getFileName().toString());
            if (essayId == null) {
                throw UserError.at(name, 0, "IM022", "no essay id for this capture: add it under 'sources:' in "
                        + rulesPath + " or pass --id");
            }
            CleanResult result = importer.clean(capture, sourceRef(manuscript, source));
            results.add(result);
            for (Diagnostic d : result.warnings()) err.println(d.format());
            Path target = into.resolve(essayId + ".md");
            if (write(target, result.markdown(), out, err)) written++;
            // The essay now on disk: the new import, or the editor's version that was kept.
            fidelity.add(FidelityCheck.compare(result, Files.readString(target, StandardCharsets.UTF_8), target.toString(),
                    bibliography));
        }
        CleanupReport.write(report, results, fidelity);
        out.println("cleanup report: " + report + " (and " + CleanupReport.htmlTwin(report) + ")");
        out.println(written + " essay(s) written, " + (sources.size() - written) + " left as they were");
        return 0;
    }

    /** Writes the essay unless an existing one would be overwritten without --force. */
    private boolean write(Path target, String markdown, PrintWriter out, PrintWriter err) throws IOException {
        if (Files.exists(target)) {
            String old = Files.readString(target, StandardCharsets.UTF_8);
            if (old.equals(markdown)) {
                out.println(target + ": unchanged");
                return false;
            }
            if (!force) {
                err.println(Diagnostic.warning(target.toString(), 0, "IM023",
                        "exists and differs from the new import; not overwritten (use --force to replace it)").format());
                return false;
            }
            Path kept = report.resolveSibling("replaced").resolve(target.getFileName());
            Files.createDirectories(kept.getParent());
            Files.writeString(kept, old, StandardCharsets.UTF_8);
            out.println(target + ": replaced (" + differingLines(old, markdown) + "); the previous text is kept in " + kept);
        } else {
            out.println(target + ": written");
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, markdown, StandardCharsets.UTF_8);
        return true;
    }

    private static String differingLines(String old, String now) {
        String[] a = old.split("\n", -1);
        String[] b = now.split("\n", -1);
        int first = -1;
        int differing = Math.abs(a.length - b.length);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                differing++;
                if (first < 0) first = i + 1;
            }
        }
        if (first < 0) first = Math.min(a.length, b.length) + 1;
        return differing + " line(s) differed, the first at line " + first;
    }

    private static String sourceRef(Path manuscript, Path source) {
        Path abs = source.toAbsolutePath().normalize();
        if (manuscript != null && abs.startsWith(manuscript)) return manuscript.relativize(abs).toString().replace('\\', '/');
        return abs.toString();
    }
}
