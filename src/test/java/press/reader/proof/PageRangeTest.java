package press.reader.proof;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import press.reader.diagnostics.UserError;

class PageRangeTest {

    @Test
    void readsPagesAndRanges() {
        assertEquals(new PageRange(5, 5), PageRange.parse("5"));
        assertEquals(new PageRange(1, 20), PageRange.parse("1-20"));
        assertEquals(new PageRange(1, 20), PageRange.parse(" 1 - 20 "));
        assertEquals(new PageRange(30, Integer.MAX_VALUE), PageRange.parse("30-"));
        assertEquals(new PageRange(1, 12), PageRange.parse("-12"));
    }

    @Test
    void mistakesGiveAClearMessage() {
        assertMessage("abc", "--pages abc: not a page or a range; write a page (5) or a range (1-20, 30-, -12)");
        assertMessage("20-1", "--pages 20-1: the range is backwards (20 comes after 1)");
        assertMessage("0-3", "--pages 0-3: pages are numbered from 1");
        assertMessage("1-2-3", "--pages 1-2-3: not a page or a range");
        assertMessage("-", "--pages -: not a page or a range");
        assertMessage("", "no pages given");
        assertMessage("99999999999", "too large");
    }

    @Test
    void aRangeAfterTheLastPageIsAnError() {
        UserError e = assertThrows(UserError.class, () -> PageRange.parse("12-20").within(10));
        assertEquals("error: --pages 12-20: the PDF has only 10 pages [BP701]", e.diagnostics().get(0).format());
        assertEquals(new PageRange(5, 10), PageRange.parse("5-").within(10));
        assertEquals(new PageRange(5, 10), PageRange.parse("5-40").within(10));
    }

    @Test
    void indexesCountFromZero() {
        PageRange r = PageRange.parse("2-3");
        assertFalse(r.containsIndex(0));
        assertTrue(r.containsIndex(1));
        assertTrue(r.containsIndex(2));
        assertFalse(r.containsIndex(3));
    }

    private static void assertMessage(String input, String expected) {
        UserError e = assertThrows(UserError.class, () -> PageRange.parse(input));
        String message = e.diagnostics().get(0).format();
        assertTrue(message.contains(expected), message);
        assertTrue(message.endsWith("[BP701]"), message);
    }
}
