package press.reader.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Results of earlier builds under output/.cache, each stored with the hash of everything it was made from.
 * An entry is used only when that hash matches exactly, so it can never be stale; a damaged entry is a miss.
 */
public final class BuildCache {
    private final Path dir;

    public BuildCache(Path outDir) {
        this.dir = outDir.resolve(".cache");
    }

    public Optional<byte[]> get(String name, String key) {
        try {
            Path data = dir.resolve(name);
            Path keyFile = dir.resolve(name + ".key");
            if (Files.isRegularFile(data) && Files.isRegularFile(keyFile) && Files.readString(keyFile).equals(key)) {
                return Optional.of(Files.readAllBytes(data));
            }
        } catch (IOException e) {
            // a cache that cannot be read is only a miss
        }
        return Optional.empty();
    }

    /** Stores an entry (data first, key last, each moved into place whole). Failure to store is not an error. */
    public void put(String name, String key, byte[] content) {
        try {
            Files.createDirectories(dir.resolve(name).getParent());
            Path tmp = Files.createTempFile(dir, ".entry", ".tmp");
            Files.write(tmp, content);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Path keyTmp = Files.createTempFile(dir, ".key", ".tmp");
            Files.writeString(keyTmp, key);
            Files.move(keyTmp, dir.resolve(name + ".key"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the next build simply does the work again
        }
    }

    /** SHA-256 over the parts, each length-prefixed so that ("ab","c") and ("a","bc") differ. */
    public static String hash(Object... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Object p : parts) {
                byte[] b = p instanceof byte[] bytes ? bytes : String.valueOf(p).getBytes(StandardCharsets.UTF_8);
                md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) ':');
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A hash of every file of a folder (names and contents), for the styles a result was made with. */
    public static String hashFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                md.update(folder.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unreadable-" + System.nanoTime();
        }
    }
}
