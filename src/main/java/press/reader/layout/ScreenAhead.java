package press.reader.layout;

import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmNode;
import press.reader.xml.Xslt;

/**
 * The screen edition's page sequences laid out ahead, on the build's thread, while a cold build's first print pass
 * lays the book out on another ({@link ColdPass}). That pass lays the sequences out one after another, each from where
 * the one before it ended, so one core did all of it while the build's thread waited (at ten times the book, 5 of its
 * 21 seconds), and the screen PDF, a second layout of the same pages, was laid out only after the print's last pass.
 *
 * <p>The build's thread runs the stylesheet for the screen edition (without a page map, as the first pass does for the
 * print), then lays out each screen sequence once the print's first pass has laid out the same sequence: it starts on
 * the number that one started on, and its page references to pages before it read the pages laid out so far. Each is
 * kept under the fingerprint the screen render gives a sequence ({@link ChapterLayout#sequenceKey}: its XSL-FO as the
 * stylesheet writes it from a page map, its start number, the shared page masters, the parameters), with the places
 * it names, and the render takes it when its own fingerprint is the same and it names every place the render's
 * would ({@link Taking}): the pass decides when the work is done, never what is printed. (The index, written here
 * without the pages, points elsewhere than the render's, so a sequence laid out ahead names every anchor it holds as
 * well, as the print's sequences do: places the book's PDF drops, as only the places links point to reach it; the
 * render's own sequences name only those.) A sequence that cites a page not laid out yet (the contents) is left to the
 * render, as is any whose pages the last print pass moved.
 */
final class ScreenAhead {
    /**
     * When the build's thread may lay a screen sequence out, given whether the print's first pass has sequences left
     * to lay out. A build's: while it has, and the second core has nothing to do (with the first pass's thread and
     * the second core's work, the manuscript checks and the cover, the build's thread would only take turns on the
     * machine's two cores; once the print is laid out, the build's thread is wanted back for the next pass).
     */
    interface Turn {
        boolean now(boolean printBusy);
    }

    /** Where the print's first pass put a sequence: the number it starts on, the pages of the book to its end. */
    record Placed(int startNumber, int pagesAfter) {}

    /** The print's first pass as this reads it, beside the thread that lays it out. */
    interface FirstPass {
        /** Waits until print sequence {@code index} is laid out: where it went, or null when it was not laid out. */
        Placed placed(int index) throws InterruptedException;

        /** The pages laid out so far: it grows as the pass goes on, and a page in it never changes. */
        PageMap pagesSoFar();

        /** Whether a sequence queued so far is still to be laid out (else the build's thread is wanted back). */
        boolean busy();

        /**
         * The pages of the sequences cut so far, estimated from those laid out: in proportion to their XSL-FO (0 when
         * none is laid out yet).
         */
        int estimatedPages();
    }

    private final ChapterLayout layout;
    private final Xslt xslt;
    private final FopEngine fop;
    private final Path stylesheet;
    private final Map<String, Object> params;
    private final IntPredicate roomFor;
    private final Turn turn;
    private final XdmNode book;
    private final Date creationDate;
    private final BookHyphenation hyphenation;
    private final Set<String> anchors;

    /** The screen edition's XSL-FO, written when first wanted, and what its layouts read of the whole of it. */
    private FoChapters fo;
    private Map<String, Integer> owner;
    private List<Set<String>> named;
    private String shared;
    private long events;
    private long eventsDone;
    /** The next sequence to lay out; whether the work stopped (a book too long, a failure, nothing to lay out). */
    private int next;
    private boolean stopped;

    /**
     * @param params  the screen edition's style parameters
     * @param roomFor     whether the heap holds the screen sequences of a book of this many pages beside the print
     *                    layout: the book's length is estimated as the pass goes, and a book too long gets none
     * @param turn        when the build's thread may lay a sequence out
     */
    ScreenAhead(ChapterLayout layout, Xslt xslt, FopEngine fop, Path stylesheet, Map<String, Object> params,
                IntPredicate roomFor, Turn turn, XdmNode book, Date creationDate, BookHyphenation hyphenation,
                Set<String> anchors) {
        this.layout = layout;
        this.xslt = xslt;
        this.fop = fop;
        this.stylesheet = stylesheet;
        this.params = params;
        this.roomFor = roomFor;
        this.turn = turn;
        this.book = book;
        this.creationDate = creationDate;
        this.hyphenation = hyphenation;
        this.anchors = anchors;
    }

