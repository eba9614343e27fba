package press.reader.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 of a file's content, remembered for large files while their size, modification time and file key stay
 * the same. The styles folder is hashed on every build (it is part of every edition's key) and holds megabytes of
 * fonts (the fallback faces alone are 15 MB) that never change between the rebuilds of a {@code watch}; reading them
 * all again cost up to a second a rebuild. Small files (the stylesheets, the design files an editor does change) are
 * always read again, so a quick save that keeps a file's size and time stamp can never be missed where it matters.
 * Where the launcher names a file for them ({@link KeptDigests}), the large files' digests are kept from one process to
 * the next too: a cold build then reads no font it has hashed before.
 */
final class FileDigests {
    /** Files at least this large are remembered by their attributes; smaller ones are always read. */
    static final long REMEMBERED_FROM_BYTES = 256 * 1024;

    private record Remembered(KeptDigests.Stamp stamp, byte[] digest) {}

    private static final Map<Path, Remembered> REMEMBERED = new ConcurrentHashMap<>();
    /** How often each large file was read, by its absolute path. */
    private static final Map<Path, Integer> READS = new ConcurrentHashMap<>();

    /** The digests kept from one process to the next, when the launcher names their file (none in the test JVMs). */
    private static volatile Optional<KeptDigests> kept = KeptDigests.fromProperty();

    private FileDigests() {}

    /** The digest of {@code file}'s bytes. */
    static byte[] digest(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.size() < REMEMBERED_FROM_BYTES) return sha256(Files.readAllBytes(file));
        Path key = file.toAbsolutePath().normalize();
        KeptDigests.Stamp stamp = new KeptDigests.Stamp(attributes.size(),
                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                attributes.fileKey() + " changed " + changeTime(file));
        Optional<KeptDigests> between = kept;
        try {
            // compute, not get-then-put: two builds of one process hashing the same styles at once (each on its
            // second core: Workshop.warmUp) read a large file once, the second waiting for the first's digest
            return REMEMBERED.compute(key, (path, known) -> known != null && known.stamp().equals(stamp) ? known
                    : new Remembered(stamp, between.flatMap(k -> k.get(path, stamp))
                            .orElseGet(() -> readAndKeep(file, path, stamp, between)))).digest();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The file's status change time (its inode's ctime), which no tool can set back as {@code touch -r} or
     * {@code cp -p} set the modification time: a font rewritten in place with its size and time kept is still seen
     * changed. -1 where the system has none.
     */
    private static long changeTime(Path file) {
        try {
            return ((FileTime) Files.getAttribute(file, "unix:ctime")).to(TimeUnit.NANOSECONDS);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | ClassCastException e) {
            return -1;
        }
    }

    /** Writes the digests read by this process to the file that keeps them (once a folder is hashed). */
    static void keep() {
        kept.ifPresent(KeptDigests::save);
    }

    /** Keeps digests between processes in {@code file} (null: not at all), as the property does; for the tests. */
    static void keepIn(Path file) {
        kept = Optional.ofNullable(file).map(KeptDigests::new);
    }

    /** Forgets what this process has read, as a new process would start (for the tests). */
    static void forgetInProcess() {
        REMEMBERED.clear();
    }

    private static byte[] readAndKeep(Path file, Path key, KeptDigests.Stamp stamp, Optional<KeptDigests> between) {
        byte[] digest = read(file, key);
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        between.ifPresent(k -> k.put(key, stamp, digest, now));
        return digest;
    }

    private static byte[] read(Path file, Path key) {
        try {
            byte[] digest = sha256(Files.readAllBytes(file));
            READS.merge(key, 1, Integer::sum);
            return digest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many times the large file {@code file} was read (for tests: a second hash of an unchanged folder reads it no
     * more). Counted per file, not for the whole process: another build's second core may be hashing other fonts at
     * the same moment (the styles hash of a build that stopped at its checks runs on), and a test counts its own files.
     */
    static int timesRead(Path file) {
        return READS.getOrDefault(file.toAbsolutePath().normalize(), 0);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
