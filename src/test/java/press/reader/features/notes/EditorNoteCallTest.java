package press.reader.features.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.support.ManuscriptCopy;

/** Where an editor's note is called: at the end of its clause or quotation, never inside a word. */
class EditorNoteCallTest {
    @TempDir
    Path tmp;

    private static String call(String text, String anchor) {
        int end = text.indexOf(anchor) + anchor.length();
        int at = EditorNoteMarker.callPosition(text, end);
        return text.substring(0, at) + "¹" + text.substring(at);
    }

    @Test
    void theCallGoesToTheEndOfTheClauseAfterItsPunctuation() {
        assertEquals("from the Bolsheviks and Left-SRs,¹ and the rest",
                call("from the Bolsheviks and Left-SRs, and the rest", "Bolsheviks and"));
        assertEquals("The following day the Second All-Russian Congress voted.¹ Then",
                call("The following day the Second All-Russian Congress voted. Then", "day the Second"));
    }

    @Test
    void theCallGoesBeforeADashButARangeIsNotADash() {
        assertEquals("after October¹—could rally", call("after October—could rally", "after October"));
        assertEquals("the Civil War of 1918–1920¹ – and then", call("the Civil War of 1918–1920 – and then", "War of"));
    }

    @Test
    void aCallInsideAQuotationGoesAfterIt() {
        assertEquals("as “thrust on us by war and ruin. It was temporary.”¹ After",
                call("as “thrust on us by war and ruin. It was temporary.” After", "war and ruin"));
        assertEquals("the principle “from each, to each”.¹ So",
                call("the principle “from each, to each”. So", "the principle"));
    }

    @Test
    void anAttributionLineIsClosedByTheCall() {
        assertEquals("— Lenin, cited in A History, p. 312¹", call("— Lenin, cited in A History, p. 312", "A History"));
    }

    @Test
    void anAnchorThatSplitsAWordIsRefusedAtItsLine() {
        var ms = ManuscriptCopy.mini(tmp).write("editor-notes.yaml", """
                - chapter: alpha
                  at: Vladiw
                  note: Vladivostok.
                """);
        List<Diagnostic> ds = ms.check().stream().filter(d -> d.code().equals("BP132")).toList();
        assertEquals(1, ds.size(), ds.toString());
        assertEquals("editor-notes.yaml:1: error: editor's note anchor 'Vladiw' splits the word 'Vladiwostok'; "
                + "anchor the note on whole words [BP132]", ds.get(0).format());
    }
}
