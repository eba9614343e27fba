package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import press.reader.features.citations.CitationsFeature;
import press.reader.diagnostics.Diagnostics;
import press.reader.features.Features;
import press.reader.manuscript.Manuscript;
import press.reader.support.TestBooks;

/** FOP's overflow warnings are placed in the manuscript: by the id around them, or by the page they name. */
class OverflowLocatorTest {
    private final Manuscript ms = TestBooks.read(TestBooks.MINI_MANUSCRIPT, new Diagnostics());
    private final PageMap map = new PageMap(Map.of(
            "introduction", new PageMap.Page(7, "1"), "alpha", new PageMap.Page(9, "3"), "alpha-p2", new PageMap.Page(10, "4"),
            "beta", new PageMap.Page(11, "5"), "chronology", new PageMap.Page(13, "7"), "glossary", new PageMap.Page(17, "11")));
    private final OverflowLocator locator = new OverflowLocator(ms, map, Features.standard(CitationsFeature.factory()).sectionFiles());

    @Test
    void aParagraphsIdGivesItsPieceAndPage() {
        assertEquals(new OverflowLocator.Place("essays/alpha.md", " (at alpha-p2, page 4 (sheet 10))"), locator.locate("alpha-p2", null));
    }

    @Test
    void aPageOverflowIsPlacedInTheDivisionPrintedOnThatPage() {
        assertEquals(new OverflowLocator.Place("timeline.yaml", " (page 7 (sheet 13))"), locator.locate(null, "7"));
        assertEquals("glossary.yaml", locator.locate(null, "11").file());
    }

    @Test
    void anIdOfTheBackMatterGivesItsApparatusFile() {
        assertEquals("timeline.yaml", locator.locate("chronology-figure", null).file());
    }

    @Test
    void nothingKnownIsNoPlace() {
        assertEquals(new OverflowLocator.Place("", ""), locator.locate(null, null));
    }
}
