package press.reader.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import press.reader.diagnostics.UserError;

/** A mistake in rules.yaml is reported at its line; an editor can add a site without Java. */
class RulesLoaderTest {
    private static final String STRUCTURE = """
            structure:
              byline: 'x'
              epigraph-attribution: 'x'
              bullet: 'x'
              dated-list-item: 'x'
              note-list-item: '(?<n>\\d)'
            """;

    @Test
    void aMisspeltKeyIsAnErrorAtItsLine() {
        UserError e = assertThrows(UserError.class, () -> RulesLoader.parse("format: 1\nremove-line: []\n" + STRUCTURE, "rules.yaml"));
        assertEquals("rules.yaml", e.diagnostics().get(0).file());
        assertEquals(2, e.diagnostics().get(0).line());
        assertTrue(e.getMessage().contains("unknown key 'remove-line'"), e.getMessage());
    }

    @Test
    void aBrokenPatternIsAnErrorAtItsLine() {
        UserError e = assertThrows(UserError.class, () -> RulesLoader.parse(
                "format: 1\nremove-lines:\n  - name: bad\n    pattern: '^(unclosed'\n" + STRUCTURE, "rules.yaml"));
        assertEquals("CL004", e.diagnostics().get(0).code());
        assertEquals(4, e.diagnostics().get(0).line());
    }

    @Test
    void aNewSiteTaughtInDataRemovesItsOwnChrome() {
        String rules = "format: 1\nsites:\n  - name: tribune\n    detect: ['Tribune Magazine']\n    publication: Tribune\n"
                + "    remove-lines:\n      - name: tribune-subscribe\n        pattern: '^Subscribe to Tribune Magazine$'\n"
                + "        omitted: publisher advertising\n" + STRUCTURE;
        Rules r = RulesLoader.parse(rules, "rules.yaml");
        CleanResult result = new Importer(r).clean(CaptureReader.decode(
                "A Title\n\nThe text.\n\nSubscribe to Tribune Magazine\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.txt"), "sources/t.txt");
        assertEquals("tribune", result.site());
        assertEquals("Tribune", result.metadata().publication());
        assertTrue(result.removals().stream().anyMatch(x -> x.rule().equals("tribune-subscribe")
                && x.text().equals("Subscribe to Tribune Magazine")), result.removals().toString());
    }
}
