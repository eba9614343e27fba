package press.reader.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Every rename by which a build publishes something (cache entries, the commit's links, journal and moves), and
 * every link it makes for the commit. One place, so that tests can kill a real build process at any one of them:
 * with {@code -Dbookpress.test.haltAtRename=N} the JVM halts, as if killed with SIGKILL (no shutdown hooks, no
 * finally blocks), just before its N-th rename or link.
 */
final class Renames {
    private static final int HALT_AT = Integer.getInteger("bookpress.test.haltAtRename", 0);
    private static int count;

    private Renames() {}

    /** Replaces {@code to} by {@code from} in one step where the file system allows it. */
    static synchronized void move(Path from, Path to) throws IOException {
        haltIfAsked();
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes {@code link} a symbolic link to {@code target} (relative to the link's folder). */
    static synchronized void symlink(Path link, Path target) throws IOException {
        haltIfAsked();
        Files.createSymbolicLink(link, target);
    }

    private static void haltIfAsked() {
        if (HALT_AT > 0 && ++count == HALT_AT) Runtime.getRuntime().halt(137);
    }
}
