package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/** An essay's id is never printed: cross-references and chronology entries that use it show the display name. */
class EssayNamesTest {
    @TempDir
    Path tmp;

    @Test
    void idsInCrossReferencesAndChronologyEntriesBecomeDisplayNames() throws Exception {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms"))
                .write("editor-notes.yaml", """
                        - chapter: alpha
                          at: Vladiwostok
                          note: Compare [beta](#beta) and [Anna Author's essay](#alpha).
                        """)
                .replace("timeline.yaml", "The Kronstadt rising.", "By beta's account, the Kronstadt rising.");
        String xml = TestBooks.bookXml(ms.root());
        assertTrue(xml.contains("<link linkend=\"beta\">Beta on Kronstadt</link>"), xml);
        assertTrue(xml.contains("<link linkend=\"alpha\">Anna Author’s essay</link>"), "other words are kept");
        assertTrue(xml.contains("By Beta on Kronstadt’s account"), "chronology entry");
        assertFalse(xml.contains(">beta<"), xml);
    }
}
