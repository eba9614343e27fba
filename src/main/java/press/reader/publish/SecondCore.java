package press.reader.publish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Work of a build that runs beside the print layout on a second core: the stylesheets and fonts made ready while the
 * manuscript is read, the tagged screen PDF rendered while the cover, the EPUB and the reports are made. One thread,
 * kept for the builder's life (watch and serve reuse it); a failure comes back to the build as it was thrown.
 */
final class SecondCore {
    /** How often {@link #join} looks at the thread while it waits: once a second for a build. */
    private final long lookMillis;
    /** The looks taken so far (for tests: work that outlasts a look, without sleeping for a guessed time). */
    private final AtomicLong looks = new AtomicLong();
    /** What last ended the thread outside any task (its own bookkeeping out of memory), or null. */
    private volatile Throwable died;
    /** How many times that happened: a task handed over after a death was not queued behind it (see {@link #join}). */
    private final AtomicLong deaths = new AtomicLong();

    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "bookpress-second-core");
                t.setDaemon(true);   // never keeps the JVM alive after a command has finished
                // A task's failure is its future's; an error outside any task (out of memory in the executor's own
                // bookkeeping) ends the thread, and the task a build waits for may never run: recorded for join.
                t.setUncaughtExceptionHandler((dead, e) -> {
                    died = e;
                    deaths.incrementAndGet();
                });
                return t;
            });

    SecondCore() {
        this(Duration.ofSeconds(1));
    }

    /** With looks at the thread at another interval: the tests of a dying thread need not wait a second per look. */
    SecondCore(Duration look) {
        this.lookMillis = look.toMillis();
    }

    /** Whether the thread has nothing to do: no task running, none queued. */
    boolean idle() {
        return thread.getActiveCount() == 0 && thread.getQueue().isEmpty();
    }

    /** A task with the number of deaths of the thread before it was handed over. */
    private static final class Task<T> extends FutureTask<T> {
        final long deathsBefore;

        Task(Callable<T> work, long deathsBefore) {
            super(work);
            this.deathsBefore = deathsBefore;
        }
    }

    <T> Future<T> submit(Callable<T> work) {
        Task<T> task = new Task<>(work, deaths.get());
        thread.execute(task);
        return task;
    }

    /** Work submitted with the time it took once it has run (0 until then), for the build's timings. */
    record Timed(Future<?> work, long[] millis) {}

    Timed submitTimed(Callable<?> task) {
        long[] took = new long[1];
        Future<?> work = submit(() -> {
            long start = System.nanoTime();
            try {
                return task.call();
            } finally {
                took[0] = (System.nanoTime() - start) / 1_000_000;
            }
        });
        return new Timed(work, took);
    }

    /** Runs {@code work} outside any task, as the thread's own bookkeeping runs (for tests of a thread that dies). */
    void executeOutsideTask(Runnable work) {
        thread.execute(work);
    }

    /** How many times the thread died outside a task (for tests). */
    long deaths() {
        return deaths.get();
    }

    /** How many times {@link #join} looked at the thread while a task was not done (for tests). */
    long looks() {
        return looks.get();
    }

    /**
     * The result of {@code task}, or what it threw (a user's error stays a user's error). When the thread died
     * outside a task after {@code task} was handed over, and the task is still not done, what killed the thread is
     * thrown rather than waiting for ever for a task that may never run: the build then fails out of memory as it
     * would on its own thread. A death before the task was handed over is not the task's: the task went to the thread
     * that replaced the dead one, and is waited for however long it takes (a screen PDF takes seconds; a build
     * after the death must not fail with it once its task outlasts a look at the thread).
     */
    <T> T join(Future<T> task) throws IOException {
        try {
            while (true) {
                try {
                    return task.get(lookMillis, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    looks.incrementAndGet();
                    Throwable cause = died;
                    long before = task instanceof Task<?> t ? t.deathsBefore : 0;
                    if (cause != null && deaths.get() > before && !task.isDone()) {
                        if (cause instanceof Error err) throw err;
                        throw new IllegalStateException("the second core's thread stopped", cause);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the second core");
        } catch (ExecutionException e) {
            throw SecondCore.rethrown(e);
        }
    }

    /** A task's failure thrown as its task threw it: unchecked and errors as they are, an I/O error returned to throw. */
    static IOException rethrown(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error err) throw err;
        if (cause instanceof IOException io) return io;
        throw new IllegalStateException(cause);
    }
}
