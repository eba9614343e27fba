package press.reader.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.xml.Xslt;

/**
 * A cold build's first layout pass (no page map to start from), laid out page sequence by page sequence as the
 * stylesheet cuts them, on a core of its own beside the stylesheet: its page map is where the first pass of
 * {@link ChapterLayout} starts, as the map of a whole-book layout that drew nothing once was, and the sequences it
 * draws are kept by the fingerprint that pass gives them, so that pass lays out again only what changed.
 *
 * <p>The stylesheet writes the book without a page map. A page reference to a sequence laid out before is set as the
 * folio that sequence's layout gave it ({@link ChapterRewrite}: the text the stylesheet writes from the map, so the
 * sequence's fingerprint is the one the next pass gives it when that folio holds), and the index reads the pages laid
 * out before it ({@code $index-pagemap}, made when the index first reads it, after every sequence before it is laid
 * out): such a sequence is drawn. A sequence that cites a page further on (the contents, a chapter's "see p. 49" to
 * a later chapter) cannot be set as it will print: it is laid out without drawing, its citations as wide as FOP makes
 * a page not yet known, for its length and where its anchors fall; the next pass draws it from the whole map.
 *
 * <p>What a sequence's layout reads that lies ahead when it is cut is guessed: an id not seen yet is taken to be in a
 * later sequence when it is one of the book's anchors; the places it names are its anchors and what was pointed to
 * before ({@link ChapterLayout#nameOwnAnchors}). A wrong guess only gives the sequence another fingerprint than the
 * next pass's, which lays it out again: the guesses decide the work, the settle rule what is printed.
 */
final class ColdPass {
    private final ChapterLayout layout;
    private final Xslt xslt;
    private final FopEngine fop;
    private final Path stylesheet;
    private final ExecutorService worker;
    /** The screen edition laid out on the build's thread while this pass lays out the print, or null. */
    private final ScreenAhead screenAhead;

    /** What the pass did: sequences drawn (kept for the next pass), laid out without drawing, in all. */
    record Work(int drawn, int measured, int sequences) {}

    private Work work;

    ColdPass(ChapterLayout layout, Xslt xslt, FopEngine fop, Path stylesheet, ExecutorService worker,
             ScreenAhead screenAhead) {
        this.layout = layout;
        this.xslt = xslt;
        this.fop = fop;
        this.stylesheet = stylesheet;
        this.worker = worker;
        this.screenAhead = screenAhead;
    }

    /** The work of the last {@link #pageMap}, or null. */
    Work work() {
        return work;
    }

    /**
     * The page map of the pass; null when this XSL-FO cannot be laid out by sequence ({@link ChapterLayout#fits}, a
     * bookmark to nowhere) or a sequence's layout failed: the caller lays the book out whole once, as before.
     */
    PageMap pageMap(XdmNode book, Map<String, Object> styleParams, Date creationDate, int signature,
                    BookHyphenation hyphenation, Set<String> anchors) {
        FoChapters fo = new FoChapters();
        Cutting cutting = new Cutting(fo, styleParams, creationDate, signature, hyphenation, anchors);
        fo.whenCut = cutting::cut;
        Map<String, Object> params = new HashMap<>(styleParams);
        PrintLayout.pageMapParams(params, xslt.processor(), PageMap.empty(),
                () -> cutting.laidOutSoFar().toDocument(xslt.processor()));
        try {
            xslt.transform(stylesheet, book, params, new SAXDestination(fo));
            // the build's thread would only wait for the layouts from here: it lays out the screen edition meanwhile
            if (screenAhead != null && !cutting.failed) screenAhead.layOutBefore(cutting.screenLimit(), cutting);
        } catch (RuntimeException | Error e) {
            cutting.failed = true;             // the layouts queued behind the error are not worth drawing
            throw e;
        } finally {
            cutting.drain();
            if (cutting.failed) layout.forget(cutting.drawnKeys);
        }
        if (cutting.failed || !ChapterLayout.fits(fo, signature)
                || ChapterLayout.namedPlaces(fo, ChapterLayout.owners(fo)) == null) {
            layout.forget(cutting.drawnKeys);  // the book is laid out whole: nothing drawn here is asked for again
            return null;
        }
        work = new Work(cutting.drawn, cutting.measured, fo.sequences.size());
        return cutting.state.map();
    }

