package press.reader.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Page sequences laid out ahead of their turn on the machine's other cores. A sequence's layout reads, besides its
 * own XSL-FO, the number it starts on, which follows from the page counts of the sequences before it, so the
 * sequences are laid out in order. But the page map the pass
 * starts from already tells where every sequence began the last time ({@link #predict}): from it, each sequence's
 * start is foreseen, and the other cores lay sequences out from the end of the book backwards while the caller's
 * thread goes forwards from the start, each taking the next sequence nobody has started.
 *
 * <p>A layout made ahead is used only when the start it was made for is the start the sequence really has
 * ({@link #take}): the same inputs, so the same bytes as the layout in order (FOP's runs share nothing but the factory,
 * its fonts' files and the hyphenation tree, which they only read). A foresight that was wrong costs its layout only:
 * the caller lays the sequence out again.
 */
final class SequencesAhead<T> {
    /** A sequence's layout from a foreseen start. */
    interface Layout<T> {
        T layOut(int sequence, int startNumber);
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Map<Integer, Ahead<T>> ahead = new HashMap<>();
    private final LinkedBlockingDeque<FutureTask<T>> backwards = new LinkedBlockingDeque<>();
    private final List<Thread> workers = new ArrayList<>();
    private final Thread caller = Thread.currentThread();
    private final AtomicInteger elsewhere = new AtomicInteger();
    private int taken;
    private int missed;

    private record Ahead<T>(int startNumber, FutureTask<T> task) {}

    /**
     * Starts laying out on {@code threads - 1} other threads every sequence with a foreseen start ({@code starts},
     * null where there is none); with one thread, nothing is laid out ahead.
     */
    SequencesAhead(List<Integer> starts, int threads, Layout<T> layout) {
        if (threads <= 1) return;
        for (int i = 0; i < starts.size(); i++) {
            Integer s = starts.get(i);
            if (s == null) continue;
            int sequence = i;
            FutureTask<T> task = new FutureTask<>(() -> {
                if (Thread.currentThread() != caller) elsewhere.incrementAndGet();
                return layout.layOut(sequence, s);
            });
            ahead.put(i, new Ahead<>(s, task));
            backwards.addLast(task);
        }
        for (int t = 1; t < threads && !backwards.isEmpty(); t++) {
            Thread w = new Thread(this::work, "bookpress-layout-ahead-" + THREADS.incrementAndGet());
            w.setDaemon(true);
            workers.add(w);
            w.start();
        }
    }

    /** A worker: the last sequence nobody has started, until there is none. */
    private void work() {
        for (FutureTask<T> task; (task = backwards.pollLast()) != null; ) task.run();
    }

    /**
     * The sequence's layout made ahead from exactly this start (laid out here and now if no other thread has started
     * it), or null when there is none (the caller lays it out).
     */
    T take(int sequence, int startNumber) {
        Ahead<T> a = ahead.remove(sequence);
        if (a == null) return null;
        if (a.startNumber() != startNumber) {
            a.task().cancel(false);
            missed++;
            return null;
        }
        backwards.remove(a.task());
        a.task().run();                        // nothing if a worker has run it or is running it
        try {
            T t = a.task().get();
            taken++;
            return t;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a page sequence was laid out", e);
        }
    }

    /** Layouts made ahead and used, and those made for a start the sequence did not have. */
    int taken() {
        return taken;
    }

    int missed() {
        return missed;
    }

    /** Layouts made on another thread than the caller's (used or not). */
    int elsewhere() {
        return elsewhere.get();
    }

    /** Drops what was not taken and waits for the layouts under way (none outlives the pass it was made for). */
    void close() {
        backwards.clear();
        for (Ahead<T> a : ahead.values()) a.task().cancel(false);
        ahead.clear();
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Each sequence's start number as the page map {@code given} foresees it: a sequence begins on the first page of
     * its ids in the map (the first sequence on page 1), so a sequence's pages are those up to where the next one
     * begins, and its number follows from the numbers before it as FOP numbers pages. Null for a sequence whose
     * number the map cannot tell (no id of the one before it in the map), and for the signature's blank pages (laid
     * out in their turn: they are a few blank pages, and how many depends on every page before them).
     *
     * @param ids      each sequence's ids, in order
     * @param initials each sequence's {@code initial-page-number} (or null)
     * @param padding  whether each sequence is the signature's blank pages
     */
    static List<Integer> predict(List<? extends Iterable<String>> ids, List<String> initials, List<Boolean> padding,
                                 PageMap given) {
        int n = ids.size();
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = i == 0 ? 1 : Integer.MAX_VALUE;
            for (String id : ids.get(i)) {
                PageMap.Page p = given.page(id);
                if (p != null && p.index() < first[i]) first[i] = p.index();
            }
        }
        List<Integer> out = new ArrayList<>();
        Integer lastNumber = 0;                 // the number the sequence before ended on (null: not foreseen)
        for (int i = 0; i < n; i++) {
            String initial = initials.get(i);
            Integer number = lastNumber == null && !explicit(initial) ? null
                    : Integer.valueOf(ChapterLayout.startNumber(initial, lastNumber == null ? 0 : lastNumber));
            out.add(padding.get(i) ? null : number);
            boolean counted = number != null && i + 1 < n && first[i] != Integer.MAX_VALUE
                    && first[i + 1] != Integer.MAX_VALUE && first[i + 1] > first[i];
            lastNumber = counted ? number + (first[i + 1] - first[i]) - 1 : null;
        }
        return out;
    }

    private static boolean explicit(String initial) {
        return initial != null && initial.matches("\\d{1,9}");
    }
}
