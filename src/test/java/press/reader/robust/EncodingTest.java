package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.reader.robust.Hostile.write;
import static press.reader.robust.Hostile.writeBytes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import press.reader.diagnostics.Diagnostics;

/**
 * Encodings: manuscript files are UTF-8 (a BOM and CRLF line ends are fine); a bad byte is an error naming the
 * file, line and byte offset. Captures on import may also be Windows-1252 or Latin-1 and must decode to the
 * right characters, never mojibake.
 */
class EncodingTest {
    private static final Path RULES = Path.of("manuscript/rules.yaml");

    @TempDir
    Path tmp;

    private static byte[] concat(String before, byte[] bad, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void utf8WithAndWithoutBomAndWithCrlfReadsTheSameText() {
        Path ms = Hostile.copyMini(tmp);
        writeBytes(ms, "book.yaml", concat("\uFEFF", new byte[0], Hostile.read(ms.resolve("book.yaml"))));
        write(ms, "essays/beta.md", "\uFEFF---\r\ntitle: Beta café\r\n---\r\nKrondstadt naïve “quoted” text.\r\n");
        write(ms, "essays/alpha.md", Hostile.read(ms.resolve("essays/alpha.md")).replace("\n", "\r"));
        Diagnostics d = new Diagnostics();
        Document doc = Hostile.builder().check(ms, d);
        assertFalse(d.hasErrors(), d.all()::toString);
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("Beta café"), text);
        assertTrue(text.contains("Krondstadt naïve “quoted” text."), text);
        assertFalse(text.contains("\uFEFF") || text.contains("\r"), "a BOM or CR reached the book");
    }

    static Stream<Arguments> badBytes() {
        return Stream.of(
                Arguments.of("Latin-1 e-acute", new byte[] {(byte) 0xE9}),
                Arguments.of("lone continuation byte", new byte[] {(byte) 0x80}),
                Arguments.of("overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF}),
                Arguments.of("encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Arguments.of("byte FF", new byte[] {(byte) 0xFF}),
                Arguments.of("code point above U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBytes")
    void invalidUtf8InMarkdownNamesFileLineAndByteOffset(String name, byte[] bad) {
        Path ms = Hostile.copyMini(tmp);
        String before = "---\ntitle: B\n---\nline four\nSome caf";
        writeBytes(ms, "essays/beta.md", concat(before, bad, " text.\n"));
        Hostile.assertClearError(Hostile.check(ms), "essays/beta.md", 5, "invalid UTF-8 at byte offset " + before.length());
    }

    @Test
    void aMultiByteCharacterCutAtTheEndOfTheFileIsAnError() {
        Path ms = Hostile.copyMini(tmp);
        String before = "---\ntitle: B\n---\nEnds in a cut dash ";
        writeBytes(ms, "essays/beta.md", concat(before, new byte[] {(byte) 0xE2, (byte) 0x80}, ""));
        Hostile.assertClearError(Hostile.check(ms), "essays/beta.md", 4, "invalid UTF-8 at byte offset " + before.length());
    }

    @Test
    void aUtf16MarkdownFileIsAnErrorAtByteZero() {
        Path ms = Hostile.copyMini(tmp);
        writeBytes(ms, "essays/beta.md", "\uFEFF---\ntitle: B\n---\nText.\n".getBytes(StandardCharsets.UTF_16LE));
        Hostile.assertClearError(Hostile.check(ms), "essays/beta.md", 1, "invalid UTF-8 at byte offset 0");
    }

    @Test
    void invalidUtf8InYamlNamesTheFile() {
        Path ms = Hostile.copyMini(tmp);
        writeBytes(ms, "glossary.yaml", concat("- term: soviet\n  definition: A caf", new byte[] {(byte) 0xE9}, "\n"));
        Hostile.assertClearError(Hostile.check(ms), "glossary.yaml", 2, "invalid UTF-8 at byte offset 34");
        Path ms2 = Hostile.copyMini(tmp.resolve("2"));
        writeBytes(ms2, "book.yaml", concat("format: 1\ntitle: Caf", new byte[] {(byte) 0xE9}, "\n"));
        Hostile.assertClearError(Hostile.check(ms2), "book.yaml", 2, "invalid UTF-8");
    }

    // --- captures on import ---------------------------------------------------------------------------------

    private Hostile.Run importCapture(byte[] capture) {
        writeBytes(tmp, "sources/cap.txt", capture);
        return Hostile.cli("import", tmp.resolve("sources/cap.txt").toString(), "--into", tmp.resolve("essays").toString(),
                "--id", "cap", "--rules", RULES.toString(), "--report", tmp.resolve("out/report.md").toString());
    }

    private static final String PROSE = "The April Theses\n\nLenin’s “April Theses” – the crèche, the café, naïve Ærø; "
            + "½ of the soviets… said «no».\n";

    @Test
    void aWindows1252CaptureImportsWithTheRightCharacters() {
        Hostile.Run r = importCapture(PROSE.getBytes(Charset.forName("windows-1252")));
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.err().contains("IM004"), "a warning says how it was decoded: " + r.all());
        String essay = Hostile.read(tmp.resolve("essays/cap.md"));
        assertTrue(essay.contains("crèche, the café, naïve Ærø; ½ of the soviets… said «no»."), essay);
        assertTrue(essay.contains("Lenin’s “April Theses”"), essay);
        Hostile.assertNoTrace(r);
    }

    @Test
    void aLatin1CaptureImportsWithTheRightCharacters() {
        String latin1 = "A Title\n\nDer Rätekongress in Zürich, façade, señor, Øresund, ¿qué? ©1917 ±5 µ ß.\n";
        Hostile.Run r = importCapture(latin1.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(0, r.exit(), r.all());
        String essay = Hostile.read(tmp.resolve("essays/cap.md"));
        assertTrue(essay.contains("Der Rätekongress in Zürich, façade, señor, Øresund, ¿qué? ©1917 ±5 µ ß."), essay);
    }

    @Test
    void aCaptureInNeitherEncodingIsRefusedClearly() {
        // 0x81 and 0x8D are C1 controls in Latin-1 and undefined in Windows-1252: no guess is safe.
        byte[] bytes = concat("Title\n\nText with ", new byte[] {(byte) 0x81, (byte) 0x8D, (byte) 0xE9}, " bytes.\n");
        Hostile.Run r = importCapture(bytes);
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.err().contains("cap.txt: error: neither UTF-8 nor windows-1252"), r.all());
        Hostile.assertNoTrace(r);
    }

    @Test
    void aUtf16CaptureWithBomImports() {
        Hostile.Run r = importCapture(("\uFEFF" + PROSE).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(0, r.exit(), r.all());
        assertTrue(Hostile.read(tmp.resolve("essays/cap.md")).contains("Lenin’s “April Theses”"));
    }

    @Test
    void aUtf8CaptureWithBomImportsWithoutTheBom() {
        Hostile.Run r = importCapture(("\uFEFF" + PROSE).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(0, r.exit(), r.all());
        String essay = Hostile.read(tmp.resolve("essays/cap.md"));
        assertFalse(essay.contains("\uFEFF") || essay.contains("\r"), essay);
        assertTrue(essay.contains("title: \"The April Theses\""), essay);
    }

    @Test
    void aBinaryCaptureIsRefused() {
        Hostile.Run r = importCapture(new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, 1, 2, 3});
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.err().contains("binary file"), r.all());
        Hostile.assertNoTrace(r);
    }
}