    /** The stylesheet's side: what is known of the book when each sequence is cut, and its layout handed on. */
    private final class Cutting implements ScreenAhead.FirstPass {
        private final FoChapters fo;
        private final Map<String, Object> params;
        private final Date creationDate;
        private final int signature;
        private final BookHyphenation hyphenation;
        private final Set<String> anchors;
        /** The sequence each id is in, as far as the stylesheet has written: read by the layouts beside it. */
        private final Map<String, Integer> owner = new ConcurrentHashMap<>();
        /** What the outline and the sequences cut so far point to. */
        private final Set<String> pointedTo = new HashSet<>();
        /** Each sequence's layout, by its index (sequences are cut in order, and none after a failure). */
        private final List<Future<?>> layouts = new ArrayList<>();
        /** The length of each sequence's XSL-FO in events, as cut (the layouts let it go). */
        private final List<Long> eventsOf = new ArrayList<>();
        /** Where each sequence went, read beside the layouts' thread (the screen laid out ahead). */
        private final Map<Integer, ScreenAhead.Placed> placed = new ConcurrentHashMap<>();
        private final State state = new State();
        private FoChapters frame;
        private String shared;
        private volatile boolean failed;
        private int drawn;
        private int measured;
        /** The keys the sequences drawn by this pass are kept under (written on the layouts' thread, read drained). */
        private final List<String> drawnKeys = new ArrayList<>();

        Cutting(FoChapters fo, Map<String, Object> params, Date creationDate, int signature,
                BookHyphenation hyphenation, Set<String> anchors) {
            this.fo = fo;
            this.params = params;
            this.creationDate = creationDate;
            this.signature = signature;
            this.hyphenation = hyphenation;
            this.anchors = anchors;
        }

        /** Sequence {@code index} is complete: its layout is queued (the layouts run in order, one at a time). */
        void cut(int index) {
            if (frame == null) {
                frame = fo.frameCopy();          // complete before the first sequence starts, the outline with it
                shared = ChapterLayout.shared(frame, params, creationDate);
                pointedTo.addAll(fo.bookmarkTargets());
            }
            FoChapters.Sequence s = fo.sequences.get(index);
            // a sequence before the last whose page count waits for the next one's: the book is laid out whole
            if (index > 0 && !endsOnItsOwn(fo.sequences.get(index - 1))) failed = true;
            if (failed) return;
            Set<String> named = new TreeSet<>();
            for (String id : s.ids) {
                if (owner.putIfAbsent(id, index) == null && (anchors.contains(id) || pointedTo.contains(id))) {
                    named.add(id);
                }
            }
            pointedTo.addAll(s.targets);
            // asked once per id: the stylesheet goes on cutting while the layout reads the answers, and the fingerprint
            // and the layout must read the same ones
            Map<String, Boolean> answers = new ConcurrentHashMap<>();
            Predicate<String> elsewhere = id -> answers.computeIfAbsent(id, i -> {
                Integer o = owner.get(i);
                return o == null ? anchors.contains(i) : o != index;
            });
            Future<?> laidOut = worker.submit(() -> {
                if (failed) return;
                try {
                    layOut(index, s, elsewhere, named);
                } catch (RuntimeException e) {
                    failed = true;          // the whole-book layout lays it out, and reports what FOP reports
                }
            });
            layouts.add(laidOut);
            eventsOf.add((long) s.events.events().size());
        }

        @Override
        public ScreenAhead.Placed placed(int index) throws InterruptedException {
            if (index >= layouts.size()) return null;
            try {
                layouts.get(index).get();
            } catch (ExecutionException e) {
                return null;
            }
            return placed.get(index);
        }

        @Override
        public int estimatedPages() {
            long laidOut = 0;
            int pages = 0;
            for (int i = 0; i < eventsOf.size(); i++) {
                ScreenAhead.Placed p = placed.get(i);
                if (p == null) break;
                laidOut += eventsOf.get(i);
                pages = p.pagesAfter();
            }
            long cut = 0;
            for (long e : eventsOf) cut += e;
            return laidOut == 0 ? 0 : ScreenAhead.proportion(pages, laidOut, cut);
        }

        @Override
        public boolean busy() {
            return !failed && !layouts.isEmpty() && !layouts.get(layouts.size() - 1).isDone();
        }

        @Override
        public PageMap pagesSoFar() {
            return PageMap.viewOf(state.pages);
        }

        private static boolean endsOnItsOwn(FoChapters.Sequence s) {
            return s.forcePageCount != null && !s.forcePageCount.equals("auto");
        }

