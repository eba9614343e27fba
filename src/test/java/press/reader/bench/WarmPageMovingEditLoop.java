package press.reader.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import press.reader.cli.Builders;
import press.reader.publish.BookBuilder;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;

/**
 * A measuring driver (not a test: times depend on the machine): in one JVM with one {@link BookBuilder}, as
 * {@code watch} runs, an edit that moves pages followed by a print-PDF-only rebuild, repeated, on a synthetic book
 * {@code factor} times the real one: sentences added to the editor's headnote of Weissman's essay (one to four, the
 * headnote put back between), so that lines, anchors and often a page move, the index, the chronology and the
 * references to the moved pages with them, and the layout takes a second pass. {@link WarmPdfEditLoop}'s edit (a word
 * emphasised) seldom moves a page. Run with the test class path:
 * {@code java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) press.reader.bench.WarmPageMovingEditLoop 3 8}
 * (the factor, then the timed runs).
 */
public final class WarmPageMovingEditLoop {
    private static final String SENTENCE = " This added sentence runs on for a while, long enough to fill most of two"
            + " lines of the printed page, and then some more words.";

    public static void main(String[] args) throws Exception {
        TimedEdits.inWorkFolder("warm-page-moving-edit", work -> run(Integer.parseInt(args[0]),
                Integer.parseInt(args[1]), work));
    }

    private static void run(int factor, int runs, Path work) throws Exception {
        var workshop = Builders.workshop(Path.of("styles"));
        BookBuilder builder = new BookBuilder(workshop);
        long epoch = 1767225600L;
        Path ms = SyntheticManuscript.generate(Path.of("manuscript"), factor, work.resolve("x" + factor));
        Path headnote = ms.resolve("headnotes/weissman.md");
        String original = Files.readString(headnote, StandardCharsets.UTF_8);
        String anchor = "fullest apparatus of its own";
        if (!original.contains(anchor)) throw new IllegalStateException(headnote + " no longer says: " + anchor);
        Path out = work.resolve("out" + factor);
        BuildResult first = builder.build(new BuildRequest(ms, out, Set.of("pdf"), epoch));
        System.out.println(factor + "x first build: " + first.totalMillis() + " ms, " + first.pages() + " pages");
        TimedEdits edits = new TimedEdits(factor, 2);
        for (int i = 0; i < runs + 2; i++) {
            String edited = i % 2 == 1 ? original
                    : original.replace(anchor, anchor + "." + SENTENCE.repeat(1 + i % 4) + " It has");
            Files.writeString(headnote, edited, StandardCharsets.UTF_8);
            edits.time(i, () -> builder.build(new BuildRequest(ms, out, Set.of("pdf"), epoch)),
                    b -> b.pages() + " pages, passes " + b.layoutPasses() + ", sequences laid out so far "
                            + workshop.chapterLayouts().layouts() + ", divisions' XSL-FO kept so far "
                            + workshop.chapterLayouts().divisionsKept() + ", of them across a moved page "
                            + workshop.chapterLayouts().keptAcrossMoves());
        }
        edits.finish();
        System.out.println(factor + "x, a page-moving edit, " + edits.medians());
    }
}
