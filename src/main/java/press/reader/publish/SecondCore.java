package press.reader.publish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work of a build that runs beside the print layout on a second core: the stylesheets and fonts made ready while the
 * manuscript is read, the tagged screen PDF rendered while the cover, the EPUB and the reports are made. One thread,
 * kept for the builder's life (watch and serve reuse it); a failure comes back to the build as it was thrown.
 */
final class SecondCore {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bookpress-second-core");
        t.setDaemon(true);   // never keeps the JVM alive after a command has finished
        return t;
    });

    <T> Future<T> submit(Callable<T> task) {
        return thread.submit(task);
    }

    /** Work submitted with the time it took once it has run (0 until then), for the build's timings. */
    record Timed(Future<?> work, long[] millis) {}

    Timed submitTimed(Callable<?> task) {
        long[] took = new long[1];
        Future<?> work = thread.submit(() -> {
            long start = System.nanoTime();
            try {
                return task.call();
            } finally {
                took[0] = (System.nanoTime() - start) / 1_000_000;
            }
        });
        return new Timed(work, took);
    }

    /** The result of {@code task}, or what it threw (a user's error stays a user's error). */
    static <T> T join(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the second core");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            if (cause instanceof IOException io) throw io;
            throw new IllegalStateException(cause);
        }
    }
}
