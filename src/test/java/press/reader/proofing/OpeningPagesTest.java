package press.reader.proofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each essay starts visibly on its opening page: under the title, the essay's own words (its lead-in in small
 * capitals, or its epigraph), and the editor's headnote set at the foot of that page as its introductory note,
 * after those words and before the numbered notes.
 */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class OpeningPagesTest {
    /** The print PDF's pages, as text with white space folded. */
    private static List<String> pages() throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(RealBook.get().print.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(RealBook.flat(stripper.getText(doc)).replace("\u200B", ""));
            }
        }
        return out;
    }

    @Test
    void everyEssayBeginsOnItsOpeningPageAboveItsHeadnote() throws IOException {
        List<String> pages = pages();
        List<String[]> essays = List.of(
                new String[] {"The revolution was defeated—but it didn’t have to be", "Within a decade of the revolution"},
                new String[] {"From the dream to a nightmare", "The October Revolution of 1917 was barely mentioned"},
                new String[] {"The Russian Revolution and Workers Democracy", "THE RUSSIAN REVOLUTION of February"},
                new String[] {"The Significance of the Russian Revolution for Today", "Our rulers want us to think"},
                new String[] {"[The Degeneration of the Russian Revolution]", "It is the absolute truth that"});
        int openings = 0;
        for (String[] essay : essays) {
            for (int p = 0; p < pages.size(); p++) {
                String page = pages.get(p);
                if (!page.startsWith(essay[0])) continue;
                openings++;
                int start = page.indexOf(essay[1]);
                int headnote = page.indexOf("HEADNOTE");
                System.out.println("opening of '" + essay[0] + "' on PDF page " + (p + 1) + ": text at " + start
                        + ", headnote at " + headnote);
                assertTrue(start > 0, "the essay's words on its opening page: " + essay[1]);
                assertTrue(headnote > start, "the headnote after them, at the foot: " + essay[0]);
                int firstNumbered = page.indexOf(" 1. ", headnote);
                assertTrue(firstNumbered < 0 || firstNumbered > headnote, "the headnote before the numbered notes");
                break;   // the opening is the first page that starts with the title; later ones carry it as a running head
            }
        }
        assertEquals(5, openings, "five opening pages found");
    }
}
