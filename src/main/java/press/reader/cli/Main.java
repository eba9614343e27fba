package press.reader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: one verb per command, as picocli subcommands. */
@Command(name = "bookpress", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds an annotated reader (print PDF and EPUB 3) from a manuscript folder.",
        subcommands = {BuildCommand.class, CheckCommand.class, ImportCommand.class, ProofCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args);
        System.exit(code);
    }

    /** Runs the command line and returns the exit code (used by tests, which must not exit the JVM). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'build' or --help");
    }
}
