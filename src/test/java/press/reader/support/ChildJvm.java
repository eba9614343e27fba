package press.reader.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts a child JVM for a test (a build to kill, a lock to hold, a build in another locale): this
 * JVM's java and class path, with the flags {@code bin/bookpress} gives a one-shot build (the C1 compiler alone, the
 * serial collector), so that a short child does not spend its time, and the other core, on the optimising compiler
 * and a parallel collector's threads.
 */
public final class ChildJvm {
    private static final String TRANSFORMER_FACTORY = "javax.xml.transform.TransformerFactory";

    private ChildJvm() {}

    /** {@code java <flags> <options> -cp <this class path> <mainClass> <args>}; the test is skipped without a class path. */
    public static List<String> command(List<String> options, String mainClass, String... args) {
        String classPath = System.getProperty("java.class.path");
        assumeTrue(classPath.contains(File.pathSeparator) || classPath.endsWith(".jar"), "no usable class path");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        // the XSLT factory named as the test JVM names it (the pom's argLine): the service lookup, repeated for every
        // SVG FOP draws, re-checks the signature of Saxon's jar each time
        String factory = System.getProperty(TRANSFORMER_FACTORY);
        if (factory != null) cmd.add("-D" + TRANSFORMER_FACTORY + "=" + factory);
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", classPath, mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The command line of bookpress ({@code press.reader.cli.Main}) in a child JVM. */
    public static List<String> bookpress(List<String> options, String... args) {
        return command(options, "press.reader.cli.Main", args);
    }
}
