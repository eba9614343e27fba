package press.reader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import press.reader.diagnostics.Diagnostic;
import press.reader.publish.BookBuilder;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the book: print PDF and EPUB 3 from the manuscript folder into the output folder.")
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--manuscript", paramLabel = "DIR", description = "manuscript folder (default: ${DEFAULT-VALUE})",
            defaultValue = "manuscript")
    Path manuscript;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})",
            defaultValue = "output")
    Path out;

    @Option(names = "--format", paramLabel = "FORMATS", split = ",", description = "any of pdf (print), screen (tagged PDF/UA), epub (default: ${DEFAULT-VALUE})",
            defaultValue = "pdf,screen,epub")
    List<String> formats;

    @Option(names = "--styles", paramLabel = "DIR", description = "styles folder (default: ./styles, else the bundled styles)")
    Path styles;

    @Option(names = "--quiet", description = "print only warnings and errors")
    boolean quiet;

    @Override
    public Integer call() {
        Set<String> wanted = new LinkedHashSet<>();
        for (String f : formats) {
            String v = f.strip().toLowerCase(java.util.Locale.ROOT);
            if (!v.equals("pdf") && !v.equals("epub") && !v.equals("screen")) {
                throw new ParameterException(spec.commandLine(), "unknown format '" + f + "' (use pdf, screen, epub)");
            }
            wanted.add(v);
        }
        if (wanted.contains("screen") && !wanted.contains("pdf")) {
            throw new ParameterException(spec.commandLine(), "the screen PDF is made from the print layout: add pdf to --format");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        BookBuilder builder = Builders.create(StylesLocator.locate(styles));
        BuildResult r = builder.build(new BuildRequest(manuscript, out, wanted, epoch(manuscript)));
        for (Diagnostic d : r.diagnostics()) err.println(d.format());
        if (!quiet) {
            for (Path p : r.outputs()) stdout.println("wrote " + p);
            if (!r.fopWarnings().isEmpty()) {
                stdout.println("FOP reported " + r.fopWarnings().size() + " warning(s); first: " + r.fopWarnings().get(0));
            }
            stdout.printf("%d pages (%d layout passes), %d warning(s), %.1f s%n", r.pages(), r.layoutPasses(),
                    r.diagnostics().stream().filter(d -> !d.isError()).count(), r.stageMillis().get("total") / 1000.0);
        }
        return 0;
    }

    /** SOURCE_DATE_EPOCH if set, else the newest modification time in the manuscript folder. */
    static long epoch(Path manuscript) {
        String env = System.getenv("SOURCE_DATE_EPOCH");
        if (env != null && env.matches("\\d+")) return Long.parseLong(env);
        try (Stream<Path> files = Files.walk(manuscript)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().lastModified()).max().orElse(0) / 1000;
        } catch (IOException e) {
            return 0;
        }
    }
}
