package press.reader.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import press.reader.diagnostics.UserError;

/** A warm process keeps the trees it parsed: the same text gives the same tree, any change a tree of its own. */
class YamlReuseTest {
    @Test
    void theSameTextIsParsedOnceAndAnyDifferenceInItsInputsIsParsedAgain() {
        Yaml.Mapping first = (Yaml.Mapping) Yaml.parse("term: one\nother: two\n", "glossary.yaml", 1);
        assertSame(first, Yaml.parse("term: one\nother: two\n", "glossary.yaml", 1));

        Yaml.Mapping edited = (Yaml.Mapping) Yaml.parse("term: one!\nother: two\n", "glossary.yaml", 1);
        assertEquals("one!", ((Yaml.Scalar) edited.get("term")).text());
        // the file and the first line are in every value (for the messages), so they are part of the key
        assertEquals("index.yaml", Yaml.parse("term: one\nother: two\n", "index.yaml", 1).file());
        assertEquals(3, ((Yaml.Mapping) Yaml.parse("term: one\nother: two\n", "glossary.yaml", 2)).lineOf("other"));
    }

    @Test
    void eachFileKeepsOnlyItsLastTreeSoThatEditingItAllDayKeepsOne() {
        Yaml.Value first = Yaml.parse("a: 1\n", "timeline.yaml", 1);
        for (int i = 2; i < 5; i++) Yaml.parse("a: " + i + "\n", "timeline.yaml", 1);
        Yaml.Value again = Yaml.parse("a: 1\n", "timeline.yaml", 1);
        assertNotSame(first, again);
        assertEquals(first, again);
        assertSame(again, Yaml.parse("a: 1\n", "timeline.yaml", 1));
    }

    @Test
    void aKeptTreeCannotBeChangedByOneOfItsReaders() {
        Yaml.Mapping m = (Yaml.Mapping) Yaml.parse("a: [1, 2]\n", "book.yaml", 1);
        assertThrows(UnsupportedOperationException.class, () -> m.entries().put("b", m.get("a")));
        assertThrows(UnsupportedOperationException.class, () -> ((Yaml.Sequence) m.get("a")).items().clear());
    }

    @Test
    void aFileThatFailsToParseFailsAgainEveryTime() {
        for (int i = 0; i < 2; i++) {
            UserError e = assertThrows(UserError.class, () -> Yaml.parse("a: 1\na: 2\n", "book.yaml", 1));
            assertEquals("BP011", e.diagnostics().get(0).code());
        }
    }
}
