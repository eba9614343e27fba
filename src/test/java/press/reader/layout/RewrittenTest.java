package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.ref.WeakReference;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sequence's fingerprint ({@link ChapterLayout.Rewritten}) is taken again only when the rewrite would read otherwise,
 * the page map known by identity, and it does not keep that map alive: a cold pass gives every sequence a copy of the
 * pages before it, and held by each sequence's fingerprint the copies grew with the square of the book (at fifty times
 * the book, 470 MB of a 1 GB heap).
 */
class RewrittenTest {
    @Test
    void theSameMapKeepsTheFingerprintAnotherTakesItAgain() {
        FoChapters.Sequence s = new FoChapters.Sequence();
        PageMap given = pages();
        ChapterLayout.Rewritten first = ChapterLayout.Rewritten.of(s, 1, id -> false, given, "work");
        assertSame(first, ChapterLayout.Rewritten.of(s, 1, id -> false, given, "work"));
        assertNotSame(first, ChapterLayout.Rewritten.of(s, 1, id -> false, pages(), "work"), "an equal map, not this one");
    }

    @Test
    void aFingerprintDoesNotKeepThePageMapItWasTakenFrom() {
        FoChapters.Sequence s = new FoChapters.Sequence();
        WeakReference<PageMap> map = fingerprinted(s);
        for (int i = 0; i < 20 && map.get() != null; i++) System.gc();
        assertNull(map.get(), "the page map is still reachable (from the sequence's fingerprint)");
    }

    private static WeakReference<PageMap> fingerprinted(FoChapters.Sequence s) {
        PageMap given = pages();
        ChapterLayout.Rewritten.of(s, 1, id -> false, given, "work");
        return new WeakReference<>(given);
    }

    private static PageMap pages() {
        return new PageMap(Map.of("a", new PageMap.Page(1, "1")));
    }
}
