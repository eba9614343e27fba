package press.reader.layout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The screen PDF's render beside the print layout, shared with the build's thread once that thread has nothing left
 * to do but wait for it: the render lays its sequences out in order on the second core, and {@link #takeShare} lays
 * them out from the last one back, each from where the page map (the print layout's, whose pages the screen PDF
 * repeats) puts it, until the two meet. When the render comes to a sequence taken so, the start it really has is
 * compared with the one it was laid out from, and it is laid out again from the real one if they differ: the map
 * decides only who does the work, never what is printed ({@link ScreenHalves} does the same for a render after the
 * print layout, in two halves). Then it parses the sequences' PDFs ahead of the render's putting them together
 * ({@link ParsedAhead}), as it does for a render after the layout.
 *
 * <p>Why: a long book's screen PDF, rendered beside the print layout's last pass, ended seconds after the build's
 * thread had made the other editions (ten times the real book: the build's thread waited 4.1 s of a 21 s build).
 */
public final class ScreenTail {
    /** A sequence the build's thread laid out: where it was laid out from, and the layout (null if it failed). */
    record Taken(ScreenHalves.Start from, ChapterLayout.Laid laid) {}

    private TaggedSequences.Layouts layouts;
    private List<FoChapters.Sequence> sequences;
    private PageMap map;
    /** The sequence the render is laying out, or has last laid out. */
    private int current = -1;
    /** The last sequence the build's thread has come to, from the end back (it takes those whose start it can tell). */
    private int back = Integer.MAX_VALUE;
    /** The sequences the build's thread has taken. */
    private final Set<Integer> taking = new HashSet<>();
    private final Map<Integer, Taken> taken = new HashMap<>();
    private boolean started;
    private boolean finished;
    private ParsedAhead assembly;
    /** Told on the render's thread once its sequences can be taken (tests: the share taken before it goes on). */
    private final Runnable whenBound;
    /** Where the map puts a sequence, or null ({@link ScreenHalves#predicted}; tests: a start it cannot tell). */
    private final Predictor predictor;
    private int laidOutHere;

    /** Where the page map puts sequence {@code i}, or null when it cannot tell. */
    interface Predictor {
        ScreenHalves.Start start(int i, FoChapters.Sequence s, PageMap map);
    }

    public ScreenTail() {
        this(() -> {}, ScreenHalves::predicted);
    }

    ScreenTail(Runnable whenBound, Predictor predictor) {
        this.whenBound = whenBound;
        this.predictor = predictor;
    }

    /** How many sequences the build's thread has laid out (a measure of work for tests). */
    synchronized int laidOutHere() {
        return laidOutHere;
    }

    /**
     * On the build's thread, once it has nothing else to do: lays out the render's sequences from the last one back
     * (but those whose start the map cannot tell: the blank pages of a signature, a roman folio), until it meets the
     * render (none if the render has not cut its sequences yet, or is over); then parses their PDFs ahead of the
     * render's assembly until it is over. Returns at once when the render has not started.
     */
    public void takeShare() {
        shareLayouts();
        helpAssemble();
    }

    /** Lays out sequences from the last one back, until the build's thread meets the render. */
    private void shareLayouts() {
        while (true) {
            int i;
            ScreenHalves.Start from;
            TaggedSequences.Layouts l;
            synchronized (this) {
                if (layouts == null || finished) return;
                i = Math.min(back, sequences.size()) - 1;
                if (i <= current) return;
                back = i;
                from = predictor.start(i, sequences.get(i), map);
                if (from == null) continue;         // the render lays it out when it comes to it
                taking.add(i);
                l = layouts;
            }
            ChapterLayout.Laid laid = null;
            try {
                laid = l.from(i, i + 1, from.pagesBefore(), from.number(), false).laid().get(0);
            } catch (RuntimeException | Error e) {
                // the render lays the sequence out itself, and reports what goes wrong there
            } finally {
                synchronized (this) {
                    taken.put(i, new Taken(from, laid));
                    laidOutHere++;
                    notifyAll();
                }
            }
        }
    }

    /**
     * Once the render has laid its sequences out, parses their PDFs ahead of its assembly ({@link ParsedAhead}) until
     * it is over; at once if the render has not started (it may never: a render dropped before it ran).
     */
    private void helpAssemble() {
        ParsedAhead a;
        synchronized (this) {
            try {
                while (started && !finished && assembly == null) wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            a = finished ? null : assembly;
        }
        if (a != null) a.help();
    }

    /** The render has started (on its thread): it ends with {@link #finished}, whatever happens. */
    public synchronized void started() {
        started = true;
    }

    /** The render is over (done, failed or cancelled): nothing is taken from now on. */
    public synchronized void finished() {
        finished = true;
        notifyAll();
    }

    /** On the render's thread: its sequences' PDFs are being put together, and may be parsed ahead. */
    synchronized void assembling(ParsedAhead a) {
        assembly = a;
        notifyAll();
    }

    /** On the render's thread: its sequences can be taken from now on. */
    void bind(TaggedSequences.Layouts layouts, List<FoChapters.Sequence> sequences, PageMap map) {
        synchronized (this) {
            this.layouts = layouts;
            this.sequences = sequences;
            this.map = map;
        }
        whenBound.run();
    }

    /** On the render's thread: whether it lays out sequence {@code i} itself (false: the build's thread took it). */
    synchronized boolean mayLayOut(int i) {
        if (taking.contains(i)) return false;
        current = i;
        return true;
    }

    /** On the render's thread: sequence {@code i} as the build's thread laid it out, once it has. */
    synchronized Taken taken(int i) throws InterruptedException {
        while (!taken.containsKey(i)) wait();
        return taken.remove(i);
    }
}
