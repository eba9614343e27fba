package press.reader.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/diagnostics.md is the catalogue, as {@link CatalogueDocs} writes it: never edited by hand, never stale. */
class CatalogueDocsTest {

    @Test
    void theCommittedPageIsTheGeneratedOne() throws IOException {
        Path committed = CatalogueDocs.DEFAULT_OUTPUT;
        assertTrue(Files.isRegularFile(committed), committed + " is missing; generate it with: " + CatalogueDocs.REGENERATE);
        String expected = CatalogueDocs.markdown(Catalogue.all());
        String actual = Files.readString(committed, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!expected.equals(actual)) {
            fail(committed + " is not what the catalogue generates (the catalogue changed, or the page was edited by hand: "
                    + "edit catalogue.yaml instead). Regenerate it with:\n    " + CatalogueDocs.REGENERATE + "\n"
                    + firstDifference(expected, actual));
        }
    }

    /** The first line that differs, rather than two 50 KB strings. */
    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String want = i < e.length ? e[i] : "(end of file)";
            String got = i < a.length ? a[i] : "(end of file)";
            if (!want.equals(got)) return "first difference at line " + (i + 1) + ":\n  generated: " + want + "\n  committed: " + got;
        }
        return "";
    }

    @Test
    void thePageListsEveryCodeWithItsHelp() {
        String md = CatalogueDocs.markdown(Catalogue.all());
        for (Catalogue.Entry e : Catalogue.all()) {
            // the anchor in the root locale, as the page writes it: in Turkish, IM001 would be ım001 (a dotless i)
            String anchor = e.code().toLowerCase(Locale.ROOT);
            assertTrue(md.contains("| [" + e.code() + "](#" + anchor + ") | " + e.severity().label() + " |"), e.code());
            assertTrue(md.contains("<a id=\"" + anchor + "\"></a>" + e.code() + ": " + e.title() + "\n"), e.code());
        }
        // the example is an indented code block, the fix a bold paragraph
        assertTrue(md.contains("**For example:**\n\n    The map ![Petrograd](images/petrograd.png) shows the city.\n\n**Fix:** Give the image a paragraph of its own"), md);
        assertTrue(md.contains("\n## BP0xx: Files, folders and YAML\n") && md.contains("\n## FD0xx: Fidelity"), md);
    }

    @Test
    void theGeneratorWritesTheFileItIsGiven(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sub/diagnostics.md");
        CatalogueDocs.main(new String[] {"build", out.toString()});
        assertEquals(CatalogueDocs.markdown(Catalogue.all()), Files.readString(out, StandardCharsets.UTF_8));
    }
}
