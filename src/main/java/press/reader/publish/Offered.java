package press.reader.publish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work offered to the second core that the thread needing its result does itself if the second core has not begun it
 * by then: run beside when that core is idle (a warm EPUB rebuild), never waiting behind what fills it (the checks,
 * the screen PDF) and never lost when its thread has died.
 */
final class Offered<T> {
    private final FutureTask<T> task;

    Offered(SecondCore core, Callable<T> work) {
        this.task = new FutureTask<>(work);
        core.submit(() -> {
            task.run();      // does nothing when the other thread has begun it already
            return null;
        });
    }

    /** The result: computed here if no thread has begun it, else waited for. */
    T get() throws IOException {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the second core");
        } catch (CancellationException e) {
            throw new IllegalStateException("needed after the build ended", e);
        } catch (ExecutionException e) {
            throw SecondCore.rethrown(e);
        }
    }

    /** The build is over: if no thread has begun the work, it is not done. */
    void cancel() {
        task.cancel(false);
    }
}
