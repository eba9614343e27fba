package press.reader.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The page sequences of a warm rebuild laid out on the second core while the stylesheet is still writing the rest of
 * the book: as soon as a sequence is cut from the XSL-FO ({@link FoChapters#whenCut}), its fingerprint is taken with
 * what the last build found around it (the page it started on, the places other sequences pointed to in it, which ids
 * were elsewhere), and when the cache does not hold that fingerprint (the edited chapter) it is laid out at once. The
 * layout waits for the whole book before it knows a sequence's fingerprint; it takes the early layout only when its
 * fingerprint is the one the early layout was made under, so the guess decides only when the work is done, never
 * what is printed. A guess that was wrong (a chapter that changed its page count moves the sequences after it) costs
 * the second core's time, and the sequence is laid out as before: so a sequence is guessed only when it opens with the
 * id the plan's sequence opened with (the same book, the same division), and at most {@link #MOST} are laid out early
 * in one build (a one-paragraph edit changes one chapter, and perhaps the index). A guess the second core has not begun
 * when the layout reaches its sequence is the layout's to make ({@link #take}): the two cores lay out two changed
 * sequences at once instead of one after the other.
 */
final class EarlyLayout {
    /** What the last accepted pass found for each of its sequences, by index: the guess for the next build. */
    record Plan(List<Integer> startNumbers, List<Integer> keeps, List<Integer> pagesBefore, List<Set<String>> named,
                Map<String, Integer> owner, List<String> firstIds) {}

    /** The most sequences laid out early in one build. */
    static final int MOST = 2;

    /** The first id of a sequence ("" when it has none): which division it is. */
    static String firstId(FoChapters.Sequence s) {
        return s.ids.isEmpty() ? "" : s.ids.iterator().next();
    }

    /** A sequence's fingerprint under the plan's guess (null: it cannot be taken so), and its layout if made. */
    record Guess(String key, ChapterLayout.Laid laid) {}

    /**
     * Takes a guess for sequence {@code index}, whose root and shared part are {@code frame}: its fingerprint under the
     * plan, and its layout if {@code mayLayOut} and the cache does not hold it.
     */
    interface Guessing {
        Guess guess(FoChapters frame, FoChapters.Sequence sequence, int index, Plan plan, boolean mayLayOut);
    }

    private final ExecutorService worker;
    private final Plan plan;
    private final Guessing guessing;
    /** A guess submitted: claimed by whichever of the second core and the layout comes to it first. */
    private record Submitted(AtomicBoolean claimed, Future<Guess> guess) {}

    private final Map<Integer, Submitted> guesses = new HashMap<>();
    private FoChapters frame;
    /** Early layouts made (on the second core only). */
    private int made;

    EarlyLayout(ExecutorService worker, Plan plan, Guessing guessing) {
        this.worker = worker;
        this.plan = plan;
        this.guessing = guessing;
    }

    /** Sequence {@code index} of {@code fo} is complete: its guess is taken on the second core. */
    void cut(FoChapters fo, int index) {
        FoChapters.Sequence s = fo.sequences.get(index);
        if (index >= plan.firstIds().size() || !plan.firstIds().get(index).equals(firstId(s))) return;
        if (frame == null) frame = fo.frameCopy();                  // complete before the first sequence starts
        FoChapters f = frame;
        AtomicBoolean claimed = new AtomicBoolean();
        guesses.put(index, new Submitted(claimed, worker.submit(() -> {
            if (!claimed.compareAndSet(false, true)) return null;       // the layout came to it first
            Guess g = guessing.guess(f, s, index, plan, made < MOST);
            if (g.laid() != null) made++;
            return g;
        })));
    }

    /**
     * The early layout of sequence {@code index} if it was made under {@code key}, else null: also when the second
     * core has not begun its guess, which it then leaves to the caller.
     */
    ChapterLayout.Laid take(int index, String key) {
        Submitted submitted = guesses.remove(index);
        if (submitted == null || submitted.claimed().compareAndSet(false, true)) return null;
        Guess guess = outcome(submitted.guess());
        return guess != null && key.equals(guess.key()) ? guess.laid() : null;
    }

    /** Waits for every guess still running: nothing of this build goes on beside the next one. */
    void drain() {
        for (Submitted s : guesses.values()) {
            s.claimed().set(true);
            outcome(s.guess());
        }
        guesses.clear();
    }

    private static Guess outcome(Future<Guess> g) {
        try {
            return g.get();
        } catch (ExecutionException e) {
            return null;           // a guess that failed decides nothing: the layout lays the sequence out itself
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
