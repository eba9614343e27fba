package press.reader.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import press.reader.publish.KeptDigests;

/**
 * {@code java -jar bookpress.jar build} as it comes, with the JVM's defaults, ran a cold build of the real book in
 * twice the launcher's time (30.2 against 13.9 s, README "Benchmark", 2026-12-03): the optimising compiler busy from
 * start to end, the garbage collector's threads, no class-data archive. So the jar, started with none of the JVM's
 * tuning options, starts itself again as {@code bin/bookpress} does: the same flags ({@link ArchivedJvm#flagsFor}:
 * quick for one-shot commands, the optimising compiler kept for watch and serve), the archive made at package time
 * when it is newer than the jar, the fonts' digests kept beside it; the options the user gave (-Xmx, -D…) follow, so
 * theirs win. The first JVM only waits and passes the exit code on.
 *
 * <p>Never when the user chose the JVM's tuning (any {@code -XX:} option, {@code -Xshare}, {@code -Xint}: the
 * launcher's own command has them), when the class path is not one jar (the tests, Maven), in the second JVM itself
 * or the launcher's ({@value #LAUNCHED}), or with {@code -D}{@value #OFF}{@code =false}.
 */
final class JarRelaunch {
    /** Set in the second JVM: it never starts a third. */
    static final String LAUNCHED = "bookpress.launched";
    /** {@code -Dbookpress.relaunch=false}: the command runs in the JVM as started. */
    static final String OFF = "bookpress.relaunch";

    private final Path java;
    private final Path jar;
    private final List<String> userOptions;

    JarRelaunch(Path java, Path jar, List<String> userOptions) {
        this.java = java;
        this.jar = jar.toAbsolutePath();
        this.userOptions = List.copyOf(userOptions);
    }

    /** Runs {@code args} in a second, tuned JVM and returns its exit code; empty when this JVM should run them. */
    static OptionalInt runTuned(String[] args) {
        if (System.getProperty(LAUNCHED) != null || "false".equalsIgnoreCase(System.getProperty(OFF))) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = onlyJar(System.getProperty("java.class.path", ""));
        if (jar.isEmpty()) return OptionalInt.empty();
        // only now the JVM's options (JMX's classes: some tens of milliseconds that the launcher's JVM is spared)
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (tunedByUser(options) || !Files.isExecutable(java)) return OptionalInt.empty();
        try {
            return OptionalInt.of(new JarRelaunch(java, jar.get(), options).run(args));
        } catch (IOException e) {
            return OptionalInt.empty();   // no second JVM could be started: this one runs the command
        }
    }

    /** The class path's one jar, or empty (a folder, several entries: not the runnable jar). */
    static Optional<Path> onlyJar(String classPath) {
        if (classPath.isBlank() || classPath.contains(File.pathSeparator)) return Optional.empty();
        Path p = Path.of(classPath);
        return p.getFileName() != null && p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)
                ? Optional.of(p) : Optional.empty();
    }

    /** Whether the JVM was started with options that tune it: those are the user's (or the launcher's) choice. */
    static boolean tunedByUser(List<String> options) {
        return options.stream().anyMatch(o -> o.startsWith("-XX:") || o.startsWith("-Xshare") || o.equals("-Xint")
                || o.equals("-Xcomp") || o.startsWith("-agent") || o.startsWith("-javaagent"));
    }

    int run(String[] args) throws IOException {
        Process child = new ProcessBuilder(command(args)).inheritIO().start();
        return ArchivedJvm.waitFor(child);
    }

    /** The second JVM's command: bin/bookpress's for the same jar, then the user's options. */
    List<String> command(String[] args) {
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(ArchivedJvm.flagsFor(args));
        String base = jar.toString().replaceFirst("\\.jar$", "");
        Path archive = Path.of(base + ".jsa");
        if (newer(archive, jar)) {
            // the archive knows the jar by the absolute path it was made with, as the launcher passes it
            cmd.add("-XX:SharedArchiveFile=" + archive);
            cmd.addAll(ArchivedJvm.QUIET);
        }
        cmd.add("-D" + KeptDigests.PROPERTY + "=" + base + ".digests");
        cmd.addAll(userOptions);
        cmd.add("-D" + LAUNCHED + "=true");
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static boolean newer(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
