package press.reader.manuscript;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import press.reader.diagnostics.UserError;

/** Reads manuscript text files strictly as UTF-8 (a BOM is allowed and dropped); bad bytes are an error, never mojibake. */
public final class TextFiles {
    private TextFiles() {}

    public static String readUtf8(Path path, String displayName) {
        return readUtf8(path, displayName, Long.MAX_VALUE, "");
    }

    /**
     * Reads {@code path} as UTF-8, refusing it by its size on disk before a byte is read when it is larger than
     * {@code maxBytes}: an oversized file costs a stat, not a parse. {@code kind} names the file in the message
     * ("a YAML file").
     */
    public static String readUtf8(Path path, String displayName, long maxBytes, String kind) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw UserError.at(displayName, 1, "BP007", String.format(
                        "the file is %s, over the %s limit for %s; split it or remove what does not belong in it",
                        megabytes(size), megabytes(maxBytes), kind));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw UserError.at(displayName, 0, "BP001", "file not found");
        } catch (IOException e) {
            throw UserError.at(displayName, 0, "BP002", "cannot read file: " + e.getMessage());
        }
        return decodeUtf8(bytes, displayName);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public static String decodeUtf8(byte[] bytes, String displayName) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
            throw UserError.at(displayName, line, "BP003", String.format(
                    "invalid UTF-8 at byte offset %d (byte 0x%02X); save the file as UTF-8", offset, bytes[offset] & 0xff));
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            // flush after a completed decode cannot fail; kept for the checked contract
        }
        out.flip();
        String text = out.toString();
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

}
