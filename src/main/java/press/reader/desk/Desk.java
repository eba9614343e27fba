package press.reader.desk;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import press.reader.diagnostics.Diagnostic;
import press.reader.publish.BookBuilder;
import press.reader.watch.FolderWatcher;
import press.reader.watch.Rebuilder;
import press.reader.watch.WatchSession;

/**
 * The state behind the editor's desk: builds the book (print PDF and HTML edition) with the {@code watch} package's
 * warm rebuilder, rebuilds on every save, keeps the last good build and the one before it (for the change view), and
 * the problems of the last attempt. A failed build changes the problems, never the book shown. Listeners hear the
 * number of every finished build (the server pushes it to the page).
 */
public final class Desk implements Closeable {
    /** The editions the desk shows: the print PDF (for the proof and the page comparison) and the HTML edition. */
    public static final Set<String> FORMATS = Set.of("pdf", "html");

    /** Where the book is and how the desk explains and links its problems. */
    public record Settings(Path manuscript, Path out, Path stylesDir, LongSupplier epoch, EditorLinks editor,
                           Explanations explanations) {}

    private final Settings settings;
    private final Rebuilder rebuilder;
    private final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private FolderWatcher watcher;
    private WatchSession<Rebuilder.Outcome> session;
    private Thread loop;

    // Guarded by lock.
    private int generation;
    private boolean building;
    private BuildSnapshot good;
    private BuildSnapshot previous;
    private ChangeReport changes;
    private List<Diagnostic> problems = List.of();
    private boolean lastOk = true;
    private long lastMillis;
    private ManuscriptText builtText;

    public Desk(Settings settings, Supplier<BookBuilder> builders, PrintWriter stdout, PrintWriter stderr) {
        this.settings = settings;
        this.rebuilder = new Rebuilder(builders, settings.manuscript(), settings.out(), FORMATS, settings.epoch(),
                settings.stylesDir(), stdout, stderr);
    }

