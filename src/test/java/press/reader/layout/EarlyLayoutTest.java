package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * The second core's early layouts ({@link EarlyLayout}): the layout takes one made under the fingerprint it finds, and
 * lays out itself a sequence whose guess the second core has not begun (which the second core then leaves), so that
 * two changed sequences are laid out at once instead of one after the other.
 */
class EarlyLayoutTest {
    private final ExecutorService secondCore = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        secondCore.shutdownNow();
    }

    private static FoChapters threeSequences() throws Exception {
        StringBuilder fo = new StringBuilder("<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">"
                + "<fo:layout-master-set><fo:simple-page-master master-name=\"p\"><fo:region-body/>"
                + "</fo:simple-page-master></fo:layout-master-set>");
        for (String id : List.of("a", "b", "c")) {
            fo.append("<fo:page-sequence master-reference=\"p\"><fo:flow flow-name=\"xsl-region-body\"><fo:block id=\"")
                    .append(id).append("\">").append(id).append("</fo:block></fo:flow></fo:page-sequence>");
        }
        FoChapters chapters = new FoChapters();
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.newSAXParser().parse(new InputSource(new StringReader(fo.append("</fo:root>").toString())), chapters);
        return chapters;
    }

    private static final EarlyLayout.Plan PLAN = new EarlyLayout.Plan(List.of(1, 2, 3), List.of(-1, -1, -1),
            List.of(0, 1, 2), List.of(Set.of(), Set.of(), Set.of()), Map.of(), List.of("a", "b", "c"));

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ChapterLayout.Laid laid(int i) {
        return new ChapterLayout.Laid(new byte[] {(byte) i}, Map.of(), 1, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aGuessNotBegunIsTheLayoutsAndTheSecondCoreLeavesIt() throws Exception {
        FoChapters fo = threeSequences();
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch secondGuessed = new CountDownLatch(1);
        List<Integer> guessed = new CopyOnWriteArrayList<>();
        EarlyLayout early = new EarlyLayout(secondCore, PLAN, (frame, s, i, plan, mayLayOut) -> {
            guessed.add(i);
            if (i == 2) {                                         // the second core busy with the last sequence
                begun.countDown();
                await(busy);
            }
            if (i == 1) secondGuessed.countDown();
            return new EarlyLayout.Guess("key" + i, laid(i));
        });
        for (int i = 2; i >= 0; i--) early.cut(fo, i);           // from the last back, as a pass the check wrote
        await(begun);
        assertNull(early.take(0, "key0"), "the first sequence, not begun: the layout lays it out itself");
        busy.countDown();
        ChapterLayout.Laid last = early.take(2, "key2");
        assertEquals(2, last.pdf()[0], "the last sequence, made by the second core under the key found");
        await(secondGuessed);
        assertNull(early.take(1, "another key"), "made under another fingerprint: not taken");
        early.drain();
        assertTrue(!guessed.contains(0), "the second core guessed the sequence the layout took: " + guessed);
        assertEquals(List.of(2, 1), guessed);
    }

    @Test
    void aGuessBegunIsWaitedFor() throws Exception {
        FoChapters fo = threeSequences();
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ChapterLayout.Laid made = laid(0);
        EarlyLayout early = new EarlyLayout(secondCore, PLAN, (frame, s, i, plan, mayLayOut) -> {
            begun.countDown();
            await(release);
            return new EarlyLayout.Guess("key" + i, made);
        });
        early.cut(fo, 0);
        assertTrue(begun.await(10, TimeUnit.SECONDS));
        new Thread(release::countDown).start();
        assertSame(made, early.take(0, "key0"), "begun by the second core: the layout waits for it");
        early.drain();
    }
}