    /**
     * On the build's thread, while {@code print} is laid out on another: the screen sequences before {@code upTo}
     * that can be laid out now, each once the print's sequence of the same place is laid out, kept for the render;
     * until the print has nothing left to lay out, for the build's thread is then wanted back (the stylesheet goes on,
     * or the next pass begins): the rest is the render's, beside that. A failure here only leaves the render more to
     * do; the render reports what FOP reports.
     */
    void layOutBefore(int upTo, FirstPass print) {
        if (stopped) return;
        ChapterLayout.Cache cache = layout.cache();
        try {
            if (fo == null) {
                if (!waitedForTurn(print)) return;          // written only when there is a core to lay it out on
                // a book too long for the heap is known before its screen XSL-FO is held (tens of megabytes): from
                // the print's sequences laid out so far, the first at least
                if (print.placed(0) == null || !roomFor.test(print.estimatedPages()) || !written()) {
                    stopped = true;
                    return;
                }
            }
            PageMap given = print.pagesSoFar();
            for (; next < Math.min(upTo, fo.sequences.size()); next++) {
                if (!waitedForTurn(print)) return;
                FoChapters.Sequence s = fo.sequences.get(next);
                Placed placed = print.placed(next);
                if (placed == null) {
                    stopped = true;
                    return;
                }
                eventsDone += s.events.events().size();
                if (!roomFor.test(proportion(placed.pagesAfter(), eventsDone, events))) {
                    cache.forgetScreenAhead();
                    stopped = true;
                    return;
                }
                Predicate<String> elsewhere = ChapterLayout.elsewhere(owner, next);
                String key = layout.sequenceKey(s, shared, placed.startNumber(), -1, elsewhere, Set.of(), given,
                        params, hyphenation);
                if (key == null) continue;      // it cites a page not laid out yet: the render lays it out
                cache.keepScreenAhead(key, named.get(next), ChapterLayout.layOutAlone(fop, fo, s,
                        placed.startNumber(), elsewhere, named.get(next), given, params, creationDate, 0, hyphenation,
                        0, Set.of()));
                s.events.events().clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        } catch (RuntimeException e) {
            stopped = true;                     // the render lays out what is not kept, and reports what FOP reports
        }
    }

    /**
     * Waits for the build's thread's turn ({@link Turn}) while the print has sequences left to lay out; whether it
     * came (false: the build's thread is wanted back). The second core's work beside the first pass ends in a second or
     * two and says nothing when it does: the turn is looked at every 20 ms.
     */
    private boolean waitedForTurn(FirstPass print) throws InterruptedException {
        while (true) {
            boolean busy = print.busy();
            if (turn.now(busy)) return true;
            if (!busy) return false;
            Thread.sleep(20);
        }
    }

    /** The screen edition's XSL-FO written (without a page map, as the print's first pass); false: none to lay out. */
    private boolean written() {
        layout.cache().forgetScreenAhead();
        fo = new FoChapters();
        xslt.transform(stylesheet, book, new HashMap<>(params), new SAXDestination(fo));
        if (!ChapterLayout.fits(fo, 0)) return false;
        owner = ChapterLayout.owners(fo);
        named = ChapterLayout.namedPlaces(fo, owner);
        if (named == null) return false;
        // the index, written here without the pages, points elsewhere than the render's will: each sequence names
        // every anchor it holds too, as the print's do, so that it names every place the render's would
        ChapterLayout.nameOwnAnchors(named, owner, anchors);
        shared = ChapterLayout.shared(fo, params, creationDate);
        for (FoChapters.Sequence s : fo.sequences) events += s.events.events().size();
        return true;
    }

    /** The pages of XSL-FO of {@code events} events, if {@code eventsSoFar} of it made {@code pagesSoFar} pages. */
    static int proportion(int pagesSoFar, long eventsSoFar, long events) {
        if (eventsSoFar <= 0) return pagesSoFar;
        return (int) Math.min(Integer.MAX_VALUE, Math.ceil((double) pagesSoFar * events / eventsSoFar));
    }

    /**
     * A screen render's side: the sequence laid out ahead under the fingerprint the render gives it, else null. Safe
     * for the render's threads at once (its halves, the build's thread's share).
     */
    static final class Taking {
        private final ChapterLayout layout;
        private final String shared;
        private final Map<String, Object> params;
        private final BookHyphenation hyphenation;

        Taking(ChapterLayout layout, FoChapters fo, Map<String, Object> params, Date creationDate,
               BookHyphenation hyphenation) {
            this.layout = layout;
            this.shared = ChapterLayout.shared(fo, params, creationDate);
            this.params = params;
            this.hyphenation = hyphenation;
        }

        ChapterLayout.Laid take(FoChapters.Sequence s, int startNumber, Predicate<String> elsewhere, Set<String> named,
                                PageMap map) {
            if (!layout.cache().holdsScreenAhead()) return null;
            String key = layout.sequenceKey(s, shared, startNumber, -1, elsewhere, Set.of(), map, params, hyphenation);
            return key == null ? null : layout.cache().screenAhead(key, named);
        }
    }
}