    /** Starts watching, builds once, and rebuilds on every save, on a thread of its own. */
    public void start() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(settings.manuscript()));
        if (settings.stylesDir() != null) roots.add(settings.stylesDir());
        // Watch before the first build, so that a save during it is not missed.
        watcher = new FolderWatcher(roots, FolderWatcher.ignoring(settings.out()));
        session = new WatchSession<>(watcher, this::rebuild, WatchSession.DEBOUNCE);
        loop = new Thread(() -> {
            built(attempt(null));
            session.runUntilStopped();
        }, "bookpress-desk");
        loop.setDaemon(true);
        loop.start();
    }

    public void onBuild(IntConsumer listener) {
        listeners.add(listener);
    }

    /** Waits until build number {@code n} has finished (for tests and the command's start-up message). */
    public boolean awaitGeneration(int n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (generation < n) {
                long left = end - System.nanoTime();
                if (left <= 0) return false;
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    public int generation() {
        synchronized (lock) {
            return generation;
        }
    }

    /** The HTML edition of the last good build, or null before the first one. */
    byte[] html() {
        synchronized (lock) {
            return good == null ? null : good.html;
        }
    }

    /** The last good build (to draw its spreads), or null. */
    BuildSnapshot good() {
        synchronized (lock) {
            return good;
        }
    }

    Path cleanupReport() {
        return settings.out().resolve("cleanup-report.html");
    }

    private Rebuilder.Outcome rebuild(Set<Path> changed) {
        Rebuilder.Outcome outcome = attempt(changed);
        built(outcome);
        return outcome;
    }

    private Rebuilder.Outcome attempt(Set<Path> changed) {
        synchronized (lock) {
            building = true;
        }
        for (IntConsumer l : listeners) l.accept(-1);
        // The text is read before the build, so that the diff shows what this build was made from.
        ManuscriptText text = ManuscriptText.read(settings.manuscript());
        Rebuilder.Outcome outcome = changed == null ? rebuilder.buildFirst() : rebuilder.rebuild(changed);
        synchronized (lock) {
            if (outcome.ok()) builtText = text;
        }
        return outcome;
    }

    private void built(Rebuilder.Outcome outcome) {
        BuildSnapshot fresh = null;
        List<Diagnostic> found = outcome.ok() ? outcome.result().diagnostics() : outcome.errors();
        boolean ok = outcome.ok();
        if (ok) {
            try {
                fresh = BuildSnapshot.read(generation() + 1, settings.out(), slug(outcome), builtText);
            } catch (IOException | RuntimeException e) {
                ok = false;
                found = List.of(Diagnostic.error(settings.out().toString(), 0, "BP900",
                        "the desk cannot read the new build: " + e.getMessage()));
            }
        }
        int n;
        synchronized (lock) {
            generation++;
            n = generation;
            building = false;
            lastOk = ok;
            lastMillis = outcome.millis();
            problems = List.copyOf(found);
            if (fresh != null) {
                if (good != null) {
                    changes = ChangeReport.between(good, fresh);
                    closeQuietly(previous);
                    previous = good;
                }
                good = fresh;
            }
            lock.notifyAll();
        }
        for (IntConsumer l : listeners) l.accept(n);
    }

    /** The book's file name stem, from the book document the build wrote. */
    private static String slug(Rebuilder.Outcome outcome) {
        for (Path p : outcome.result().outputs()) {
            String name = p.getFileName().toString();
            if (name.endsWith(".book.xml")) return name.substring(0, name.length() - ".book.xml".length());
        }
        throw new IllegalStateException("the build wrote no book document");
    }

    /** Everything the page shows, as a map for JSON. */
    Map<String, Object> state() {
        synchronized (lock) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("generation", generation);
            m.put("building", building);
            m.put("ok", lastOk);
            m.put("millis", lastMillis);
            m.put("goodGeneration", good == null ? null : good.generation);
            m.put("pages", good == null ? 0 : good.pages());
            List<Object> spreads = new ArrayList<>();
            List<Object> sizes = new ArrayList<>();
            if (good != null) {
                for (int i = 0; i < good.spreadCount(); i++) {
                    spreads.add(good.spreadPages(i));
                    int[] size = good.spreadSize(i);
                    sizes.add(List.of(size[0], size[1]));
                }
            }
            m.put("spreads", spreads);
            m.put("spreadSizes", sizes);
            List<Object> list = new ArrayList<>();
            // Errors first: they are why a save did not build.
            for (Diagnostic d : problems) if (d.isError()) list.add(problem(d));
            for (Diagnostic d : problems) if (!d.isError()) list.add(problem(d));
            m.put("problems", list);
            m.put("errors", problems.stream().filter(Diagnostic::isError).count());
            m.put("changes", changes == null ? null : changes.toJson());
            m.put("cleanup", Files.isRegularFile(cleanupReport()));
            return m;
        }
    }

    private Map<String, Object> problem(Diagnostic d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("severity", d.severity().label());
        p.put("file", d.file());
        p.put("line", d.line());
        p.put("column", d.column());
        p.put("code", d.code());
        p.put("message", d.message());
        var why = d.code().isEmpty() ? Optional.<Explanations.Explanation>empty() : settings.explanations().explain(d.code());
        p.put("title", why.map(Explanations.Explanation::title).orElse(null));
        p.put("help", why.map(Explanations.Explanation::help).orElse(null));
        Path file = d.file().isEmpty() ? null : settings.manuscript().resolve(d.file());
        p.put("editor", file == null ? null : settings.editor().link(file, d.line(), d.column()).orElse(null));
        p.put("anchor", anchor(d.file()));
        return p;
    }

    /** The id of the division a Markdown piece becomes (its file name), so the page can show the place in the book. */
    private static String anchor(String file) {
        if (!file.endsWith(".md")) return null;
        String name = Path.of(file).getFileName().toString();
        return name.substring(0, name.length() - 3);
    }

    @Override
    public void close() throws IOException {
        if (session != null) session.stop();
        if (watcher != null) watcher.close();
        if (loop != null) {
            try {
                loop.join(Duration.ofMinutes(2).toMillis()); // the build in progress finishes, so no output is half-written
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (lock) {
            closeQuietly(previous);
            closeQuietly(good);
        }
    }

    private static void closeQuietly(BuildSnapshot s) {
        try {
            if (s != null) s.close();
        } catch (IOException e) {
            // Only memory is at stake.
        }
    }
}
