package press.reader.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import press.reader.publish.BuildResult;

/**
 * The measuring part of the warm edit loops ({@link WarmEpubEditLoop}, {@link WarmPdfEditLoop}): each rebuild's wall
 * and CPU time, the warm-ups left out of the medians, and a profile of the timed rebuilds only when asked
 * ({@code -Djfr=file.jfr}, {@code %x} in the name standing for the book's factor).
 */
final class TimedEdits {
    private final int factor;
    private final int warmups;
    final List<Long> wall = new ArrayList<>();
    final List<Long> cpu = new ArrayList<>();
    /** the CPU time of the rebuild's own thread: near its wall time on a quiet machine when the second core keeps up */
    final List<Long> ownCpu = new ArrayList<>();
    private Recording recording;

    /** What a loop does in its work folder. */
    interface InFolder {
        void run(Path work) throws Exception;
    }

    /** Runs {@code loop} in a new work folder, deleted when it ends: the books' copies and outputs, tens of megabytes. */
    static void inWorkFolder(String prefix, InFolder loop) throws Exception {
        Path work = Files.createTempDirectory(prefix);
        try {
            loop.run(work);
        } finally {
            Benchmark.deleteTree(work);
        }
    }

    TimedEdits(int factor, int warmups) {
        this.factor = factor;
        this.warmups = warmups;
    }

    /** Rebuild {@code i} (the first {@code warmups} untimed), printed with what {@code describe} says of it. */
    BuildResult time(int i, Callable<BuildResult> rebuild, Function<BuildResult, String> describe) throws Exception {
        if (i == warmups && System.getProperty("jfr") != null) {
            recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
        }
        long c0 = MeasuredBuild.cpuMillis();
        long own0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        BuildResult r = rebuild.call();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long cpuMillis = MeasuredBuild.cpuMillis() - c0;
        long ownMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - own0) / 1_000_000;
        boolean warmUp = i < warmups;
        System.out.println(factor + "x edit " + i + (warmUp ? " (warm-up)" : "") + ": " + millis + " ms (cpu " + cpuMillis
                + " ms, its thread " + ownMillis + " ms), " + describe.apply(r));
        if (!warmUp) {
            wall.add(millis);
            cpu.add(cpuMillis);
            ownCpu.add(ownMillis);
        }
        return r;
    }

    /** Whether rebuild {@code i} is timed. */
    boolean timed(int i) {
        return i >= warmups;
    }

    /** Ends the profile, if one was asked for. */
    void finish() throws Exception {
        if (recording == null) return;
        recording.dump(Path.of(System.getProperty("jfr").replace("%x", Integer.toString(factor))));
        recording.close();
    }

    /** "median of n: 300 ms [sorted times]; cpu 400 ms [sorted times]; its thread's cpu 250 ms [sorted times]" */
    String medians() {
        return "median of " + wall.size() + ": " + median(wall) + "; cpu " + median(cpu) + "; its thread's cpu "
                + median(ownCpu);
    }

    /** The median of {@code values} in ms, followed by all of them sorted. */
    static String median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) + " ms " + sorted;
    }
}
