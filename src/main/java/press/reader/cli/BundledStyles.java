package press.reader.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The styles bundled in the jar, unpacked once into a folder kept for the next run. A build needs the styles as files
 * (FOP reads the fonts by path, the cache keys hash the folder); unpacked into a new temporary folder on every run, as
 * they were, the jar's 23 MB of fonts were inflated, written and hashed again by every build of an editor who runs the
 * jar or the launcher from their own book's folder: 1.3 to 2.5 s of a 13 s cold build of the real book. Kept, the
 * folder keeps its files' inodes and times, so the launcher's kept digests ({@code publish/KeptDigests}) serve them
 * too.
 *
 * <p>The folder is named after the bundled files (each entry's name, size and CRC, read from the jar's directory
 * without inflating anything), so another jar's styles get a folder of their own, and it is used only when every file
 * is there with its size (a damaged or half-deleted folder is unpacked again). It is unpacked under another name and
 * renamed, so two builds starting at once never see half of it. Where it lives: beside the jar (as the launcher's
 * archive and digests are), else in the user's cache folder, else (neither writable) in a temporary folder removed
 * when the JVM exits, as before. An earlier jar's folder is left where it is: a {@code watch} started from that jar may
 * still be reading its fonts (target/ goes with {@code mvn clean}; the user's cache folder is theirs to empty).
 */
final class BundledStyles {
    /** The jar's folder of styles, and the prefix of its entries. */
    static final String PREFIX = "styles/";
    private static final String COMPLETE = ".bookpress-complete";

    private BundledStyles() {}

    /** One bundled file: its path under the styles folder, its size and its CRC-32 as the jar records them. */
    record Entry(String name, long size, long crc, FileTime time) {}

    /** The bundled styles of {@code jar} as a folder, unpacked now only when no kept folder holds them whole. */
    static Path unpacked(Path jar) throws IOException {
        List<Entry> entries = entries(jar);
        String key = key(entries);
        for (Path root : roots(jar)) {
            Optional<Path> kept = keptOrUnpacked(jar, entries, root.resolve(key));
            if (kept.isPresent()) return kept.get();
        }
        Path target = Files.createTempDirectory("bookpress-styles");
        // Removed when the JVM exits (normally, on Ctrl-C or SIGTERM), so runs of the jar leave nothing behind.
        Runtime.getRuntime().addShutdownHook(
                new Thread(() -> StylesLocator.deleteTree(target), "remove-extracted-styles"));
        unpack(jar, entries, target);
        return target;
    }

    /** Where kept folders may live, in the order tried: beside the jar, then the user's cache folder. */
    static List<Path> roots(Path jar) {
        List<Path> roots = new ArrayList<>();
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path folder = jar.toAbsolutePath().getParent();
        if (folder != null) roots.add(folder.resolve(name + "-styles"));
        userCache().ifPresent(cache -> roots.add(cache.resolve("bookpress").resolve("styles")));
        return roots;
    }

    /** The user's cache folder as the system names it ($XDG_CACHE_HOME, ~/.cache, %LOCALAPPDATA%, ~/Library/Caches). */
    private static Optional<Path> userCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Optional.of(Path.of(xdg));
        String local = System.getenv("LOCALAPPDATA");
        if (local != null && !local.isBlank()) return Optional.of(Path.of(local));
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank()) return Optional.empty();
        boolean mac = System.getProperty("os.name", "").toLowerCase().startsWith("mac");
        return Optional.of(mac ? Path.of(home, "Library", "Caches") : Path.of(home, ".cache"));
    }

    /**
     * {@code folder} when it holds the bundled files whole, else unpacked there now; empty when it cannot be written
     * (the next place is tried).
     */
    static Optional<Path> keptOrUnpacked(Path jar, List<Entry> entries, Path folder) {
        if (whole(folder, entries)) return Optional.of(folder);
        Path partial = null;
        try {
            Files.createDirectories(folder.getParent());
            partial = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".partial-");
            unpack(jar, entries, partial);
            Files.writeString(partial.resolve(COMPLETE), folder.getFileName().toString(), StandardCharsets.UTF_8);
            if (Files.exists(folder)) {
                // another build unpacked it meanwhile, or a damaged copy: the whole one stays, a damaged one goes
                if (whole(folder, entries)) {
                    StylesLocator.deleteTree(partial);
                    return Optional.of(folder);
                }
                StylesLocator.deleteTree(folder);
            }
            moveInto(partial, folder);
            return Optional.of(folder);
        } catch (IOException | SecurityException e) {
            if (partial != null) StylesLocator.deleteTree(partial);
            return whole(folder, entries) ? Optional.of(folder) : Optional.empty();
        }
    }

    private static void moveInto(Path partial, Path folder) throws IOException {
        try {
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, folder);
        } catch (FileAlreadyExistsException e) {
            // another build renamed its copy first (a non-empty folder is not replaced): that one is used
            StylesLocator.deleteTree(partial);
        }
    }

    /** Whether {@code folder} was unpacked whole and still has every bundled file at its size. */
    static boolean whole(Path folder, List<Entry> entries) {
        if (!Files.isRegularFile(folder.resolve(COMPLETE))) return false;
        try {
            for (Entry e : entries) {
                Path file = folder.resolve(e.name());
                if (!Files.isRegularFile(file) || Files.size(file) != e.size()) return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The files under styles/ in {@code jar}, by name, from its directory (nothing is inflated). */
    static List<Entry> entries(Path jar) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(PREFIX) && safe(e.getName()))
                    .forEach(e -> entries.add(new Entry(e.getName().substring(PREFIX.length()), e.getSize(), e.getCrc(),
                            e.getLastModifiedTime())));
        }
        entries.sort(Comparator.comparing(Entry::name));
        return entries;
    }

    /** An entry name that stays inside the folder it is unpacked to. */
    private static boolean safe(String name) {
        return !name.contains("..") && !name.startsWith("/") && !name.contains("\\");
    }

    /** A name for the bundled files: a digest of their names, sizes and CRCs. */
    static String key(List<Entry> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Entry e : entries) {
                sha.update((e.name() + "\t" + e.size() + "\t" + e.crc() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the bundled files into {@code target}, each with the time the jar records for it. */
    private static void unpack(Path jar, List<Entry> entries, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Entry e : entries) {
                ZipEntry entry = zip.getEntry(PREFIX + e.name());
                Path dest = target.resolve(e.name());
                Files.createDirectories(dest.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
                }
                // the jar's time, not the unpacking's: a file written a moment ago is not yet kept by its digest
                if (e.time() != null) Files.setLastModifiedTime(dest, e.time());
            }
        }
    }
}
