package press.reader.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LruTest {
    @Test
    void keepsAtMostItsCapacityAndDropsTheLeastRecentlyUsed() {
        Map<String, Integer> m = Lru.map(2);
        m.put("a", 1);
        m.put("b", 2);
        m.get("a");            // a used after b
        m.put("c", 3);
        assertEquals(2, m.size());
        assertTrue(m.containsKey("a"));
        assertFalse(m.containsKey("b"), "the least recently used entry stays");
    }
}
