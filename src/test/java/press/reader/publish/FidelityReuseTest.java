package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.cli.Builders;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/** After an edit, the fidelity check compares the edited essay again without cleaning its unchanged capture again. */
class FidelityReuseTest {
    @TempDir
    Path tmp;

    private static List<Diagnostic> check(Fidelity fidelity, Path root) {
        Diagnostics d = new Diagnostics();
        fidelity.check(TestBooks.read(root, d), d);
        return d.all();
    }

    @Test
    void anEditedEssayIsComparedAgainWithItsCaptureCleanedOnce() {
        var ms = ManuscriptCopy.of(TestBooks.REAL_MANUSCRIPT, tmp.resolve("ms"));
        Fidelity warm = new Fidelity(Builders.features());
        check(warm, ms.root());
        int captures = warm.cleanings();
        assertTrue(captures >= 5, "the essays' captures were cleaned: " + captures);

        // a word the capture does not have: the check must find it in the edited essay, with the cached cleaning
        ms.replace("essays/weissman.md", "The unique element at the heart", "The inserted unique element at the heart");
        List<Diagnostic> warmFound = check(warm, ms.root());

        assertEquals(captures, warm.cleanings(), "no capture cleaned again");
        List<Diagnostic> freshFound = check(new Fidelity(Builders.features()), ms.root());
        assertEquals(freshFound, warmFound);
        assertTrue(warmFound.stream().anyMatch(d -> d.toString().contains("inserted")), warmFound.toString());
        System.out.println("captures cleaned: " + captures + "; after an edit of one essay: 0 more");
    }
}
