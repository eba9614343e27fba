package press.reader.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The screen PDF's page sequences laid out in two halves at once, the second on a thread of its own. Each sequence
 * starts where the one before it ends, so the second half starts where the page map (the print layout's, whose pages
 * the screen PDF repeats) puts its first sequence; once the first half is laid out, the start it really has is
 * compared with that prediction, and the second half is laid out again from it if they differ. The prediction decides
 * only when the work is done, never what is printed.
 *
 * <p>Why: a book too long for the heap to hold the print layout and the screen PDF at once (fifty times the real book
 * at -Xmx1g) renders the screen PDF after the print layout, and it was laid out on one core while the build's thread,
 * its other editions made, waited for it (at fifty times, 94.0 s → 88.5 s in two halves). Only that render is split
 * ({@code PrintLayout#renderScreenBySequence}'s {@code inTwoHalves}): beside the print layout both cores are busy.
 */
final class ScreenHalves {
    /** Where a run of sequences starts: its first sequence, the pages before it, the number printed on its first page. */
    record Start(int sequence, int pagesBefore, int number) {}

    /** Second halves laid out again because the first half did not end where the page map said (a measure for tests). */
    private static final AtomicLong MISPREDICTED = new AtomicLong();

    private static ExecutorService thread;

    private ScreenHalves() {}

    /**
     * The sequences of {@code layouts} laid out, in order: in two halves when {@code predicted} tells where the second
     * starts ({@link #secondHalf}), else one after another.
     */
    static List<ChapterLayout.Laid> layOut(TaggedSequences.Layouts layouts, List<FoChapters.Sequence> sequences,
                                           Start predicted) {
        int n = sequences.size();
        int firstNumber = ChapterLayout.startNumber(sequences.get(0).initialPageNumber, 0);
        if (predicted == null) return layouts.from(0, n, 0, firstNumber, true).laid();
        int k = predicted.sequence();
        Future<TaggedSequences.Run> back = thread().submit(
                () -> layouts.from(k, n, predicted.pagesBefore(), predicted.number(), false));
        TaggedSequences.Run front;
        try {
            front = layouts.from(0, k, 0, firstNumber, true);
        } catch (RuntimeException | Error e) {
            finished(back);           // it reads this render's hyphenation, which the caller gives up on failing
            throw e;
        }
        Start actual = new Start(k, front.pages(),
                ChapterLayout.startNumber(sequences.get(k).initialPageNumber, front.lastNumber()));
        List<ChapterLayout.Laid> laid = new ArrayList<>(front.laid());
        TaggedSequences.Run rest = result(back);
        if (!actual.equals(predicted)) {
            MISPREDICTED.incrementAndGet();
            rest = layouts.from(k, n, actual.pagesBefore(), actual.number(), true);
        } else {
            for (int i = k; i < n; i++) layouts.letGo(i);
        }
        laid.addAll(rest.laid());
        return laid;
    }

    /**
     * Where the map puts the sequence nearest the book's middle page whose start it can tell: the page of the first
     * place the sequence names, when none of its other places lies on an earlier page and the folio there is a number
     * (a roman folio or a sequence that names nothing is not guessed at). Null when no sequence after the first is.
     */
    static Start secondHalf(List<FoChapters.Sequence> sequences, PageMap map) {
        int last = 0;
        for (PageMap.Page p : map.all().values()) last = Math.max(last, p.index());
        Start best = null;
        for (int i = 1; i < sequences.size(); i++) {
            Start s = predicted(i, sequences.get(i), map);
            if (s != null && (best == null
                    || Math.abs(2 * s.pagesBefore() - last) < Math.abs(2 * best.pagesBefore() - last))) {
                best = s;
            }
        }
        return best;
    }

    /**
     * Where the map puts sequence {@code i}: the page of the first place it names, when none of its other places lies
     * on an earlier page and the folio there is a number; else null.
     */
    static Start predicted(int i, FoChapters.Sequence s, PageMap map) {
        PageMap.Page first = null;
        int earliest = Integer.MAX_VALUE;
        for (String id : s.ids) {
            PageMap.Page p = map.page(id);
            if (p == null) continue;
            if (first == null) first = p;
            earliest = Math.min(earliest, p.index());
        }
        if (first == null || first.index() != earliest || !first.folio().matches("\\d{1,9}")) return null;
        return new Start(i, first.index() - 1, Integer.parseInt(first.folio()));
    }

    /**
     * The sequences of {@code layouts} laid out in order on this thread, but for those the build's thread takes from
     * the end meanwhile ({@link ScreenTail}), each used when it starts where the map said, else laid out again here.
     */
    static List<ChapterLayout.Laid> layOut(TaggedSequences.Layouts layouts, List<FoChapters.Sequence> sequences,
                                           ScreenTail tail, PageMap map) throws InterruptedException {
        tail.bind(layouts, sequences, map);
        List<ChapterLayout.Laid> laid = new ArrayList<>();
        int pages = 0;
        int lastNumber = 0;
        for (int i = 0; i < sequences.size(); i++) {
            Start actual = new Start(i, pages,
                    ChapterLayout.startNumber(sequences.get(i).initialPageNumber, lastNumber));
            ChapterLayout.Laid l = null;
            if (!tail.mayLayOut(i)) {
                ScreenTail.Taken taken = tail.taken(i);
                if (taken.laid() != null && taken.from().equals(actual)) {
                    l = taken.laid();
                    layouts.letGo(i);
                } else if (taken.laid() != null) {
                    MISPREDICTED.incrementAndGet();
                }
            }
            if (l == null) l = layouts.from(i, i + 1, actual.pagesBefore(), actual.number(), true).laid().get(0);
            laid.add(l);
            pages += l.pageCount();
            lastNumber = actual.number() + l.pageCount() - 1;
        }
        return laid;
    }

    /** Second halves laid out again so far in this JVM. */
    static long mispredicted() {
        return MISPREDICTED.get();
    }

    private static synchronized ExecutorService thread() {
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "bookpress-screen-second-half");
                t.setDaemon(true);
                return t;
            });
        }
        return thread;
    }

    private static TaggedSequences.Run result(Future<TaggedSequences.Run> back) {
        try {
            return back.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the screen PDF's second half was laid out", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void finished(Future<?> back) {
        try {
            back.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // the first half's failure is the one reported
        }
    }
}
