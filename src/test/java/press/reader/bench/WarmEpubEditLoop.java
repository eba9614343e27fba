package press.reader.bench;

import java.nio.file.Path;
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
        TimedEdits.inWorkFolder("warm-epub-edit", work -> run(args, work));
    }

    private static void run(String[] args, Path work) throws Exception {
        int runs = Integer.parseInt(args[args.length - 1]);
        BookBuilder builder = Builders.create(Path.of("styles"));
        long epoch = 1767225600L;
        for (int a = 0; a < args.length - 1; a++) {
            int factor = Integer.parseInt(args[a]);
            Path ms = SyntheticManuscript.generate(Path.of("manuscript"), factor, work.resolve("x" + factor));
            Path out = work.resolve("out" + factor);
            ParagraphEdit edit = new ParagraphEdit(ms.resolve(Benchmark.EDITED_ESSAY));
            BuildResult first = builder.build(new BuildRequest(ms, out, Set.of("epub"), epoch));
            System.out.println(factor + "x first build: " + first.totalMillis() + " ms");
            int warmups = Integer.getInteger("warmups", 3);
            TimedEdits edits = new TimedEdits(factor, warmups);
            for (int i = 0; i < runs + warmups; i++) {
                edit.emphasise(i);
                edits.time(i, () -> builder.build(new BuildRequest(ms, out, Set.of("epub"), epoch)),
                        r -> r.timings().toString());
            }
            edits.finish();
            System.out.println(factor + "x EPUB after an edit, " + edits.medians());
        }
    }
}
