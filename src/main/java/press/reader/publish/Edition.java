package press.reader.publish;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.Set;
import press.reader.layout.PageMap;

/**
 * One output of the book (the print PDF, the EPUB, the cover, a report …), made from the checked and assembled book
 * by {@link BookBuilder}. An edition is found by its {@code --format} name in {@link Editions}; adding a format means
 * adding one class here (and its stylesheet under styles/) and one line to that list.
 *
 * <p>An edition says what it needs from the build (its {@link Need}s, which {@link BuildContext} provides and makes
 * only once per build), and keeps what it may reuse in the build cache under a key of its own: everything its output
 * is made from, so that an entry can never be stale.
 */
public interface Edition {

    /** What an edition takes from the build besides the manuscript. */
    enum Need {
        /** The book document (DocBook subset), as the stylesheets read it. */
        BOOK_DOCUMENT,
        /** The print layout itself (the PDF and its page count): only the {@code pdf} edition makes it. */
        PRINT_LAYOUT,
        /** Where every anchor fell in print: from this build's layout, else from the cache of an earlier one. */
        PAGE_MAP,
        /** The front cover as an image (drawn from the cover's design, with or without the spine). */
        COVER_IMAGE
    }

    /** The name {@code --format} asks for it by (or, for an edition made by every build, the stage's name). */
    String name();

    /** Whether {@code --format} may name it; the others are made whenever {@link #wanted} says so. */
    default boolean selectable() {
        return true;
    }

    /** What it is, for messages: "the screen PDF". */
    String title();

    Set<Need> needs();

    /** Whether this build makes it; by default, when {@code --format} names it. */
    default boolean wanted(BuildContext build) {
        return build.formats().contains(name());
    }

    /**
     * Whether it waits for the manuscript checks itself ({@link BuildContext#awaitChecks}) where it begins to make
     * what their errors would stop, after work that only reads (the print layout before it draws, the EPUB after its
     * chapters' keys); false (the default): the build waits for them before the edition begins.
     */
    default boolean awaitsChecksItself() {
        return false;
    }

    /**
     * The key of its cached output: the hash of everything that output is made from (the tool's version included),
     * or null for an edition that keeps nothing between builds.
     */
    String cacheKey(BuildContext build) throws IOException;

    /**
     * Work of this edition that needs nothing made after it, started at its turn on the second core (the machine's
     * other core) while the editions after it are made; null (the default) for none. {@link #make} is called once
     * the others are made, and takes the work's result from {@link BuildContext#besideResult}.
     */
    default Callable<?> beside(BuildContext build) throws IOException {
        return null;
    }

    /**
     * Work of this edition made from the book and a page map alone, started on the second core as soon as the print
     * layout begins the pass that renders its PDF from {@code map}, beside that pass. It stands for {@link #beside}'s
     * work when the layout settles on that map (its result is then exactly what {@link #beside}'s would be); when it
     * does not, {@link #beside} runs as usual and this result is dropped. Null (the default) for none.
     */
    default Callable<?> besideLayout(BuildContext build, PageMap map) {
        return null;
    }

    /**
     * {@link #beside} or {@link #besideLayout} work that the build's thread may take a share of once it has nothing
     * left to do but wait for it ({@link BuildContext#takeShareOf}, called by {@link #make}).
     */
    interface SharedWork<T> extends Callable<T> {
        /** Does a share of the work on the calling thread, if some is left to share; returns when it is done. */
        void takeShare();
    }

    /**
     * Makes the edition: stages its files in {@code build.output()} (they appear in the output folder only when the
     * whole build succeeds) and reports its problems to {@code build.diagnostics()}.
     *
     * @return what it redid and what it took from the cache, or null when it keeps nothing between builds
     */
    Timing.Reuse make(BuildContext build) throws IOException;
}
