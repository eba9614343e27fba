package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * A cross-reference whose words are only the id of the essay it points to prints the essay's display name (its
 * short-title, else its author's surname, else its title), never the id.
 */
class IdWordedLinkTest {
    @TempDir
    Path tmp;

    @Test
    void anIdWordedCrossReferencePrintsTheEssaysDisplayName() throws Exception {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms")).replace("headnotes/alpha.md", "[Beta](#beta)", "[beta](#beta)");
        String xml = TestBooks.bookXml(ms.root());
        String headnote = xml.substring(xml.indexOf("Read it against"), xml.indexOf("Read it against") + 200);
        assertTrue(headnote.contains(">Beta on Kronstadt<"), headnote);
        assertFalse(headnote.matches("(?s).*>beta<.*"), headnote);
    }
}
