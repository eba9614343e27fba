package press.reader.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.UserError;

/** Bad input: a clear message or a correct decode, never mojibake. */
class CaptureReaderTest {

    @Test
    void emptyFileIsRefusedClearly() {
        UserError e = assertThrows(UserError.class, () -> CaptureReader.decode(new byte[0], "empty.txt"));
        assertEquals("empty.txt:1: error: empty capture: there is no text to import [IM002]", e.diagnostics().get(0).format());
        assertThrows(UserError.class, () -> CaptureReader.decode(" \n\n".getBytes(StandardCharsets.UTF_8), "blank.txt"));
    }

    @Test
    void binaryFileIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        UserError e = assertThrows(UserError.class, () -> CaptureReader.decode(png, "image.txt"));
        assertEquals("IM003", e.diagnostics().get(0).code());
        assertTrue(e.getMessage().contains("binary"));
    }

    @Test
    void windows1252IsDecodedCorrectlyWithAWarning() {
        byte[] cp1252 = "Lenin’s “April Theses” – crèches…".getBytes(Charset.forName("windows-1252"));
        CaptureReader.Capture c = CaptureReader.decode(cp1252, "old.txt");
        assertEquals("Lenin’s “April Theses” – crèches…", c.text());
        assertEquals("IM004", c.warnings().get(0).code());
    }

    @Test
    void utf8WithByteOrderMarkAndWindowsLineEnds() {
        byte[] bytes = "\uFEFFTitle\r\n\r\nText.\r\n".getBytes(StandardCharsets.UTF_8);
        CaptureReader.Capture c = CaptureReader.decode(bytes, "bom.txt");
        assertEquals("Title\n\nText.\n", c.text());
        assertTrue(c.warnings().isEmpty());
    }

    @Test
    void mojibakeAlreadyInTheFileIsRefused() {
        byte[] bytes = "Leninâ€™s testament".getBytes(StandardCharsets.UTF_8);
        UserError e = assertThrows(UserError.class, () -> CaptureReader.decode(bytes, "moji.txt"));
        assertEquals("IM005", e.diagnostics().get(0).code());
    }
}
