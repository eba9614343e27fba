package press.reader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;

class BibliographyTest {

    @Test
    void loadsEntriesWithTheirLines() {
        Bibliography b = Fixtures.bibliography();
        assertEquals(List.of("serge1937", "liebman1975", "stites1989", "weissman2017"), List.copyOf(b.keys()));
        assertTrue(b.contains("serge1937"));
        assertFalse(b.contains("serge1938"));
        assertEquals(2, b.lineOf("serge1937"));
        assertEquals(12, b.lineOf("liebman1975"));
        assertEquals("From Lenin to Stalin", b.item("serge1937").getTitle());
    }

    @Test
    void malformedJsonIsReportedAtItsLine() {
        Diagnostics d = new Diagnostics();
        Bibliography b = Bibliography.load(Fixtures.path("malformed-syntax.json"), "bibliography.json", d);
        assertEquals(0, b.size());
        List<Diagnostic> all = d.all();
        assertEquals(1, all.size());
        Diagnostic e = all.get(0);
        assertTrue(e.isError());
        assertEquals(6, e.line(), e.format()); // the field after the missing comma
        assertEquals(CiteCodes.MALFORMED_JSON, e.code());
        assertTrue(e.format().startsWith("bibliography.json:6:"), e.format());
        assertTrue(e.message().contains("expected ',' or '}'"), e.message());
    }

    @Test
    void malformedEntriesAreNamedAndTheRestIsKept() {
        Diagnostics d = new Diagnostics();
        Bibliography b = Bibliography.load(Fixtures.path("malformed-entries.json"), "bibliography.json", d);
        assertEquals(List.of("good1"), List.copyOf(b.keys()));
        List<String> messages = d.all().stream().map(Diagnostic::format).toList();
        assertEquals(5, messages.size(), messages.toString());
        assertEquals("bibliography.json:7: error: bibliography entry 'stringauthor': \"author\" must be a list of "
                + "names, e.g. [{\"family\": \"Serge\", \"given\": \"Victor\"}] [BP402]", messages.get(0));
        assertTrue(messages.get(1).startsWith("bibliography.json:13: error: bibliography entry number 3 has no \"id\""),
                messages.get(1));
        assertTrue(messages.get(2).startsWith("bibliography.json:17: error: bibliography entry 'badtype': "
                + "Unknown CSLType: boook"), messages.get(2));
        assertTrue(messages.get(3).startsWith("bibliography.json:22: error: bibliography entry 'good1' is defined "
                + "twice (first at line 2)"), messages.get(3));
        assertTrue(messages.get(4).startsWith("bibliography.json:27: error: bibliography entry 'baddate': "
                + "\"issued\" must be a date object"), messages.get(4));
    }

    @Test
    void notAnArrayIsAnError() {
        Diagnostics d = new Diagnostics();
        Bibliography.parse("{\"id\": \"x\"}", "bibliography.json", d);
        assertTrue(d.hasErrors());
        assertTrue(d.all().get(0).message().contains("must be an array"));
    }

    @Test
    void emptyFileIsAnError() {
        Diagnostics d = new Diagnostics();
        Bibliography.parse("  \n", "bibliography.json", d);
        assertEquals("bibliography.json:2:1: error: malformed CSL-JSON: the file is empty; expected a JSON array "
                + "of entries [BP401]", d.all().get(0).format());
    }

    @Test
    void emptyArrayIsFine() {
        Diagnostics d = new Diagnostics();
        assertEquals(0, Bibliography.parse("[]", "b.json", d).size());
        assertFalse(d.hasErrors());
    }

    @Test
    void jsonStringEscapesAreDecoded() {
        Diagnostics d = new Diagnostics();
        Bibliography b = Bibliography.parse("[{\"id\": \"a\", \"type\": \"book\", \"title\": \"Caf\\u00e9 \\\"Rot\\\"\"}]",
                "b.json", d);
        assertFalse(d.hasErrors(), d.all().toString());
        assertEquals("Café \"Rot\"", b.item("a").getTitle());
    }
}
