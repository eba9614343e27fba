package press.reader.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The desk's small parts, without a server: editor links, the JSON it writes, the text diff of an edit. */
class DeskPartsTest {
    @Test
    void anEditorLinkFillsInThePathLineAndColumn() {
        EditorLinks links = EditorLinks.of("vscode://file{path}:{line}:{column}");
        assertEquals("vscode://file/tmp/my%20book/essays/a.md:12:3",
                links.link(Path.of("/tmp/my book/essays/a.md"), 12, 3).orElseThrow());
        assertEquals("vscode://file/tmp/a.md:1:1", links.link(Path.of("/tmp/a.md"), 0, 0).orElseThrow(),
                "an unknown line opens the file at its top");
    }

    @Test
    void withoutATemplateThereIsNoLink() {
        assertTrue(EditorLinks.of(null).link(Path.of("/tmp/a.md"), 1, 1).isEmpty());
        assertTrue(EditorLinks.of("  ").link(Path.of("/tmp/a.md"), 1, 1).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert({line})", "JavaScript:alert(1)", "data:text/html,{path}", "vbscript:x", "{path}:{line}"})
    void aTemplateThatCouldRunScriptInThePageIsRefused(String template) {
        assertThrows(IllegalArgumentException.class, () -> EditorLinks.of(template));
    }

    @Test
    void jsonTextCanNeverCloseAScriptOrBreakAString() {
        String json = Json.write(Map.of("m", "</script><b>\"quoted\" \\ & \n"));
        assertEquals("{\"m\":\"\\u003c/script\\u003e\\u003cb\\u003e\\\"quoted\\\" \\\\ \\u0026 \\n\"}", json);
        assertEquals("[1,true,null,\"x\"]", Json.write(java.util.Arrays.asList(1, true, null, "x")));
    }

    @Test
    void theDiffOfAnEditShowsTheLinesRemovedAndAddedWithTheirPlace() {
        ManuscriptText before = ManuscriptText.of(Map.of("essays/a.md", "one\ntwo\nthree\nfour\n", "glossary.yaml", "g\n"));
        ManuscriptText after = ManuscriptText.of(Map.of("essays/a.md", "one\ntwo, revised\nthree\nfour\n", "glossary.yaml", "g\n"));
        Map<String, List<String>> diffs = ChangeReport.diffs(before, after);
        assertEquals(List.of("essays/a.md"), List.copyOf(diffs.keySet()), "only the edited file");
        assertEquals(List.of("@@ -1,4 +1,4 @@", " one", "-two", "+two, revised", " three", " four"), diffs.get("essays/a.md"));
    }

    @Test
    void aNewFileIsAllAdded() {
        var diffs = ChangeReport.diffs(ManuscriptText.of(Map.of()), ManuscriptText.of(Map.of("headnotes/b.md", "new\n")));
        assertTrue(diffs.get("headnotes/b.md").contains("+new"), diffs.toString());
        assertFalse(diffs.get("headnotes/b.md").stream().anyMatch(l -> l.startsWith("-")), diffs.toString());
    }
}
