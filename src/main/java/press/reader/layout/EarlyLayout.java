package press.reader.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The page sequences of a warm rebuild laid out on the second core while the stylesheet is still writing the rest of
 * the book: as soon as a sequence is cut from the XSL-FO ({@link FoChapters#whenCut}), its fingerprint is taken with
 * what the last build found around it (the page it started on, the places other sequences pointed to in it, which ids
 * were elsewhere), and when the cache does not hold that fingerprint (the edited chapter) it is laid out at once. The
 * layout waits for the whole book before it knows a sequence's fingerprint; it takes the early layout only when its
 * fingerprint is the one the early layout was made under, so the guess decides only when the work is done, never
 * what is printed. A guess that was wrong (a chapter that changed its page count moves the sequences after it) costs
 * the second core's time, and the sequence is laid out as before.
 */
final class EarlyLayout {
    /** What the last accepted pass found for each of its sequences, by index: the guess for the next build. */
    record Plan(List<Integer> startNumbers, List<Integer> keeps, List<Integer> pagesBefore, List<Set<String>> named,
                Map<String, Integer> owner) {}

    /** A sequence's fingerprint under the plan's guess (null: it cannot be taken so), and its layout if made. */
    record Guess(String key, ChapterLayout.Laid laid) {}

    /** Takes a guess for sequence {@code index} of {@code fo}, whose root and shared part are {@code frame}. */
    interface Guessing {
        Guess guess(FoChapters frame, FoChapters.Sequence sequence, int index, Plan plan);
    }

    private final ExecutorService worker;
    private final Plan plan;
    private final Guessing guessing;
    private final Map<Integer, Future<Guess>> guesses = new HashMap<>();
    private FoChapters frame;

    EarlyLayout(ExecutorService worker, Plan plan, Guessing guessing) {
        this.worker = worker;
        this.plan = plan;
        this.guessing = guessing;
    }

    /** Sequence {@code index} of {@code fo} is complete: its guess is taken on the second core. */
    void cut(FoChapters fo, int index) {
        if (index >= plan.startNumbers().size()) return;            // a sequence the last build did not have
        if (frame == null) frame = fo.frameCopy();                  // complete before the first sequence starts
        FoChapters.Sequence s = fo.sequences.get(index);
        FoChapters f = frame;
        guesses.put(index, worker.submit(() -> guessing.guess(f, s, index, plan)));
    }

    /** The early layout of sequence {@code index} if it was made under {@code key}, else null. */
    ChapterLayout.Laid take(int index, String key) {
        Future<Guess> g = guesses.remove(index);
        Guess guess = g == null ? null : outcome(g);
        return guess != null && key.equals(guess.key()) ? guess.laid() : null;
    }

    /** Waits for every guess still running: nothing of this build goes on beside the next one. */
    void drain() {
        for (Future<Guess> g : guesses.values()) outcome(g);
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
