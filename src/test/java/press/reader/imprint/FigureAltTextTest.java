package press.reader.imprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.Diagnostics;
import press.reader.features.chronology.TimelineFile;
import press.reader.support.TestBooks;

/** The chronology figure's alternative text in the tagged PDF is made from the book's events, not written in the styles. */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class FigureAltTextTest {
    @Test
    void theTimeLinesAltTextCountsThisBooksEvents() throws Exception {
        int events = TestBooks.read(TestBooks.REAL_MANUSCRIPT, new Diagnostics()).apparatus(TimelineFile.FILE).size();
        List<String> alts = new ArrayList<>();
        try (var doc = Loader.loadPDF(TestBooks.real().file("-screen.pdf").toFile())) {
            collect(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
        }
        assertEquals(1, alts.size(), alts.toString());
        assertTrue(alts.get(0).startsWith("A vertical time line of the " + events + " events of the chronology, "), alts.get(0));
    }

    private static void collect(List<Object> kids, List<String> alts) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) alts.add(e.getAlternateDescription());
                collect(e.getKids(), alts);
            }
        }
    }
}
