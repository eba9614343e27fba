package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import press.reader.layout.PageMap;

/**
 * The screen PDF renders beside the print layout only when the heap holds both: the scale target's books (ten and
 * fifty times the real one) in its gigabyte, the fifty-times book after the layout.
 */
class HeapRoomTest {
    private static final long GB = 1L << 30;

    @Test
    void aTenTimesBookOverlapsInAGigabyteAndAFiftyTimesBookWaitsForTheLayout() {
        assertTrue(HeapRoom.forScreenBesideLayout(100, GB), "the real book");
        assertTrue(HeapRoom.forScreenBesideLayout(580, GB), "ten times the book");
        assertFalse(HeapRoom.forScreenBesideLayout(2_720, GB), "fifty times the book: more than a gigabyte for both");
        assertTrue(HeapRoom.forScreenBesideLayout(2_720, 2 * GB), "the same with two gigabytes");
    }

    @Test
    void theBooksPagesAreTheLastPageAnAnchorIsOn() {
        PageMap map = new PageMap(Map.of("a", new PageMap.Page(3, "1"), "b", new PageMap.Page(17, "15"),
                "c", new PageMap.Page(9, "7")));
        assertEquals(17, HeapRoom.pages(map));
        assertEquals(0, HeapRoom.pages(PageMap.empty()));
    }
}
