package press.reader.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop without a real build: which changes make a batch, and that one batch means one rebuild. */
class WatchSessionTest {
    private static final Duration WAIT = Duration.ofSeconds(60); // returns at the first event: a hang guard, not a speed limit
    private static final Duration DEBOUNCE = Duration.ofMillis(200);

    @TempDir
    Path dir;
    private Path manuscript;
    private Path out;
    private FolderWatcher watcher;
    private final List<Set<Path>> rebuilds = new ArrayList<>();
    private WatchSession<Set<Path>> session;

    @BeforeEach
    void watch() throws IOException {
        manuscript = Files.createDirectories(dir.resolve("manuscript"));
        Files.createDirectories(manuscript.resolve("essays"));
        Files.writeString(manuscript.resolve("essays/alpha.md"), "first\n");
        out = Files.createDirectories(manuscript.resolve("output"));   // an output folder inside: must not count
        watcher = new FolderWatcher(List.of(manuscript), FolderWatcher.ignoring(out));
        session = new WatchSession<>(watcher, changed -> {
            rebuilds.add(changed);
            return changed;
        }, DEBOUNCE);
    }

    @AfterEach
    void close() throws IOException {
        watcher.close();
    }

    @Test
    void severalWritesOfOneSaveMakeExactlyOneRebuildAfterTheDebounce() throws Exception {
        Path alpha = manuscript.resolve("essays/alpha.md");
        for (int i = 0; i < 3; i++) {
            Files.writeString(alpha, "edit " + i + "\n");
            Thread.sleep(30);
        }
        long t0 = System.nanoTime();
        Optional<Set<Path>> batch = session.runOnce(WAIT);
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertTrue(batch.isPresent());
        assertEquals(Set.of(alpha.toAbsolutePath().normalize()), batch.get());
        assertTrue(millis >= DEBOUNCE.toMillis(), "rebuilt before the folder was quiet: " + millis + " ms");
        assertEquals(Optional.empty(), session.runOnce(Duration.ofMillis(300)), "a second rebuild for the same save");
        assertEquals(1, rebuilds.size());
    }

    @Test
    void editorScratchFilesAndTheOutputFolderDoNotTriggerARebuild() throws Exception {
        Files.writeString(manuscript.resolve("essays/.#alpha.md"), "lock");
        Files.writeString(manuscript.resolve("essays/alpha.md~"), "backup");
        Files.writeString(manuscript.resolve("essays/.alpha.md.swp"), "swap");
        Files.writeString(out.resolve("book.epub"), "output");

        assertEquals(Optional.empty(), session.runOnce(Duration.ofMillis(500)));
        assertTrue(rebuilds.isEmpty());
    }

    @Test
    void filesInFoldersCreatedWhileWatchingAreWatched() throws Exception {
        Path headnotes = Files.createDirectories(manuscript.resolve("headnotes"));
        assertTrue(session.runOnce(WAIT).isPresent(), "creating a folder is a change");
        Path note = headnotes.resolve("alpha.md");
        Files.writeString(note, "a headnote\n");

        Optional<Set<Path>> batch = session.runOnce(WAIT);
        assertTrue(batch.isPresent() && batch.get().contains(note.toAbsolutePath().normalize()), "got " + batch);
    }

    @Test
    void aTemporaryFileOfAnAtomicSaveIsNotReportedButTheSavedFileIs() throws Exception {
        Path alpha = manuscript.resolve("essays/alpha.md");
        Path tmp = manuscript.resolve("essays/sedX1b2c3");
        Files.writeString(tmp, "second\n");
        Files.move(tmp, alpha, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        assertEquals(Optional.of(Set.of(alpha.toAbsolutePath().normalize())), session.runOnce(WAIT));
    }

    @Test
    void nothingChangedMeansNoRebuild() throws Exception {
        assertEquals(Optional.empty(), session.runOnce(Duration.ofMillis(300)));
        assertTrue(rebuilds.isEmpty());
    }
}
