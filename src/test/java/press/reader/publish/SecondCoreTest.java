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

    /**
     * The wait for work handed over after the death is not ended by it, however long the work takes: join looks at the
     * thread once a second, and work that outlasted one look failed with the old death (a build in watch or serve
     * after the death, whose screen PDF takes seconds; and this test on a loaded machine, where even quick work can
     * wait a second for the new thread).
     */
    @Test
    void theWorkAfterADeadThreadRunsOnTheThreadThatReplacesItHoweverLongItTakes() throws Exception {
        SecondCore core = new SecondCore();
        core.executeOutsideTask(() -> { throw new OutOfMemoryError("once"); });
        HangGuard.run(() -> {
            while (core.deaths() == 0) Thread.sleep(10);
            return null;
        });
        var later = core.submit(() -> {
            Thread.sleep(2_500);   // longer than one look at the thread: a lower bound, never a limit
            return "ran";
        });
        assertEquals("ran", HangGuard.run(() -> core.join(later)));
    }
}
