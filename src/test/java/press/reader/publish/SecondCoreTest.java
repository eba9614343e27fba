package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import press.reader.support.HangGuard;

class SecondCoreTest {

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
        SecondCore core = new SecondCore();
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
        core.executeOutsideTask(() -> { throw outOfMemory; });
        CompletableFuture<String> neverRun = new CompletableFuture<>();
        OutOfMemoryError seen = assertThrows(OutOfMemoryError.class, () -> HangGuard.run(() -> core.join(neverRun)));
        assertSame(outOfMemory, seen);
    }

    @Test
    void theWorkAfterADeadThreadRunsOnTheThreadThatReplacesIt() throws Exception {
        SecondCore core = new SecondCore();
        core.executeOutsideTask(() -> { throw new OutOfMemoryError("once"); });
        var later = core.submit(() -> "ran");
        assertEquals("ran", HangGuard.run(() -> core.join(later)));
    }
}
