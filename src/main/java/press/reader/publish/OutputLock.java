package press.reader.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import press.reader.diagnostics.UserError;

/**
 * One build at a time per output folder. The lock is an operating-system lock on {@code .bookpress.lock} in the
 * folder, so it dies with its holder: a build killed with SIGKILL leaves a file whose lock anyone can take again
 * (the stale-lock recovery is the kernel's). The file holds the holder's pid, so that a second build can say who
 * is writing instead of failing later with a misleading error about a stylesheet or a missing file.
 */
public final class OutputLock implements AutoCloseable {
    static final String FILE = ".bookpress.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code outDir} (which must exist), or refuses with the pid of the build holding it. */
    public static OutputLock take(Path outDir) {
        Path file = outDir.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw UserError.at(outDir.toString(), 0, "BP301", "cannot write to the output folder: " + OutputFiles.describe(e));
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // held by another build in this same process (watch and a test, or two builders)
        } catch (IOException e) {
            closeQuietly(channel);
            throw UserError.at(outDir.toString(), 0, "BP301", "cannot lock the output folder: " + OutputFiles.describe(e));
        }
        if (lock == null) {
            String holder = holder(channel);
            closeQuietly(channel);
            throw UserError.at(outDir.toString(), 0, "BP304", "--out is being written by "
                    + (holder.isEmpty() ? "another build" : "pid " + holder)
                    + ": one build at a time per output folder; wait for it to finish or choose another --out");
        }
        try {
            byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid), 0);
        } catch (IOException e) {
            // the pid is only for the message of a second build; the lock itself holds
        }
        return new OutputLock(channel, lock);
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(64);
            channel.read(buf, 0);
            return new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    /** True if {@code name} (a file in an output folder) is the lock file, which is never an output. */
    static boolean isLockFile(Path p) {
        return p.getFileName() != null && p.getFileName().toString().equals(FILE);
    }

    static boolean exists(Path outDir) {
        return Files.exists(outDir.resolve(FILE));
    }
}
