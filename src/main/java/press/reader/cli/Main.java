package press.reader.cli;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import press.reader.publish.BookBuilder;
import press.reader.publish.Workshop;

/** Entry point: one verb per command, as picocli subcommands. */
@Command(name = "bookpress", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds an annotated reader (print PDF and EPUB 3) from a manuscript folder.",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, ImportCommand.class, ProofCommand.class,
                WatchCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where `build` and `check` get the warm parts for a styles folder. */
    private final Function<Path, Workshop> workshops;

    /** Whether each command makes its own workshops (a run of the tool), rather than sharing the caller's. */
    private final boolean ownWorkshops;

    private Main(Function<Path, Workshop> workshops, boolean ownWorkshops) {
        this.workshops = workshops;
        this.ownWorkshops = ownWorkshops;
    }

    /**
     * FontBox (PDFBox's font parser, reading the fallback faces' coverage and completing their CIDSets) logs through
     * java.util.logging when the jar carries no other logger: "Format 14 cmap table is not supported" for Noto's
     * variation-sequence table, which neither use. A user's terminal shows the book's located diagnostics only.
     * Held here because java.util.logging keeps its loggers weakly: a level set on a dropped logger is lost.
     */
    private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");

    public static void main(String[] args) {
        // mvn exec:java (the README command) asks for a JVM of the tool's own: Maven's has no class-data archive
        if (Boolean.getBoolean(ArchivedJvm.FORK)) {
            OptionalInt forked = ArchivedJvm.runForked(args);
            if (forked.isPresent()) System.exit(forked.getAsInt());
        }
        // java -jar as it comes (the JVM's defaults): the jar starts itself again as bin/bookpress starts it
        OptionalInt tuned = JarRelaunch.runTuned(args);
        if (tuned.isPresent()) System.exit(tuned.getAsInt());
        FONTBOX.setLevel(Level.SEVERE);
        int code = run(args);
        ArchivedJvm.recordExit(code);
        System.exit(code);
    }

    /** Runs the command line and returns the exit code (used by tests, which must not exit the JVM). */
    public static int run(String... args) {
        return run(Builders::workshop, true, args);
    }

    /**
     * Runs the command line with the warm parts from {@code workshops}: a run of the tool makes its own, the tests
     * pass the ones they share (compiled stylesheets, fonts, the citation processor), as a warm process would.
     */
    public static int run(Function<Path, Workshop> workshops, String... args) {
        return run(workshops, false, args);
    }

    private static int run(Function<Path, Workshop> workshops, boolean ownWorkshops, String... args) {
        CommandLine cl = new CommandLine(new Main(workshops, ownWorkshops));
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("error: the build ran out of memory; give Java more (for example MAVEN_OPTS=-Xmx2g, or java -Xmx2g -jar ...)");
            return UserErrorHandler.INTERNAL_ERROR;
        } catch (StackOverflowError e) {
            System.err.println("internal error: too deeply nested input (stack overflow); please report the manuscript that caused it");
            return UserErrorHandler.INTERNAL_ERROR;
        }
    }

    /** A builder of its own (its own memory of earlier layouts) over the warm parts for {@code styles}. */
    BookBuilder builder(Path styles) {
        return new BookBuilder(workshops.apply(styles));
    }

    /**
     * A builder for the one build this run makes: when the run made its workshop itself, nothing is kept for a
     * later build ({@link Workshop#buildsOnce}); a caller's shared workshop keeps what it keeps.
     */
    BookBuilder builderForOneBuild(Path styles) {
        BookBuilder builder = builder(styles);
        if (ownWorkshops) builder.workshop().buildsOnce();
        return builder;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'build' or --help");
    }
}
