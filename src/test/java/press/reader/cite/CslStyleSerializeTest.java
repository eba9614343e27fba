package press.reader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The copies of a style handed to citeproc-java are written by one transformer kept for the process: what one copy
 * leaves in it must not reach the next (the same copy written before and after others reads the same).
 */
class CslStyleSerializeTest {
    @Test
    void aCopyWrittenAfterOthersReadsAsWhenWrittenFirst() {
        String first = CslStyle.load("chicago-notes-bibliography").bibliographyXml();
        CslStyle other = CslStyle.load("apa");
        String apa = other.bibliographyXml();
        String apaUnsorted = other.unsortedBibliographyXml();
        String again = CslStyle.load("chicago-notes-bibliography").bibliographyXml();
        assertEquals(first, again);
        assertNotEquals(apa, apaUnsorted);
        assertTrue(first.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""), first.substring(0, 60));
        System.out.println("chicago-notes-bibliography, bibliography copy: " + first.length() + " characters");
    }
}
