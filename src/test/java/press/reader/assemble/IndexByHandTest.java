package press.reader.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/** The editor adds an index occurrence by hand, or takes one out. */
class IndexByHandTest {
    @TempDir
    Path tmp;

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    private static final String KERENSKY = "- headword: Kerensky, Alexander\n  kind: person\n  forms: [Kerensky]\n"
            + "  add:\n    - {chapter: beta, at: answered with force}\n";

    @Test
    void anAddedPassageIsIndexedAndASuppressedOccurrenceIsNot() throws Exception {
        var ms = ManuscriptCopy.mini(tmp);
        ms.write("index.yaml", ms.read("index.yaml") + KERENSKY);
        String xml = TestBooks.bookXml(ms.root());
        String alpha = xml.substring(xml.indexOf("xml:id=\"alpha\""), xml.indexOf("xml:id=\"beta\""));
        String beta = xml.substring(xml.indexOf("xml:id=\"beta\""), xml.indexOf("xml:id=\"chronology\""));
        // alpha names Lenin three times (twice in one sentence, once in a list); the second is suppressed
        assertEquals(2, count(alpha, "<primary>Lenin, Vladimir Ilyich</primary>"));
        // beta never names Kerensky; the editor indexed a passage by its words
        assertTrue(beta.matches("(?s).*<primary>Kerensky, Alexander</primary>\\s*</indexterm>answered with force.*"), beta);
    }

    @Test
    void anAdditionWhoseWordsAreNotThereIsAnErrorAtItsLine() {
        var ms = ManuscriptCopy.mini(tmp);
        ms.write("index.yaml", ms.read("index.yaml") + KERENSKY.replace("answered with force", "answered with tanks"));
        List<Diagnostic> ds = ms.check().stream().filter(d -> d.code().equals("BP151")).toList();
        assertEquals(1, ds.size(), ds.toString());
        assertEquals("index.yaml", ds.get(0).file());
        assertTrue(ds.get(0).line() > 20, ds.toString());
    }
}
