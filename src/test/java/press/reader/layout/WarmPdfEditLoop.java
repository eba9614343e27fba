package press.reader.layout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.reader.bench.SyntheticManuscript;
import press.reader.cli.Builders;
import press.reader.publish.BookBuilder;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;

/**
 * A measuring driver (not a test: times depend on the machine): in one JVM with one {@link BookBuilder}, as
 * {@code watch} runs, a one-paragraph edit (one word put in italics in the longest plain paragraph of an essay)
 * followed by a print-PDF-only rebuild, repeated; prints each rebuild's time and the median, on the real book and on
 * a synthetic book {@code factor} times its size. Run with the test class path:
 * {@code java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) press.reader.layout.WarmPdfEditLoop 1 3 5}
 * (factors…, then the runs as the last argument; {@code whole} first: the whole-book layout, for comparison).
 */
public final class WarmPdfEditLoop {
    private static final Pattern PLAIN_WORD = Pattern.compile("(?<= )[A-Za-z]{6,}(?= )");

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[args.length - 1]);
        boolean whole = args[0].equals("whole");
        if (whole) args = java.util.Arrays.copyOfRange(args, 1, args.length);
        Path work = Files.createTempDirectory("warm-pdf-edit");
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
            Path essay = ms.resolve("essays/weissman.md");
            String original = Files.readString(essay, StandardCharsets.UTF_8);
            int[] para = longestPlainParagraph(original);
            List<int[]> words = new ArrayList<>();
            Matcher m = PLAIN_WORD.matcher(original.substring(para[0], para[1]));
            while (m.find()) words.add(new int[] {para[0] + m.start(), para[0] + m.end()});
            BuildResult first = builder.build(new BuildRequest(ms, out, Set.of("pdf"), epoch));
            System.out.println(factor + "x first build: " + first.totalMillis() + " ms, " + first.pages() + " pages");
            List<Long> times = new ArrayList<>();
            List<Long> pdfTimes = new ArrayList<>();
            for (int i = 0; i < runs + 2; i++) {
                int[] w = words.get(i % words.size());
                Files.writeString(essay, original.substring(0, w[0]) + "*" + original.substring(w[0], w[1]) + "*"
                        + original.substring(w[1]), StandardCharsets.UTF_8);
                long t0 = System.nanoTime();
                BuildResult r = builder.build(new BuildRequest(ms, out, Set.of("pdf"), epoch));
                long ms1 = (System.nanoTime() - t0) / 1_000_000;
                System.out.println(factor + "x edit " + i + (i < 2 ? " (warm-up)" : "") + ": " + ms1 + " ms, "
                        + r.pages() + " pages, passes " + r.layoutPasses() + (whole ? "" : ", sequences laid out so far "
                        + workshop.chapterLayouts().layouts() + ", from cache " + workshop.chapterLayouts().hits()) + ", "
                        + r.timings());
                if (i >= 2) {
                    times.add(ms1);
                    pdfTimes.add(r.timing("pdf").orElseThrow().millis());
                }
            }
            Collections.sort(times);
            Collections.sort(pdfTimes);
            System.out.println(factor + "x " + (whole ? "whole book" : "by chapter") + ", median of " + times.size() + ": "
                    + times.get(times.size() / 2) + " ms " + times + "; pdf stage " + pdfTimes.get(pdfTimes.size() / 2)
                    + " ms " + pdfTimes);
        }
    }

    private static int[] longestPlainParagraph(String text) {
        int bodyStart = text.indexOf("\n---", 4) + 4;
        int best = -1;
        int bestLength = 0;
        int pos = bodyStart;
        for (String line : text.substring(bodyStart).split("\n", -1)) {
            boolean plain = !line.isBlank() && Character.isLetter(line.charAt(0)) && !line.contains("[^")
                    && !line.contains("[@");
            if (plain && line.length() > bestLength) {
                best = pos;
                bestLength = line.length();
            }
            pos += line.length() + 1;
        }
        return new int[] {best, best + bestLength};
    }
}
