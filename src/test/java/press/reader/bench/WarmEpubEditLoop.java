package press.reader.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import press.reader.cli.Builders;
import press.reader.publish.BookBuilder;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;

/**
 * A measuring driver (not a test: times depend on the machine): in one JVM with one {@link BookBuilder}, as
 * {@code watch} runs, the benchmark's one-paragraph edit ({@link ParagraphEdit}) followed by an EPUB-only rebuild,
 * repeated; prints each rebuild's time and stages and the median, on the real book and on a synthetic book
 * {@code factor} times its size. Run with the test class path:
 * {@code java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) press.reader.bench.WarmEpubEditLoop 1 3 5}
 * (factors…, then the runs as the last argument).
 */
public final class WarmEpubEditLoop {
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[args.length - 1]);
        Path work = Files.createTempDirectory("warm-epub-edit");
        BookBuilder builder = Builders.create(Path.of("styles"));
        long epoch = 1767225600L;
        for (int a = 0; a < args.length - 1; a++) {
            int factor = Integer.parseInt(args[a]);
            Path ms = SyntheticManuscript.generate(Path.of("manuscript"), factor, work.resolve("x" + factor));
            Path out = work.resolve("out" + factor);
            ParagraphEdit edit = new ParagraphEdit(ms.resolve(Benchmark.EDITED_ESSAY));
            BuildResult first = builder.build(new BuildRequest(ms, out, Set.of("epub"), epoch));
            System.out.println(factor + "x first build: " + first.totalMillis() + " ms");
            List<Long> times = new ArrayList<>();
            List<Long> cpus = new ArrayList<>();
            int warmups = Integer.getInteger("warmups", 3);
            jdk.jfr.Recording recording = null;
            for (int i = 0; i < runs + warmups; i++) {
                if (i == warmups && System.getProperty("jfr") != null) {
                    // a profile of the timed rebuilds only (-Djfr=file.jfr), not of the first build and warm-ups
                    recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                    recording.start();
                }
                edit.emphasise(i);
                long c0 = MeasuredBuild.cpuMillis();
                long t0 = System.nanoTime();
                BuildResult r = builder.build(new BuildRequest(ms, out, Set.of("epub"), epoch));
                long ms1 = (System.nanoTime() - t0) / 1_000_000;
                long cpu = MeasuredBuild.cpuMillis() - c0;
                System.out.println(factor + "x edit " + i + (i < warmups ? " (warm-up)" : "") + ": " + ms1 + " ms (cpu " + cpu + " ms), "
                        + r.timings());
                if (i >= warmups) {
                    times.add(ms1);
                    cpus.add(cpu);
                }
            }
            if (recording != null) {
                recording.dump(Path.of(System.getProperty("jfr").replace("%x", Integer.toString(factor))));
                recording.close();
            }
            Collections.sort(times);
            Collections.sort(cpus);
            System.out.println(factor + "x EPUB after an edit, median of " + times.size() + ": "
                    + times.get(times.size() / 2) + " ms " + times + "; cpu " + cpus.get(cpus.size() / 2) + " ms " + cpus);
        }
    }
}
