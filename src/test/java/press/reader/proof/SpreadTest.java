package press.reader.proof;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void pageOneStandsAloneOnTheRightThenPairs() {
        assertEquals(List.of(new Spread(-1, 0), new Spread(1, 2), new Spread(3, 4), new Spread(5, 6)),
                Spread.of(7, PageRange.all()));
    }

    @Test
    void anEvenLastPageStandsAloneOnTheLeft() {
        List<Spread> spreads = Spread.of(6, PageRange.all());
        assertEquals(4, spreads.size());
        assertEquals(new Spread(5, -1), spreads.get(3));
    }

    @Test
    void aRangeSelectsTheSpreadsHoldingItsPages() {
        assertEquals(List.of(new Spread(3, 4)), Spread.of(20, PageRange.parse("4-5")));
        assertEquals(List.of(new Spread(1, 2), new Spread(3, 4)), Spread.of(20, PageRange.parse("3-4")));
        assertEquals(List.of(new Spread(-1, 0)), Spread.of(20, PageRange.parse("1")));
    }

    @Test
    void fileNamesSortInPageOrder() {
        assertEquals("pages-001.png", new Spread(-1, 0).fileName(300));
        assertEquals("pages-002-003.png", new Spread(1, 2).fileName(300));
        assertEquals("pages-0010.png", new Spread(9, -1).fileName(1000));
    }
}
