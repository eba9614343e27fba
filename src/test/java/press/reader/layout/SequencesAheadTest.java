package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import press.reader.support.HangGuard;

/**
 * Sequences laid out ahead of their turn: the start numbers the last page map foresees, the other thread working from
 * the end of the book while the caller works from the start, and a layout made for the wrong start never used.
 */
class SequencesAheadTest {
    private static PageMap map(Object... idAndPage) {
        java.util.Map<String, PageMap.Page> pages = new java.util.HashMap<>();
        for (int i = 0; i < idAndPage.length; i += 2) {
            int n = (Integer) idAndPage[i + 1];
            pages.put((String) idAndPage[i], new PageMap.Page(n, Integer.toString(n)));
        }
        return new PageMap(pages);
    }

    @Test
    void startNumbersFollowFromWhereEachSequenceBeganInTheLastMap() {
        // front matter (pages 1-4), a chapter on odd pages (5-8), the text numbered anew from 1 (9-), the signature's blanks
        List<Integer> starts = SequencesAhead.predict(
                List.of(List.of("title", "contents"), List.of("preface"), List.of("ch1", "ch1-p"), List.of("ch2"),
                        List.of()),
                Arrays.asList(null, "auto-odd", "1", "auto-odd", null), List.of(false, false, false, false, true),
                map("title", 2, "contents", 3, "preface", 5, "ch1", 9, "ch1-p", 10, "ch2", 14));
        assertEquals(Arrays.asList(1, 5, 1, 7, null), starts);
    }

    @Test
    void aSequenceAfterOneTheMapDoesNotPlaceIsNotForeseenUnlessItsNumberIsItsOwn() {
        List<Integer> starts = SequencesAhead.predict(
                List.of(List.of("a"), List.of("unknown"), List.of("c"), List.of("d")),
                Arrays.asList(null, null, null, "1"), List.of(false, false, false, false),
                map("a", 1, "c", 7, "d", 9));
        assertEquals(Arrays.asList(1, null, null, 1), starts);
    }

    @Test
    void theOtherThreadWorksFromTheEndAndAWrongStartIsNeverUsed() {
        int n = 6;
        List<String> threads = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(n, "")));
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch lastDone = new CountDownLatch(1);
        String caller = Thread.currentThread().getName();
        // the first and the last sequence are laid out at the same time: each waits for the other to be under way
        SequencesAhead<String> ahead = new SequencesAhead<>(List.of(1, 2, 3, 4, 5, 6), 2, (i, number) -> {
            threads.set(i, Thread.currentThread().getName());
            if (i == 0) {
                firstStarted.countDown();
                await(lastDone);
            }
            if (i == n - 1) {
                await(firstStarted);
                lastDone.countDown();
            }
            return i + "@" + number;
        });
        try {
            assertEquals("0@1", ahead.take(0, 1));
            assertEquals("1@2", ahead.take(1, 2));
            assertNull(ahead.take(2, 4), "laid out ahead from page 3, the sequence starts on 4");
            for (int i = 3; i < n; i++) assertEquals(i + "@" + (i + 1), ahead.take(i, i + 1));
        } finally {
            ahead.close();
        }
        System.out.println("laid out by: " + threads);
        assertEquals(caller, threads.get(0));
        assertNotEquals(caller, threads.get(n - 1), "the last sequence is laid out on the other thread");
        assertEquals(n - 1, ahead.taken());
        assertEquals(1, ahead.missed());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(HangGuard.LIMIT.toSeconds(), TimeUnit.SECONDS), "the other layout came");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void oneThreadLaysNothingOutAhead() {
        List<Integer> calls = Collections.synchronizedList(new ArrayList<>());
        SequencesAhead<Integer> ahead = new SequencesAhead<>(List.of(1, 2), 1, (i, number) -> {
            calls.add(i);
            return i;
        });
        assertNull(ahead.take(0, 1));
        ahead.close();
        assertEquals(List.of(), calls);
    }
}
