package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * {@link FoChapters#writesAlike} answers as the fingerprints would, reading again only the sequences the other run did
 * not take from this one at the same place: the settle rule's run of the stylesheet compares so (ChapterLayout).
 */
class FoChaptersTest {
    private static final String FO = "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">"
            + "<fo:layout-master-set><fo:simple-page-master master-name=\"p\"><fo:region-body/>"
            + "</fo:simple-page-master></fo:layout-master-set>"
            + "<fo:bookmark-tree><fo:bookmark internal-destination=\"a\"><fo:bookmark-title>%s</fo:bookmark-title>"
            + "</fo:bookmark></fo:bookmark-tree>"
            + seq("a", "One") + seq("b", "%s") + seq("c", "Three") + "</fo:root>";

    private static String seq(String id, String text) {
        return "<fo:page-sequence master-reference=\"p\" force-page-count=\"no-force\"><fo:flow flow-name=\"xsl-region-body\">"
                + "<fo:block id=\"" + id + "\">" + text + " (p. 4)</fo:block></fo:flow></fo:page-sequence>";
    }

    private static FoChapters cut(String bookmark, String second) throws Exception {
        FoChapters fo = new FoChapters();
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.newSAXParser().parse(new InputSource(new StringReader(String.format(FO, bookmark, second))), fo);
        return fo;
    }

    @Test
    void alikeAsTheFingerprintsSay() throws Exception {
        FoChapters first = cut("Alpha", "Two");
        assertEquals(3, first.sequences.size());
        FoChapters same = cut("Alpha", "Two");
        FoChapters otherText = cut("Alpha", "Two, moved");
        FoChapters otherOutline = cut("Beta", "Two");
        assertTrue(first.writesAlike(same));
        assertFalse(first.writesAlike(otherText), "a sequence's text");
        assertFalse(first.writesAlike(otherOutline), "the outline");
        for (FoChapters other : new FoChapters[] {same, otherText, otherOutline}) {
            assertEquals(Arrays.equals(first.fingerprint(), other.fingerprint()), first.writesAlike(other));
        }
    }

    @Test
    void aSequenceTakenAtItsPlaceIsNotReadAgainAndOneTakenElsewhereIs() throws Exception {
        FoChapters first = cut("Alpha", "Two");
        FoChapters taking = cut("Alpha", "Two");
        taking.sequences.set(2, first.sequences.get(2));
        assertTrue(first.writesAlike(taking));
        assertArrayEquals(first.fingerprint(), taking.fingerprint());

        FoChapters misplaced = cut("Alpha", "Two");
        misplaced.sequences.set(1, first.sequences.get(2));
        misplaced.sequences.set(2, first.sequences.get(1));
        assertFalse(first.writesAlike(misplaced), "two sequences taken, each at the other's place");
    }
}
