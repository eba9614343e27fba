package press.reader.watch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.UserError;
import press.reader.publish.BookBuilder;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.publish.Timing;

/**
 * Rebuilds the book with one long-lived {@link BookBuilder}, so its workshop (compiled stylesheets, the FOP factory
 * and its fonts, the fidelity results) stays warm between saves. A failed build is reported (each diagnostic in the compiler format) and changes nothing
 * on disk: the builder stages its outputs and commits them only when the whole build succeeded.
 */
public final class Rebuilder {
    /** What one rebuild did. {@code result} is null and {@code errors} non-empty when it failed. */
    public record Outcome(boolean ok, long millis, BuildResult result, List<Diagnostic> errors) {}

    private final Supplier<BookBuilder> builders;
    private final Path manuscript;
    private final Path out;
    private final Set<String> formats;
    private final LongSupplier epoch;
    private final Path stylesDir;
    private final PrintWriter stdout;
    private final PrintWriter stderr;
    private BookBuilder builder;

    /**
     * @param builders  makes a builder; called once, and again only when the FOP configuration or fonts change
     *                  (the FOP factory reads them once)
     * @param epoch     the build time (SOURCE_DATE_EPOCH), asked again before every build
     * @param stylesDir the styles folder, to recognise changes that need a fresh builder; may be null
     */
    public Rebuilder(Supplier<BookBuilder> builders, Path manuscript, Path out, Set<String> formats, LongSupplier epoch,
                     Path stylesDir, PrintWriter stdout, PrintWriter stderr) {
        this.builders = builders;
        this.manuscript = manuscript;
        this.out = out;
        this.formats = Set.copyOf(formats);
        this.epoch = epoch;
        this.stylesDir = stylesDir == null ? null : stylesDir.toAbsolutePath().normalize();
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Builds for the first time. */
    public Outcome buildFirst() {
        return build("first build");
    }

    /** Rebuilds after {@code changed} paths changed, and says which. */
    public Outcome rebuild(Set<Path> changed) {
        if (changed.stream().anyMatch(this::needsFreshBuilder)) builder = null;
        return build("changed " + describe(changed));
    }

    private Outcome build(String why) {
        stdout.println(why + ": building " + String.join(", ", formats) + " ...");
        stdout.flush();
        long t0 = System.nanoTime();
        try {
            if (builder == null) builder = builders.get();
            BuildResult r = builder.build(new BuildRequest(manuscript, out, formats, epoch.getAsLong()));
            long millis = (System.nanoTime() - t0) / 1_000_000;
            for (Diagnostic d : r.diagnostics()) stderr.println(d.format());
            stdout.println("rebuilt " + names(r.outputs()) + (r.pages() > 0 ? " (" + r.pages() + " pages)" : "")
                    + " in " + seconds(millis) + stages(r.timings()));
            return new Outcome(true, millis, r, List.of());
        } catch (UserError e) {
            long millis = (System.nanoTime() - t0) / 1_000_000;
            for (Diagnostic d : e.diagnostics()) stderr.println(d.format());
            long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
            stderr.println("build failed (" + errors + " error(s), " + seconds(millis)
                    + "); the last good outputs are kept. Fix and save to rebuild.");
            return new Outcome(false, millis, null, e.diagnostics());
        } catch (RuntimeException e) {
            // A bug in the tool, not in the manuscript: say so, keep watching; the next save may get past it.
            long millis = (System.nanoTime() - t0) / 1_000_000;
            stderr.println("internal error: " + e + "; the last good outputs are kept");
            if (System.getenv("BOOKPRESS_DEBUG") != null) e.printStackTrace(stderr);
            return new Outcome(false, millis, null, List.of(Diagnostic.error("", 0, "BP900", "internal error: " + e)));
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    /** FOP reads fop.xconf and the fonts once per builder; stylesheets are recompiled by the builder itself. */
    private boolean needsFreshBuilder(Path changed) {
        if (stylesDir == null) return false;
        Path p = changed.toAbsolutePath().normalize();
        return p.startsWith(stylesDir) && (p.getFileName().toString().endsWith(".xconf") || p.startsWith(stylesDir.resolve("fonts")));
    }

    private String describe(Set<Path> changed) {
        List<String> names = changed.stream().map(this::relative).toList();
        if (names.size() <= 3) return String.join(", ", names);
        return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    private String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path ms = manuscript.toAbsolutePath().normalize();
        if (abs.equals(ms)) return "the manuscript folder";
        if (abs.startsWith(ms)) return ms.relativize(abs).toString();
        if (stylesDir != null && abs.startsWith(stylesDir)) return "styles/" + stylesDir.relativize(abs);
        return p.toString();
    }

    private static String names(List<Path> outputs) {
        List<String> shown = outputs.stream().map(p -> p.getFileName().toString())
                .filter(n -> !n.endsWith(".xml")).toList();
        return shown.isEmpty() ? "nothing" : String.join(", ", shown);
    }

    private static String stages(List<Timing> timings) {
        StringBuilder sb = new StringBuilder();
        for (Timing t : timings) {
            sb.append(sb.length() == 0 ? " (" : ", ").append(t.label()).append(' ').append(seconds(t.millis()));
        }
        return sb.length() == 0 ? "" : sb.append(')').toString();
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
