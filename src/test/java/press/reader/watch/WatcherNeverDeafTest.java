package press.reader.watch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher never goes deaf: a manuscript folder deleted and restored (a backup restore, rsync, rm -rf and cp -r)
 * is watched again and the watcher says so; with the output folder around the manuscript ({@code --out .}) saves
 * in the manuscript still count.
 */
class WatcherNeverDeafTest {
    private static final Duration WAIT = Duration.ofSeconds(60); // returns at the first event: a hang guard
    private static final Duration QUIET = Duration.ofMillis(200);

    @TempDir
    Path dir;

    @Test
    void aManuscriptFolderDeletedAndRestoredIsWatchedAgain() throws Exception {
        Path manuscript = dir.resolve("manuscript");
        Files.createDirectories(manuscript.resolve("essays"));
        Files.writeString(manuscript.resolve("essays/alpha.md"), "first\n");
        List<String> notices = new ArrayList<>();
        try (FolderWatcher watcher = new FolderWatcher(List.of(manuscript), FolderWatcher.ignoring(dir.resolve("output")),
                notices::add)) {
            deleteTree(manuscript);
            watcher.awaitBatch(WAIT, QUIET);
            assertTrue(notices.stream().anyMatch(n -> n.contains("disappeared")), notices.toString());

            Files.createDirectories(manuscript.resolve("essays"));
            Files.writeString(manuscript.resolve("essays/alpha.md"), "restored\n");
            Set<Path> back = awaitNonEmpty(watcher);
            assertTrue(notices.stream().anyMatch(n -> n.contains("is back; watching it again")), notices.toString());
            assertTrue(back.contains(manuscript.toAbsolutePath()), back.toString());

            // The edit after the restore is seen: the watcher is armed on the new folder and its subfolders.
            Files.writeString(manuscript.resolve("essays/alpha.md"), "edited after the restore\n");
            Set<Path> edit = awaitNonEmpty(watcher);
            assertTrue(edit.contains(manuscript.resolve("essays/alpha.md").toAbsolutePath()), edit.toString());
        }
    }

    @Test
    void aManuscriptInsideTheOutputFolderIsStillWatched() throws Exception {
        Path out = dir;                                   // watch --out . with ./manuscript
        Path manuscript = dir.resolve("manuscript");
        Files.createDirectories(manuscript.resolve("essays"));
        Files.writeString(manuscript.resolve("essays/alpha.md"), "first\n");
        try (FolderWatcher watcher = new FolderWatcher(List.of(manuscript), FolderWatcher.ignoring(out, List.of(manuscript)))) {
            Files.writeString(dir.resolve("a-book.pdf"), "an output: does not count");
            Files.writeString(manuscript.resolve("essays/alpha.md"), "edited\n");
            Set<Path> batch = awaitNonEmpty(watcher);
            assertTrue(batch.contains(manuscript.resolve("essays/alpha.md").toAbsolutePath()), batch.toString());
            assertTrue(batch.stream().noneMatch(p -> p.getFileName().toString().endsWith(".pdf")), batch.toString());
        }
    }

    private static Set<Path> awaitNonEmpty(FolderWatcher watcher) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            Set<Path> batch = watcher.awaitBatch(Duration.ofSeconds(3), QUIET);
            if (!batch.isEmpty()) return batch;
        }
        return Set.of();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
