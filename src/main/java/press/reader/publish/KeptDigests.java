package press.reader.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The digests of large files ({@link FileDigests}) kept in a file from one process to the next, as git's index keeps
 * its files' hashes: a cold build (a new JVM) otherwise reads and hashes the styles folder's 23 MB of fonts again to
 * make its cache keys, a few tenths of a second of CPU time with the quick compiler. The launcher and the README
 * command name the file ({@value #PROPERTY}: beside the jar, in target/bookpress-jvm); without it nothing is kept.
 *
 * <p>A digest is served only for the same absolute path with the same size, modification time to the nanosecond,
 * file key (the inode where the system has one) and status change time (ctime), as git's index compares them: a file
 * rewritten in place with its size and modification time kept ({@code cp -p}, {@code touch -r}, {@code rsync
 * --inplace -t}) has a new change time, which no tool sets back. The one blind spot: a system without a change time
 * and such a rewrite. A file modified less than {@link #SETTLED_NANOS} before it was
 * hashed is not kept (a file system whose clock has coarse steps could see a second write in the same step).
 * The file is read once per process and written whole under another name and renamed, so a reader never sees half of
 * it; a line that does not parse is dropped (a damaged file is only a miss).
 */
public final class KeptDigests {
    /** The system property naming the file. */
    public static final String PROPERTY = "bookpress.file-digests";
    static final long SETTLED_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final String HEADER = "bookpress-file-digests 2";   // 2: the change time in the file key

    /** A file as it was when hashed: what must be the same for its digest to be served. */
    record Stamp(long size, long modifiedNanos, String fileKey) {
        String line(Path path, byte[] digest) {
            return HexFormat.of().formatHex(digest) + "\t" + size + "\t" + modifiedNanos + "\t" + fileKey + "\t" + path;
        }
    }

    private record Kept(Stamp stamp, byte[] digest) {}

    private final Path file;
    private Map<Path, Kept> kept;
    private boolean changed;

    KeptDigests(Path file) {
        this.file = file;
    }

    /** The file the system property names, or empty (nothing kept between processes). */
    static Optional<KeptDigests> fromProperty() {
        String name = System.getProperty(PROPERTY);
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(new KeptDigests(Path.of(name)));
    }

    /** The digest kept for {@code path} when it still has {@code stamp}. */
    synchronized Optional<byte[]> get(Path path, Stamp stamp) {
        Kept k = all().get(path);
        return k != null && k.stamp().equals(stamp) ? Optional.of(k.digest().clone()) : Optional.empty();
    }

    /** Keeps {@code digest} of {@code path} as hashed at {@code hashedAtNanos} (wall clock), unless it had just changed. */
    synchronized void put(Path path, Stamp stamp, byte[] digest, long hashedAtNanos) {
        String p = path.toString();
        if (p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0 || p.indexOf('\t') >= 0 || stamp.fileKey().indexOf('\t') >= 0
                || stamp.fileKey().indexOf('\n') >= 0) {
            return;
        }
        if (hashedAtNanos - stamp.modifiedNanos() < SETTLED_NANOS) return;
        Kept old = all().put(path, new Kept(stamp, digest.clone()));
        changed |= old == null || !old.stamp().equals(stamp);
    }

    /** Writes the file when something new was kept; a file that cannot be written is only a miss next time. */
    synchronized void save() {
        if (!changed) return;
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        all().forEach((path, k) -> lines.add(k.stamp().line(path, k.digest())));
        Path partial = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.write(partial, lines, StandardCharsets.UTF_8);
            // not Renames: its count of an output folder's renames is the tests' (a kill between two of them)
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            changed = false;
        } catch (IOException e) {
            // the next process hashes the files again
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // a few bytes left beside the file
            }
        }
    }

    private Map<Path, Kept> all() {
        if (kept == null) kept = read(file);
        return kept;
    }

    private static Map<Path, Kept> read(Path file) {
        Map<Path, Kept> out = new TreeMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return out;     // none yet, or unreadable: every file is hashed
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) return out;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", 5);
            if (f.length != 5 || f[0].length() != 64) continue;
            try {
                byte[] digest = HexFormat.of().parseHex(f[0]);
                out.put(Path.of(f[4]), new Kept(new Stamp(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]), digest));
            } catch (RuntimeException damaged) {
                // a line that does not parse is a miss
            }
        }
        return out;
    }
}
