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

/**
 * The check of the characters no font can draw keeps each file's findings by its name and text: a second check of
 * the same manuscript scans nothing again and finds the same; a file whose text changed is scanned again, and what
 * the change brought is found, as a check that kept nothing finds it.
 */
class MissingGlyphsTest {
    @TempDir
    Path tmp;

    private static List<Diagnostic> check(MissingGlyphs glyphs, ManuscriptCopy ms) {
        Diagnostics d = new Diagnostics();
        glyphs.check(TestBooks.read(ms.root(), new Diagnostics()), d);
        return d.all();
    }

    private static MissingGlyphs fresh() {
        var features = Builders.features();
        return MissingGlyphs.of(TestBooks.STYLES, features.files(), features::printedWords);
    }

    @Test
    void aFileIsScannedAgainOnlyWhenItsTextChanged() {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms"));
        MissingGlyphs glyphs = fresh();
        List<Diagnostic> first = check(glyphs, ms);
        int scanned = glyphs.scanned();
        assertTrue(scanned > 3, "book.yaml, the pieces and the apparatus files: " + scanned);
        assertEquals(first, check(glyphs, ms));
        assertEquals(scanned, glyphs.scanned(), "nothing scanned again");

        // a Linear B sign, in none of the fonts, typed into one essay: that essay alone is scanned again
        ms.replace("essays/beta.md", "answered with force.", "answered with \uD800\uDC00 force.");
        List<Diagnostic> warm = check(glyphs, ms);
        assertEquals(scanned + 1, glyphs.scanned());
        assertEquals(check(fresh(), ms), warm);
        assertTrue(warm.stream().anyMatch(d -> d.code().equals("BP250") && d.file().equals("essays/beta.md")
                && d.message().contains("U+10000")), warm::toString);
    }
}
