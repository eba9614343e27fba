package press.reader.support;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Turns a hang into a failure, and nothing more. It is not a speed assertion: the limit is far beyond any
 * normal run (every guarded step takes seconds at most on a busy 2-core machine), so a slow machine never fails
 * a test. Tests of bounds measure work instead (sizes, counts); speed is measured by the benchmark.
 */
public final class HangGuard {
    /** At least ten times the slowest guarded step under load. */
    public static final Duration LIMIT = Duration.ofMinutes(5);

    private HangGuard() {}

    public static <T> T run(ThrowingSupplier<T> step) {
        return assertTimeoutPreemptively(LIMIT, step, "no result after " + LIMIT.toMinutes() + " minutes: a hang");
    }
}
