package press.reader.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * No read of book.yaml leaves its keys unchecked (issue 16): the manuscript reader is always told the features'
 * declarations, so a key that is neither the tool's nor a declared feature's is BP013, whoever reads the book.
 */
class BookKeysAlwaysCheckedTest {
    @TempDir
    Path tmp;

    @Test
    void everyWayToMakeAReaderIsToldTheFeatures() {
        Constructor<?>[] made = ManuscriptReader.class.getConstructors();
        List<String> without = Arrays.stream(made)
                .filter(c -> !Arrays.asList(c.getParameterTypes()).contains(FeatureDeclarations.class))
                .map(Constructor::toString).toList();
        System.out.println(made.length + " public constructor(s) of ManuscriptReader; without the features: " + without);
        assertEquals(List.of(), without);
        assertThrows(NullPointerException.class,
                () -> new ManuscriptReader(TestBooks.MINI_MANUSCRIPT, new Diagnostics(), null));
    }

    @Test
    void aBookOfNoFeatureRefusesAKeyNoOneOwns() {
        Path root = ManuscriptCopy.mini(tmp.resolve("ms"))
                .replace("book.yaml", "contents:\n", "gazetteer-scale: fine\ncontents:\n")
                .replace("book.yaml", "  back: [chronology, glossary, bibliography, index]\n", "")
                .root();
        UserError e = assertThrows(UserError.class,
                () -> new ManuscriptReader(root, new Diagnostics(), FeatureDeclarations.NONE).read());
        List<String> found = e.diagnostics().stream().map(Diagnostic::toString).toList();
        assertTrue(found.stream().anyMatch(d -> d.contains("BP013") && d.contains("gazetteer-scale")), found.toString());

        // the feature that declares the key makes it known
        var owning = new FeatureDeclarations(Set.of(), List.of(), List.of(),
                List.of(BookKey.of("gazetteer-scale", "", book -> "")), Set.of(), List.of());
        assertEquals("A Small Test Book", new ManuscriptReader(root, new Diagnostics(), owning).read().config().title());
    }
}
