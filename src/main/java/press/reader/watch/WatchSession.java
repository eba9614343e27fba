package press.reader.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The loop of {@code bookpress watch}: wait for a settled batch of changes, rebuild once for it, repeat until the
 * watcher is closed. {@link #runOnce} handles one batch, so tests drive the loop without long sleeps.
 */
public final class WatchSession<R> {
    /** How long the folders must be quiet before a batch counts as settled: one save often fires several events. */
    public static final Duration DEBOUNCE = Duration.ofMillis(200);

    private final FolderWatcher watcher;
    private final Function<Set<Path>, R> rebuild;
    private final Duration debounce;
    private volatile boolean stopped;

    public WatchSession(FolderWatcher watcher, Function<Set<Path>, R> rebuild, Duration debounce) {
        this.watcher = watcher;
        this.rebuild = rebuild;
        this.debounce = debounce;
    }

    /** Waits up to {@code wait} for changes; rebuilds once if there were any. Empty when nothing changed. */
    public Optional<R> runOnce(Duration wait) throws InterruptedException {
        Set<Path> changed = watcher.awaitBatch(wait, debounce);
        if (changed.isEmpty() || stopped) return Optional.empty();
        return Optional.ofNullable(rebuild.apply(changed));
    }

    /** Runs until {@link #stop()} is called (Ctrl-C) or the thread is interrupted. */
    public void runUntilStopped() {
        try {
            while (!stopped) runOnce(Duration.ofMillis(500));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the loop after the rebuild in progress, if any, so no output is left half-written. */
    public void stop() {
        stopped = true;
    }
}