        /** On the layouts' thread: the sequence laid out from the pages before it, drawn when it can print so. */
        private void layOut(int index, FoChapters.Sequence s, Predicate<String> elsewhere, Set<String> named) {
            int pagesBefore = state.pagesBefore;
            int keep = s.padding ? SignaturePadding.needed(pagesBefore, signature) : -1;
            int startNumber = ChapterLayout.startNumber(s.initialPageNumber, state.lastNumber);
            if (keep == 0) return;                       // the signature is full: no blank pages
            PageMap given = PageMap.viewOf(state.pages);     // read during this layout only, before pages are added
            String key = citesItself(s) ? null : layout.sequenceKey(s, shared, startNumber, keep, elsewhere, named,
                    given, params, hyphenation);
            ChapterLayout.Laid l;
            if (key != null) {
                l = layout.keptOrLaidOut(key, () -> ChapterLayout.layOutAlone(fop, frame, s, startNumber, elsewhere,
                        named, given, params, creationDate, signature, hyphenation, pagesBefore, anchors));
                drawnKeys.add(key);
                drawn++;
            } else {
                l = measured(s, startNumber, elsewhere, given, pagesBefore);
                measured++;
            }
            for (Map.Entry<String, PageMap.Page> e : l.pages().entrySet()) {
                state.pages.putIfAbsent(e.getKey(),
                        new PageMap.Page(e.getValue().index() + pagesBefore, e.getValue().folio()));
            }
            state.pagesBefore += l.pageCount();
            state.lastNumber = startNumber + l.pageCount() - 1;
            placed.put(index, new ScreenAhead.Placed(startNumber, state.pagesBefore));
            // the next pass records the stylesheet's XSL-FO anew: this one's is let go as it is laid out (at fifty
            // times the book, tens of megabytes held to the end of the pass otherwise)
            s.events.events().clear();
        }

        /**
         * Whether the sequence cites a page of its own: FOP's citation stands in for the folio the stylesheet writes
         * from a page map (as the next pass's XSL-FO will have it), so the sequence is laid out again either way.
         */
        private boolean citesItself(FoChapters.Sequence s) {
            for (SaxRecording.Event e : s.events.events()) {
                if (e instanceof SaxRecording.Start start && FoChapters.FO.equals(start.uri())
                        && start.localName().startsWith("page-number-citation")
                        && s.ids.contains(start.atts().getValue("ref-id"))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A sequence that cites a page further on (or its own), laid out for its length and its anchors' pages only.
         */
        private ChapterLayout.Laid measured(FoChapters.Sequence s, int startNumber, Predicate<String> elsewhere,
                                            PageMap given, int pagesBefore) {
            FopEngine.Messages messages = new FopEngine.Messages();
            var run = fop.startLayoutOnly(messages, agent -> PrintLayout.configure(agent, params, hyphenation,
                    creationDate));
            DefaultHandler to = new SignaturePadding(FopText.filters(run.handler()), signature,
                    () -> pagesBefore + run.pagesLaidOut().getAsInt());
            ChapterLayout.replayInFrame(to, frame, () -> ChapterLayout.replayChapter(s,
                    new ChapterRewrite(to, startNumber, s.ids, elsewhere, given, true)));
            List<String> ids = new ArrayList<>();
            for (String id : s.ids) if (anchors.contains(id)) ids.add(id);
            return new ChapterLayout.Laid(new byte[0], run.pageMap().apply(ids).all(),
                    run.pagesLaidOut().getAsInt(), List.of(), List.of(), List.of(), List.of());
        }

        /** The sequences cut before the stylesheet first read the pages laid out (the index), or -1 if it has not. */
        private int cutBeforePagesRead = -1;

        /**
         * The screen sequences that may be laid out ahead: those before the first that was written from the pages laid
         * out (the index; the screen edition's XSL-FO is written without them, the render's from them).
         */
        int screenLimit() {
            return cutBeforePagesRead < 0 ? Integer.MAX_VALUE : cutBeforePagesRead;
        }

        /**
         * The pages of the sequences cut so far, once they are laid out (on the stylesheet's thread). The stylesheet
         * waits here for the layouts to catch up: the build's thread lays out the screen edition's sequences before
         * this place meanwhile ({@link ScreenAhead}); those from here on read the pages as the index does, and are
         * left to the screen render.
         */
        PageMap laidOutSoFar() {
            if (cutBeforePagesRead < 0) cutBeforePagesRead = layouts.size();
            if (screenAhead != null && !failed) screenAhead.layOutBefore(screenLimit(), this);
            try {
                return worker.submit(state::map).get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the layout failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        /**
         * Waits for every layout queued: nothing of this pass goes on beside the next, nor after the build that was
         * interrupted (the wait is not cut short; the interrupt is kept for the caller and fails the pass).
         */
        void drain() {
            boolean interrupted = false;
            for (Future<?> f : layouts) {
                while (true) {
                    try {
                        f.get();
                        break;
                    } catch (ExecutionException e) {
                        failed = true;
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                        failed = true;
                    }
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * Where the layouts are: written on the layouts' thread only; the pages are read beside it too (the screen laid out
     * ahead reads those of the sequences laid out before the one it lays out: a page once in the map never changes).
     */
    private static final class State {
        final SortedMap<String, PageMap.Page> pages = new ConcurrentSkipListMap<>();
        int pagesBefore;
        int lastNumber;

        PageMap map() {
            return new PageMap(pages);
        }
    }
}
