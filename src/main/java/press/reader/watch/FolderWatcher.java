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
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
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
     * @param roots   folders to watch (those that do not exist are skipped)
     * @param ignored paths whose changes do not count (editor scratch files, the output folder); an ignored
     *                folder is not watched at all
     */
    public FolderWatcher(Collection<Path> roots, Predicate<Path> ignored) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored;
        for (Path root : roots) {
            if (Files.isDirectory(root)) registerTree(root.toAbsolutePath().normalize());
        }
    }

    /** Changes of editor scratch files are ignored, and so is anything under {@code outputFolder}. */
    public static Predicate<Path> ignoring(Path outputFolder) {
        Path out = outputFolder.toAbsolutePath().normalize();
        return p -> EditorFiles.isScratch(p) || p.toAbsolutePath().normalize().startsWith(out);
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
            WatchKey key = service.poll(firstChange.toMillis(), TimeUnit.MILLISECONDS);
            while (key != null) {
                collect(key, changed, created);
                key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
            }
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
        } catch (java.nio.file.NoSuchFileException e) {
            // Created and deleted again before we got to it: nothing to watch.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root + ": " + e.getMessage(), e);
        }
    }
}
