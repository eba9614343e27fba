package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.TestBooks;

/**
 * A chapter of 150 author's notes (the attack review's case): the label of note 100 and later overhung its box into
 * the margin by 2.7pt, each with an overflow warning (51 of them; 9,904 in a book citing 10,000 works). The label box
 * now widens with the number's digits: no warning, and every label and note is on the page.
 */
@Tag("slow")   // lays out a chapter of 150 notes with FOP (see README, Tests)
class ManyNotesTest {
    @TempDir
    Path tmp;

    @Test
    void notesNumberedPastNinetyNineFitTheirLabels() throws IOException {
        Path ms = Hostile.copyMini(tmp);
        StringBuilder text = new StringBuilder("\n");
        StringBuilder notes = new StringBuilder("\n");
        for (int i = 1; i <= 150; i++) {
            text.append("Claim ").append(i).append(".[^n").append(i).append("]\n");
            notes.append("[^n").append(i).append("]: Note text ").append(i).append(".\n");
        }
        Hostile.write(ms, "essays/beta.md", Hostile.read(ms.resolve("essays/beta.md")) + text + notes);
        Path out = tmp.resolve("out");
        Hostile.Run r = Hostile.cli("build", "--manuscript", ms.toString(), "--out", out.toString(), "--format", "pdf",
                "--styles", TestBooks.STYLES.toString());
        assertEquals(0, r.exit(), r.all());
        assertFalse(r.all().contains("BP231"), () -> "overflow warnings:\n" + r.all());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("a-small-test-book.pdf").toFile())) {
            String words = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (int i : new int[] {99, 100, 101, 150}) {
                assertTrue(words.contains("Note text " + i + "."), "note " + i + " is missing from the pages");
            }
        }
    }
}
