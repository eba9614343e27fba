package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The editions are found by their --format names, and an edition made from the print layout asks for it. */
class EditionsTest {
    @Test
    void theFormatsAreTheSelectableEditionsInBuildOrder() {
        assertEquals(List.of("pdf", "screen", "epub", "html"), Editions.formatNames());
        assertEquals("epub", Editions.byFormat("epub").orElseThrow().name());
        assertTrue(Editions.byFormat("cover").isEmpty(), "the cover comes with the print PDF, not by itself");
    }

    @Test
    void anUnknownFormatAndTheScreenPdfWithoutThePrintLayoutAreRefused() {
        assertEquals(Optional.of("unknown format 'docx' (use pdf, screen, epub, html)"),
                Editions.problem(Set.of("epub", "docx")));
        assertEquals(Optional.of("the screen PDF is made from the print layout: add pdf to --format"),
                Editions.problem(Set.of("screen")));
        assertEquals(Optional.empty(), Editions.problem(Set.of("pdf", "screen", "epub", "html")));
    }

    @Test
    void timingsAreLabelledAsTheReportShowsThem() {
        assertEquals("epub (3 of 7 chapters transformed)", new Timing("epub", 5, new Timing.Reuse(3, 7, "chapters")).label());
        assertEquals("pdf (unchanged, from cache)", new Timing("pdf", 5, Timing.Reuse.whole(true)).label());
        assertEquals("pdf", new Timing("pdf", 5, Timing.Reuse.whole(false)).label());
        assertEquals("html", new Timing("html", 5).label());
    }
}
