package press.reader.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class in a fresh JVM with this program's class path, and times it from the outside. */
final class ChildJvm {
    /**
     * What the child printed (stdout and stderr together), its exit code, its wall-clock time and its CPU time (user
     * and system, its own children included; -1 where /usr/bin/time is not installed).
     */
    record Run(int exit, long millis, String output, boolean timedOut, long cpuMillis) {}

    private static final Path TIME = Path.of("/usr/bin/time");

    private final String classPath = classPath();

    Run run(List<String> jvmOptions, String mainClass, List<String> args, Path log, long timeoutMinutes)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(args);
        return command(cmd, log, timeoutMinutes);
    }

    /** Runs any command (a launcher script, pandoc), timed from outside as {@link #run} times a JVM. */
    Run command(List<String> command, Path log, long timeoutMinutes) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Path times = Path.of(log + ".time");
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(TIME)) cmd.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", times.toString()));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        boolean done = p.waitFor(timeoutMinutes, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String out = Files.readString(log, StandardCharsets.UTF_8);
        long cpu = -1;
        if (done && Files.isRegularFile(times)) {
            String[] t = Files.readString(times, StandardCharsets.UTF_8).strip().split("\\s+");
            String[] last = t.length >= 2 ? new String[] {t[t.length - 2], t[t.length - 1]} : null;
            if (last != null) cpu = Math.round((Double.parseDouble(last[0]) + Double.parseDouble(last[1])) * 1000);
        }
        return new Run(done ? p.exitValue() : -1, millis, out, !done, cpu);
    }

    /**
     * The class path of this program. Under {@code mvn exec:java} the project's classes are in a class loader of
     * their own and java.class.path is Maven's, so the loader's URLs are used when there are any.
     */
    static String classPath() {
        String given = System.getProperty("bench.classpath");
        if (given != null && !given.isBlank()) return given;
        if (ChildJvm.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            List<String> parts = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    parts.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    parts.add(url.getPath());
                }
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }
}
