package press.reader.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import press.reader.memo.ContentCheck;
import press.reader.memo.Fingerprint;

/**
 * Results of earlier builds under output/.cache, each stored with the hash of everything it was made from.
 * An entry is used only when that hash matches exactly, so it can never be stale.
 *
 * <p>An entry is one file: a header line with its key and a check of its data ({@link ContentCheck}: its length and
 * CRC-32C), then the data. It is written to a temporary file and renamed into place in one step, so a killed build
 * can never leave one book's key next to another book's data; the data's check is made on every read, so a torn or
 * damaged entry is only a miss. The
 * temporary file of a failed write is deleted at once, and those of killed builds by the next build.
 */
public final class BuildCache {
    /** Format 3: the data's check is {@link ContentCheck}'s (format 2's SHA-256 of the print PDF cost a warm rebuild
     * tens of milliseconds); an entry of another format is a miss. */
    private static final String MAGIC = "bookpress-cache-entry 3 ";
    private static final String TEMP_PREFIX = ".entry-";
    private static final String TEMP_SUFFIX = ".tmp";
    private final Path dir;

    public BuildCache(Path outDir) {
        this.dir = outDir.resolve(".cache");
    }

    /** Whether an entry {@code name} is kept under any key (a miss for every key when not). */
    public boolean has(String name) {
        return Files.isRegularFile(dir.resolve(name));
    }

    public Optional<byte[]> get(String name, String key) {
        Path data = dir.resolve(name);
        if (!Files.isRegularFile(data)) return Optional.empty();
        try (InputStream in = Files.newInputStream(data)) {
            // the header line first: an entry under another key (the usual miss, the book changed) is not read on;
            // the screen PDF's is looked up two or three times in a build that lays the book out
            byte[] head = in.readNBytes(HEADER_LIMIT);
            int nl = indexOf(head, (byte) '\n');
            if (nl < 0) return Optional.empty();
            String line = new String(head, 0, nl, StandardCharsets.US_ASCII);
            String[] header = line.split(" ");
            if (header.length != 4 || !line.startsWith(MAGIC + key + " ")) return Optional.empty();
            byte[] rest = in.readAllBytes();
            int inHead = head.length - nl - 1;
            byte[] content = new byte[inHead + rest.length];
            System.arraycopy(head, nl + 1, content, 0, inHead);
            System.arraycopy(rest, 0, content, inHead, rest.length);
            if (!ContentCheck.of(content).equals(header[3])) return Optional.empty();   // torn or damaged: a miss
            return Optional.of(content);
        } catch (IOException e) {
            return Optional.empty();          // a cache that cannot be read is only a miss
        }
    }

    /** The most a header line may take (magic, key, check): the key is a SHA-256 in hex. */
    private static final int HEADER_LIMIT = 512;

    /** Stores an entry, whole or not at all. Failure to store is not an error: the next build does the work again. */
    public void put(String name, String key, byte[] content) {
        Path tmp = null;
        try {
            Files.createDirectories(dir.resolve(name).getParent());
            tmp = Files.createTempFile(dir, TEMP_PREFIX, TEMP_SUFFIX);
            try (var out = Files.newOutputStream(tmp)) {
                out.write((MAGIC + key + " " + ContentCheck.of(content) + "\n").getBytes(StandardCharsets.US_ASCII));
                out.write(content);
            }
            Renames.move(tmp, dir.resolve(name));
            tmp = null;
            Files.deleteIfExists(dir.resolve(name + ".key"));     // the key file of the previous format
        } catch (IOException e) {
            // the next build simply does the work again
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // removed by the next build's removeTemporaryFiles
                }
            }
        }
    }

    /** Deletes the temporary files that killed builds left (called with the output folder's lock held). */
    public void removeTemporaryFiles() {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if ((n.startsWith(TEMP_PREFIX) || n.startsWith(".key")) && n.endsWith(TEMP_SUFFIX)) Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // harmless: tried again by the next build
        }
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < Math.min(b.length, HEADER_LIMIT); i++) if (b[i] == x) return i;
        return -1;
    }

    /** SHA-256 over the parts, each length-prefixed so that ("ab","c") and ("a","bc") differ ({@link Fingerprint}). */
    public static String hash(Object... parts) {
        return Fingerprint.of(parts);
    }

    /** A hash of every file of a folder (names and contents), for the styles a result was made with. */
    public static String hashFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                md.update(folder.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                md.update(FileDigests.digest(f));
            }
            FileDigests.keep();
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unreadable-" + System.nanoTime();
        }
    }
}
