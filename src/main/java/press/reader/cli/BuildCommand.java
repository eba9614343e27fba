package press.reader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.UserError;
import press.reader.publish.BookBuilder;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.publish.Timing;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the book: print PDF and EPUB 3 from the manuscript folder into the output folder.")
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    BookOptions book;

    @Mixin
    BookOptions.Outputs outputs;

    @Option(names = "--quiet", description = "print only warnings and errors")
    boolean quiet;

    @Option(names = "--verbose", description = "print every message of FOP, not only a summary")
    boolean verbose;

    @Override
    public Integer call() {
        Set<String> wanted = outputs.formats(spec.commandLine());
        Path manuscript = book.manuscript;
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        BookBuilder builder = main.builderForOneBuild(book.stylesDir());
        // Progress by stage on a terminal; nothing when quiet or when the output goes to a file or a pipe.
        boolean showProgress = !quiet && System.console() != null;
        long start = System.nanoTime();
        BuildResult r = builder.build(new BuildRequest(manuscript, outputs.out, wanted, epoch(manuscript, outputs.out), stage -> {
            if (showProgress) err.printf("[%5.1f s] %s%n", (System.nanoTime() - start) / 1e9, stage);
            err.flush();
        }));
        for (Diagnostic d : UserErrorHandler.shown(r.diagnostics())) err.println(d.format());
        if (verbose) {
            for (String w : r.fopWarnings()) err.println("FOP: " + w);
        }
        if (!quiet) {
            for (Path p : r.outputs()) stdout.println("wrote " + p);
            if (!r.fopWarnings().isEmpty() && !verbose) {
                stdout.println("FOP reported " + r.fopWarnings().size() + " warning(s) (--verbose shows them); first: "
                        + r.fopWarnings().get(0));
            }
            stdout.println(summary(r));
        }
        return 0;
    }

    static String summary(BuildResult r) {
        StringBuilder times = new StringBuilder();
        for (Timing t : r.timings()) {
            times.append(times.length() == 0 ? "" : ", ").append(t.label()).append(' ').append(t.millis()).append(" ms");
        }
        String layout = r.pages() == 0 ? "no PDF asked for"
                : r.layoutPasses() == 0 ? "layout unchanged" : r.layoutPasses() + " layout pass" + (r.layoutPasses() > 1 ? "es" : "");
        return String.format("%d pages (%s), %d warning(s), %.1f s [%s]", r.pages(), layout,
                r.diagnostics().stream().filter(d -> !d.isError()).count(), r.totalMillis() / 1000.0, times);
    }

    /** The latest timestamp a PDF's dates can hold (9999-12-31T23:59:59Z): PDF and ISO 8601 dates have four-digit years. */
    static final long MAX_EPOCH = 253_402_300_799L;

    /**
     * SOURCE_DATE_EPOCH if set, else the newest modification time in the manuscript folder, not counting an output
     * folder inside it (its outputs and cache change with every build, which would make every build different).
     */
    static long epoch(Path manuscript, Path out) {
        String env = System.getenv("SOURCE_DATE_EPOCH");
        if (env != null && !env.isBlank()) {
            String v = env.strip();
            if (!v.matches("\\d{1,12}") || Long.parseLong(v) > MAX_EPOCH) {
                throw UserError.at("SOURCE_DATE_EPOCH", 0, "BP307", "SOURCE_DATE_EPOCH must be "
                        + "seconds since 1970 up to " + MAX_EPOCH + " (the end of the year 9999), not '" + v + "'");
            }
            return Long.parseLong(v);
        }
        Path skip = out == null ? null : out.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(manuscript)) {
            return files.filter(p -> skip == null || !p.toAbsolutePath().normalize().startsWith(skip))
                    .filter(Files::isRegularFile).mapToLong(p -> p.toFile().lastModified()).max().orElse(0) / 1000;
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
