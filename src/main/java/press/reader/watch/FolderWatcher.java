package press.reader.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them (java.nio's WatchService sees one folder at a time, so every
 * subfolder is registered, including folders created later) and returns changes in settled batches: a save that
 * touches a file three times, or a "save all", becomes one batch once the folders have been quiet for a moment.
 */
public final class FolderWatcher implements Closeable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Predicate<Path> ignored;
    /**
     * The watched roots and the identity (inode) of the folder each was armed on, or null while it is missing. A
     * root deleted and restored (a backup restore, rsync, rm -rf and cp -r) is a new folder that no watch covers;
     * it is found again by this identity and re-armed.
     */
    private final Map<Path, Object> roots = new LinkedHashMap<>();
    private final Consumer<String> notices;

    /**
     * @param roots   folders to watch (those that do not exist are armed when they appear)
     * @param ignored paths whose changes do not count (editor scratch files, the output folder); an ignored
     *                folder is not watched at all
     */
    public FolderWatcher(Collection<Path> roots, Predicate<Path> ignored) throws IOException {
        this(roots, ignored, notice -> { });
    }

    /** @param notices told, in words, when a watched folder disappears and when it is watched again */
    public FolderWatcher(Collection<Path> roots, Predicate<Path> ignored, Consumer<String> notices)
            throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored;
        this.notices = notices;
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            this.roots.put(abs, null);
            if (Files.isDirectory(abs)) {
                registerTree(abs);
                this.roots.put(abs, identity(abs));
            }
        }
    }

    /**
     * Re-arms the roots whose folder was replaced or came back since the last look, and counts each such root as
     * changed (its files may all be new); says when a root disappears.
     */
    private void rearm(Set<Path> changed) {
        for (var e : roots.entrySet()) {
            Path root = e.getKey();
            Object now = Files.isDirectory(root) ? identity(root) : null;
            Object was = e.getValue();
            if (Objects.equals(now, was) && (now == null || armed(root))) continue;
            if (now == null) {
                notices.accept(root + " disappeared; watching for it to come back");
                folders.values().removeIf(f -> f.startsWith(root));
                e.setValue(null);
                continue;
            }
            folders.entrySet().removeIf(f -> {
                if (!f.getValue().startsWith(root)) return false;
                f.getKey().cancel();
                return true;
            });
            registerTree(root);
            e.setValue(identity(root));
            notices.accept(root + " is back; watching it again");
            changed.add(root);
        }
    }

    private boolean armed(Path root) {
        for (var f : folders.entrySet()) if (f.getValue().equals(root) && f.getKey().isValid()) return true;
        return false;
    }

    private static Object identity(Path folder) {
        try {
            Object key = Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
            return key != null ? key : folder;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Changes of editor scratch files are ignored, and so is anything under {@code outputFolder}, except inside the
     * watched folders themselves: with {@code --out .} the manuscript is inside the output folder, and its saves
     * must still count.
     */
    public static Predicate<Path> ignoring(Path outputFolder, Collection<Path> watched) {
        Path out = outputFolder.toAbsolutePath().normalize();
        List<Path> inside = watched.stream().map(p -> p.toAbsolutePath().normalize())
                .filter(p -> p.startsWith(out) && !p.equals(out)).toList();
        return p -> {
            if (EditorFiles.isScratch(p)) return true;
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(out)) return false;
            for (Path w : inside) {
                if (abs.startsWith(w) || w.startsWith(abs)) return false;   // a watched folder, or a folder above one
            }
            return true;
        };
    }

    /** Changes of editor scratch files are ignored, and so is anything under {@code outputFolder}. */
    public static Predicate<Path> ignoring(Path outputFolder) {
        return ignoring(outputFolder, List.of());
    }

    /**
     * Waits up to {@code firstChange} for something to change, then keeps collecting until nothing has changed for
     * {@code quiet} (the debounce). Returns the changed paths, sorted; empty when nothing relevant changed in time
     * or the watcher was closed.
     */
    public Set<Path> awaitBatch(Duration firstChange, Duration quiet) throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        Set<Path> created = new HashSet<>();
        try {
            rearm(changed);
            WatchKey key = service.poll(changed.isEmpty() ? firstChange.toMillis() : quiet.toMillis(), TimeUnit.MILLISECONDS);
            while (key != null) {
                collect(key, changed, created);
                key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
            }
            rearm(changed);
        } catch (ClosedWatchServiceException e) {
            return Set.of();
        }
        return changed;
    }

    /** How many folders are being watched (for the start-up message and tests). */
    public int folderCount() {
        return folders.size();
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    /**
     * Adds the key's changes to {@code changed}. A file both created and deleted within the batch (a temporary file
     * of an atomic save, sed -i, a build tool) changed nothing that lasts, and is dropped.
     */
    private void collect(WatchKey key, Set<Path> changed, Set<Path> created) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) continue;
            if (event.kind() == OVERFLOW) {           // events were lost: something in this folder changed
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (ignored.test(path)) continue;
            if (event.kind() == ENTRY_CREATE) {
                created.add(path);
                if (Files.isDirectory(path)) registerTree(path);
            }
            if (event.kind() == ENTRY_DELETE && created.remove(path)) {
                changed.remove(path);
                continue;
            }
            changed.add(path);
        }
        if (!key.reset()) folders.remove(key);       // the folder is gone
    }

    private void registerTree(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path dir : tree.filter(Files::isDirectory).filter(d -> !ignored.test(d)).toList()) {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        } catch (NoSuchFileException e) {
            // Created and deleted again before we got to it: nothing to watch.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root + ": " + e.getMessage(), e);
        }
    }
}
