package press.reader.manuscript;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A feature owns keys of book.yaml beside the tool's own, never one of them. */
class FeatureDeclarationsTest {
    private static FeatureDeclarations owning(String key) {
        return new FeatureDeclarations(Set.of(), List.of(), List.of(), List.of(BookKey.of(key, "", book -> "")),
                Set.of(), List.of());
    }

    @Test
    void aFeatureMayNotOwnOneOfTheToolsKeys() {
        var e = assertThrows(IllegalArgumentException.class, () -> owning("title"));
        assertTrue(e.getMessage().contains("'title'"), e.getMessage());
    }

    @Test
    void aFeatureOwnsAKeyOfItsOwn() {
        assertDoesNotThrow(() -> owning("gazetteer-scale"));
    }
}
