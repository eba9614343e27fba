package press.reader.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.ManuscriptMemo;
import press.reader.support.TestBooks;

/**
 * The essays' searchable text is made once per manuscript and kept with it (issue 16, section 5: not a static cache of
 * the last manuscript in a helper): the four checks that read it get the one made, and a manuscript read anew (the
 * next build's) gets its own.
 */
class EssaysTextOncePerManuscriptTest {
    @Test
    void oneManuscriptMakesItOnceAndANewReadingMakesItAgain() {
        Manuscript first = TestBooks.read(TestBooks.MINI_MANUSCRIPT, new Diagnostics());
        Map<String, String> texts = ApparatusProse.essays(first);
        assertSame(texts, ApparatusProse.essays(first));
        Manuscript again = TestBooks.read(TestBooks.MINI_MANUSCRIPT, new Diagnostics());
        Map<String, String> fresh = ApparatusProse.essays(again);
        assertNotSame(texts, fresh);
        assertEquals(texts, fresh);
        // the first manuscript keeps its own after the second's is made
        assertSame(texts, ApparatusProse.essays(first));
        System.out.println("essays' searchable text: " + texts.size() + " essays, "
                + texts.values().stream().mapToInt(String::length).sum() + " characters, made once per manuscript");
    }

    @Test
    void aDerivedThingIsMadeOnceForEachManuscript() {
        AtomicInteger made = new AtomicInteger();
        ManuscriptMemo.Derived<Integer> count = ms -> made.incrementAndGet();
        Manuscript ms = TestBooks.read(TestBooks.MINI_MANUSCRIPT, new Diagnostics());
        for (int i = 0; i < 4; i++) assertEquals(1, ms.derived(count));
        assertEquals(2, TestBooks.read(TestBooks.MINI_MANUSCRIPT, new Diagnostics()).derived(count));
        assertEquals(2, made.get());
    }
}
