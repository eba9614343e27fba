package press.reader.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostics;
import press.reader.features.notes.EditorNote;
import press.reader.features.notes.EditorNotesFile;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;
import press.reader.support.TestBooks;

/** The generator only: a bigger manuscript that the reader accepts, with every copy complete. */
class SyntheticManuscriptTest {
    private static final Path MINI = Path.of("src/test/resources/manuscripts/mini");

    @TempDir
    Path dir;

    @Test
    void threeTimesTheMiniBookHasEveryEssayThreeTimesWithNewIds() {
        Path ms = SyntheticManuscript.generate(MINI, 3, dir.resolve("x3"));
        Diagnostics d = new Diagnostics();
        Manuscript book = TestBooks.read(ms, d);

        assertEquals(List.of("alpha", "beta", "alpha-2", "beta-2", "alpha-3", "beta-3"),
                book.essays().stream().map(Piece::id).toList());
        assertFalse(d.all().stream().anyMatch(x -> x.isError()), d.all().toString());
        assertEquals(book.essays().get(0).get("title"), book.essays().get(2).get("title"), "copies keep their titles");
        assertEquals(3, book.headnotes().size(), "alpha's headnote is copied with each copy of alpha");
    }

    @Test
    void eachCopyGetsTheEditorNotesOfItsOriginal() {
        Path ms = SyntheticManuscript.generate(MINI, 3, dir.resolve("x3"));
        Manuscript book = TestBooks.read(ms, new Diagnostics());

        assertEquals(List.of("alpha", "alpha-2", "alpha-3"), book.apparatus(EditorNotesFile.FILE).stream().map(EditorNote::chapter).toList());
    }

    @Test
    void theEssaysTextIsCopiedWordForWord() throws Exception {
        Path ms = SyntheticManuscript.generate(MINI, 2, dir.resolve("x2"));
        assertEquals(Files.readString(MINI.resolve("essays/alpha.md"), StandardCharsets.UTF_8),
                Files.readString(ms.resolve("essays/alpha-2.md"), StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(ms.resolve("glossary.yaml")), "apparatus files are kept");
    }

    @Test
    void factorOneIsACopyAndFactorZeroIsRefused() throws Exception {
        Path ms = SyntheticManuscript.generate(MINI, 1, dir.resolve("x1"));
        assertEquals(2, TestBooks.read(ms, new Diagnostics()).essays().size());
        assertThrows(IllegalArgumentException.class, () -> SyntheticManuscript.generate(MINI, 0, dir.resolve("x0")));
    }

    @Test
    void theParagraphEditItalicisesOneWordAndNothingElse() throws Exception {
        Path ms = dir.resolve("ms");
        Benchmark.copyTree(MINI, ms);
        Path alpha = ms.resolve("essays/alpha.md");
        String before = Files.readString(alpha, StandardCharsets.UTF_8);
        new ParagraphEdit(alpha).emphasise(0);
        String after = Files.readString(alpha, StandardCharsets.UTF_8);

        assertEquals(before.length() + 2, after.length());
        assertEquals(before, after.replaceFirst("\\*(\\w+)\\*", "$1"));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(3, Benchmark.median(List.of(5L, 1L, 3L)));
        assertEquals(25, Benchmark.median(List.of(40L, 10L, 20L, 30L)));
    }
}
