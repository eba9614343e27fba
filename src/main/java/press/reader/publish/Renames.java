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
 * finally blocks), just before its N-th rename or link. With {@code -Dbookpress.test.pauseAtRenames=true} it stops
 * before each one instead, prints {@code rename N} and goes on when a line comes in: the test copies the folder
 * meanwhile, as a kill at that step would leave it (a killed process writes nothing more), in one process for all
 * the steps.
 */
final class Renames {
    private static final int HALT_AT = Integer.getInteger("bookpress.test.haltAtRename", 0);
    private static final boolean PAUSE = Boolean.getBoolean("bookpress.test.pauseAtRenames");
    private static int count;

    private Renames() {}

    /** Replaces {@code to} by {@code from} in one step where the file system allows it. */
    static synchronized void move(Path from, Path to) throws IOException {
        stopIfAsked();
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes {@code link} a symbolic link to {@code target} (relative to the link's folder). */
    static synchronized void symlink(Path link, Path target) throws IOException {
        stopIfAsked();
        Files.createSymbolicLink(link, target);
    }

    private static void stopIfAsked() throws IOException {
        if (HALT_AT == 0 && !PAUSE) return;
        count++;
        if (count == HALT_AT) Runtime.getRuntime().halt(137);
        if (PAUSE) {
            System.out.println("rename " + count);
            System.out.flush();
            for (int c = System.in.read(); c != '\n' && c != -1; c = System.in.read()) {
                // the test has copied the folder when its line comes
            }
        }
    }
}
