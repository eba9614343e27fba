package press.reader.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import press.reader.cli.Builders;
import press.reader.publish.BookBuilder;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;

/**
 * A measuring driver (not a test: times depend on the machine): in one JVM with one {@link BookBuilder}, as
 * {@code watch} runs, the benchmark's one-paragraph edit ({@link ParagraphEdit})
 * followed by a print-PDF-only rebuild, repeated; prints each rebuild's time and the median, on the real book and on
 * a synthetic book {@code factor} times its size. Run with the test class path:
 * {@code java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) press.reader.bench.WarmPdfEditLoop 1 3 5}
 * (factors…, then the runs as the last argument; {@code whole} first: the whole-book layout, for comparison).
 */
public final class WarmPdfEditLoop {
    public static void main(String[] args) throws Exception {
        TimedEdits.inWorkFolder("warm-pdf-edit", work -> run(args, work));
    }

    private static void run(String[] args, Path work) throws Exception {
        int runs = Integer.parseInt(args[args.length - 1]);
        boolean whole = args[0].equals("whole");
        if (whole) args = Arrays.copyOfRange(args, 1, args.length);
        var workshop = Builders.workshop(Path.of("styles"));
        if (whole) {
            var m = workshop.getClass().getDeclaredMethod("layOutWhole");
            m.setAccessible(true);
            m.invoke(workshop);
        }
        BookBuilder builder = new BookBuilder(workshop);
        long epoch = 1767225600L;
        for (int a = 0; a < args.length - 1; a++) {
            int factor = Integer.parseInt(args[a]);
            Path ms = SyntheticManuscript.generate(Path.of("manuscript"), factor, work.resolve("x" + factor));
            Path out = work.resolve("out" + factor);
            ParagraphEdit edit = new ParagraphEdit(ms.resolve("essays/weissman.md"));
            BuildResult first = builder.build(new BuildRequest(ms, out, Set.of("pdf"), epoch));
            System.out.println(factor + "x first build: " + first.totalMillis() + " ms, " + first.pages() + " pages");
            TimedEdits edits = new TimedEdits(factor, 2);
            List<Long> pdfTimes = new ArrayList<>();
            for (int i = 0; i < runs + 2; i++) {
                edit.emphasise(i);
                BuildResult r = edits.time(i, () -> builder.build(new BuildRequest(ms, out, Set.of("pdf"), epoch)),
                        b -> b.pages() + " pages, passes " + b.layoutPasses() + (whole ? "" : ", sequences laid out so far "
                                + workshop.chapterLayouts().layouts() + ", from cache " + workshop.chapterLayouts().hits()
                                + ", divisions' XSL-FO kept so far " + workshop.chapterLayouts().divisionsKept())
                                + ", " + b.timings());
                if (edits.timed(i)) pdfTimes.add(r.timing("pdf").orElseThrow().millis());
            }
            edits.finish();
            System.out.println(factor + "x " + (whole ? "whole book" : "by chapter") + ", " + edits.medians()
                    + "; pdf stage " + TimedEdits.median(pdfTimes));
        }
    }
}
