package press.reader.watch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EditorFilesTest {
    @ParameterizedTest
    @ValueSource(strings = {".#defeated.md", "#defeated.md#", "defeated.md~", ".defeated.md.swp", ".defeated.md.swo",
            ".defeated.md.swx", "4913", "defeated.md___jb_tmp___", "defeated.md___jb_old___", ".DS_Store"})
    void scratchFilesOfEditorsAreRecognised(String name) {
        assertTrue(EditorFiles.isScratch(Path.of("manuscript/essays").resolve(name)), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"defeated.md", "book.yaml", "editor-notes.yaml", "fo.xsl", "swp.md", "notes#1.md"})
    void manuscriptFilesAreNotScratch(String name) {
        assertFalse(EditorFiles.isScratch(Path.of("manuscript").resolve(name)), name);
    }
}
