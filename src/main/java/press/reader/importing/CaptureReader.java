package press.reader.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.UserError;

/**
 * Turns the bytes of a raw web capture into text. Web captures arrive in UTF-8, sometimes with a byte-order mark,
 * sometimes in Windows-1252 (a browser "Save as text" on Windows); both decode correctly. An empty or binary
 * file is refused with a clear message, and text that is not valid in either encoding is refused rather than
 * letting mojibake into the book.
 */
public final class CaptureReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text, with line ends normalised to \n, and any warning about how it was decoded. */
    public record Capture(String name, String text, List<Diagnostic> warnings) {}

    private CaptureReader() {}

    public static Capture read(Path file, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw UserError.at(displayName, 0, ImportCodes.CAPTURE_UNREADABLE, "capture not found");
        } catch (IOException e) {
            throw UserError.at(displayName, 0, ImportCodes.CAPTURE_UNREADABLE, "cannot read capture: " + e.getMessage());
        }
        return decode(bytes, displayName);
    }

    public static Capture decode(byte[] bytes, String name) {
        List<Diagnostic> warnings = new ArrayList<>();
        String text;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, StandardCharsets.UTF_16, name);
        } else {
            refuseBinary(bytes, name);
            int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            byte[] body = Arrays.copyOfRange(bytes, start, bytes.length);
            try {
                text = decodeStrict(body, StandardCharsets.UTF_8);
            } catch (CharacterCodingException notUtf8) {
                text = strict(body, WINDOWS_1252, name);
                warnings.add(Diagnostic.warning(name, 0, ImportCodes.DECODED_AS_WINDOWS_1252,
                        "not UTF-8: decoded as Windows-1252; check curly quotes and accented letters in the result"));
            }
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw UserError.at(name, 1, ImportCodes.EMPTY_CAPTURE, "empty capture: there is no text to import");
        }
        int mojibake = text.indexOf("â€");
        if (mojibake >= 0) {
            throw UserError.at(name, lineOf(text, mojibake), ImportCodes.MOJIBAKE,
                    "mojibake ('â€'): this text was decoded in the wrong encoding before it was saved; "
                            + "save the capture again as UTF-8");
        }
        return new Capture(name, text, List.copyOf(warnings));
    }

    private static void refuseBinary(byte[] bytes, String name) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw UserError.at(name, 0, ImportCodes.NOT_TEXT, "binary file (it contains NUL bytes): a capture must be text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        if (n > 0 && control * 20 > n) {
            throw UserError.at(name, 0, ImportCodes.NOT_TEXT, "binary file (" + control + " control bytes in the first " + n
                    + "): a capture must be text");
        }
    }

    private static String strict(byte[] bytes, Charset charset, String name) {
        try {
            return decodeStrict(bytes, charset);
        } catch (CharacterCodingException e) {
            throw UserError.at(name, 0, ImportCodes.NOT_TEXT, "neither UTF-8 nor " + charset.displayName()
                    + ": cannot decode this capture without guessing; save it as UTF-8");
        }
    }

    private static String decodeStrict(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xff) != prefix[i]) return false;
        return true;
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
