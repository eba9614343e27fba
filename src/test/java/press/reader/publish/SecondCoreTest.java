package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import press.reader.support.HangGuard;

class SecondCoreTest {
    /** How often join looks at the thread in these tests (a build's looks once a second). */
    private static final Duration LOOK = Duration.ofMillis(20);

    /** A cold build's thread lays the screen out ahead only while the second core is idle (ScreenAhead). */
    @Test
    void idleWhenNoTaskRunsAndNoneIsQueued() throws Exception {
        SecondCore core = new SecondCore();
        assertTrue(core.idle(), "a new thread has nothing to do");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var running = core.submit(() -> {
            started.countDown();
            release.await();
            return null;
        });
        var queued = core.submit(() -> null);
        assertFalse(core.idle(), "a task queued");
        started.await();
        assertFalse(core.idle(), "a task running");
        release.countDown();
        HangGuard.run(() -> core.join(running));
        HangGuard.run(() -> core.join(queued));
        // the executor counts a task done a moment after its future is: looked at until it has
        for (int i = 0; i < 500 && !core.idle(); i++) Thread.sleep(10);
        assertTrue(core.idle(), "every task done");
    }

    @Test
    void aTasksFailureComesBackAsItWasThrown() {
        SecondCore core = new SecondCore();
        IllegalArgumentException thrown = new IllegalArgumentException("the user's mistake");
        var task = core.submit(() -> { throw thrown; });
        assertSame(thrown, assertThrows(IllegalArgumentException.class, () -> HangGuard.run(() -> core.join(task))));
    }

    /**
     * Seen at 50× with a 1 GB heap: the thread ran out of memory outside its task, and the build waited for ever for
     * work queued behind it. The wait now ends with what killed the thread (a new one cannot be made either).
     */
    @Test
    void aThreadThatDiedOutsideItsTaskEndsTheWaitWithWhatKilledIt() {
        SecondCore core = new SecondCore(LOOK);
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
        core.executeOutsideTask(() -> { throw outOfMemory; });
        CompletableFuture<String> neverRun = new CompletableFuture<>();
        OutOfMemoryError seen = assertThrows(OutOfMemoryError.class, () -> HangGuard.run(() -> core.join(neverRun)));
        assertSame(outOfMemory, seen);
    }

    /**
     * The wait for work handed over after the death is not ended by it, however long the work takes: join looks at the
     * thread once a second, and work that outlasted one look failed with the old death (a build in watch or serve
     * after the death, whose screen PDF takes seconds; and this test on a loaded machine, where even quick work can
     * wait a second for the new thread). The work runs until join has looked at the thread twice (looks every
     * {@link #LOOK} here, as a build's every second): it outlasts a look by what it waits for, not by a guessed sleep.
     */
    @Test
    void theWorkAfterADeadThreadRunsOnTheThreadThatReplacesItHoweverLongItTakes() throws Exception {
        SecondCore core = new SecondCore(LOOK);
        core.executeOutsideTask(() -> { throw new OutOfMemoryError("once"); });
        HangGuard.run(() -> {
            while (core.deaths() == 0) Thread.sleep(10);
            return null;
        });
        var later = core.submit(() -> {
            while (core.looks() < 2) Thread.sleep(5);   // outlasts two looks at the thread, however long they take
            return "ran";
        });
        assertEquals("ran", HangGuard.run(() -> core.join(later)));
    }
}
