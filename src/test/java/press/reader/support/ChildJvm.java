package press.reader.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
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

    /**
     * The command line of bookpress as a user runs it where the build made the runnable jar before the tests (the pom's
     * jar-smoke profile, which .ci/run uses, names it in {@code test.jar}): {@code java <bin/bookpress's flags but its
     * digests file> <options>
     * -jar bookpress.jar <args>}, its manifest, main class and the service files the shade plugin merged (no XSLT factory
     * named: the lookup finds Saxon's as a user's run does). Elsewhere (the quick loop, a test run by name) there is no
     * jar of this code, and the child runs from the class path ({@link #bookpress}). A jar named but missing fails.
     */
    public static List<String> bookpressAsShipped(List<String> options, String... args) {
        Path jar = shippedJar();
        if (jar == null) return bookpress(options, args);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        cmd.addAll(options);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The runnable jar made before the tests ({@code test.jar}), or null where none was (the property unset or empty). */
    public static Path shippedJar() {
        String named = System.getProperty("test.jar", "");
        if (named.isBlank() || named.startsWith("$")) return null;
        Path jar = Path.of(named);
        if (!Files.isRegularFile(jar)) throw new AssertionError("test.jar names " + jar + ", which the build did not make");
        return jar;
    }
}
