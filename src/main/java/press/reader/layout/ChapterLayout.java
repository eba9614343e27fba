package press.reader.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.memo.Fingerprint;
import press.reader.xml.Xslt;

/**
 * The print book laid out page sequence by page sequence (front matter, each chapter, the index, the signature's
 * blank pages), each sequence laid out alone by FOP and kept by the fingerprint of everything its layout reads: its
 * XSL-FO as the whole stylesheet run wrote it (with the page references the page map gave it), the page number it
 * starts on, the places other sequences point to in it, what every sequence shares (page masters, metadata), the
 * book's hyphenation exceptions among its words, and the caller's context (styles, fonts, tool version). After a
 * one-paragraph edit only the edited chapter is laid out again, and a later sequence only when its start page or a
 * page reference it prints moved. The PDF is put together from the sequences' PDFs ({@link ChapterPdf}).
 *
 * <p>Each pass tells {@code drawing} the page map it is laid out from (as {@link PrintLayout#layout} does: the screen
 * PDF may start beside from it). The settle rule is {@link PrintLayout}'s: a pass is accepted when the stylesheet, given the page map the pass
 * produced, writes the XSL-FO the pass was laid out from; otherwise the next pass starts from the new map (and
 * lays out again only the sequences whose fingerprint changed).
 */
public final class ChapterLayout {

    /** A page sequence laid out: its PDF, where its anchors fell (pages counted from its own first), its page count. */
    record Laid(byte[] pdf, Map<String, PageMap.Page> pages, int pageCount, List<String> warnings,
                List<String> warningIds, List<String> warningPages, List<String> errors) {}

    /**
     * Laid-out page sequences by fingerprint, kept between the builds of one workshop (the fonts and the FOP
     * configuration are the workshop's): after each layout only the sequences it used are kept.
     */
    public static final class Cache {
        private final Map<String, Laid> laid = new HashMap<>();
        /** Each sequence's capitalised words, by the fingerprint of its XSL-FO: of the last layout, and of this one. */
        private Map<String, Set<String>> capitalised = new HashMap<>();
        private Map<String, Set<String>> capitalisedNow = new HashMap<>();
        private long layouts;
        private long hits;
        private long earlyLayouts;
        /** The sequences' PDFs as the last assembly read them: the next reads only the new ones. */
        private final ParsedSequences parsed = new ParsedSequences();
        /** What the last accepted pass found around each sequence: the next build's guess ({@link EarlyLayout}). */
        private EarlyLayout.Plan plan;
        private ExecutorService secondCore;
        /** Whether what a layout used is kept for the next build (false: the process builds once). */
        private boolean keptForNextBuild = true;

        /**
         * Keeps nothing once a layout is over: a process that builds once (the {@code build} command) has no next
         * build, and the sequences' PDFs and page maps (tens of megabytes for a long book) were held through the
         * screen PDF's render, the build's fullest moment.
         */
        public synchronized void keepNothingAfterLayout() {
            keptForNextBuild = false;
            parsed.keepNothing();
        }

        /** The hyphenation the last layout was made with ({@link BookHyphenation#of}: the next takes it if alike). */
        private BookHyphenation hyphenation;

        synchronized BookHyphenation lastHyphenation() {
            return hyphenation;
        }

        synchronized void lastHyphenation(BookHyphenation made) {
            hyphenation = made;
        }

        /** Whether the page map's document the stylesheet last read is held (a measure of memory for the tests). */
        public synchronized boolean holdsPageMapDocument() {
            return mapDocument != null;
        }

        /**
         * The screen edition's page sequences a cold build's first pass laid out ahead ({@link ScreenAhead}), by the
         * fingerprint the screen render gives them but for the places they name, and those places: the render takes
         * one instead of laying it out again when it names every place the render's would.
         */
        private final Map<String, NamingLaid> screenAhead = new HashMap<>();

        /** Screen sequences laid out ahead and taken by a screen render (a measure of work for tests). */
        private long screenAheadTaken;

        /** Screen sequences laid out ahead so far (a measure of work for tests). */
        private long screenAheadLaid;

        synchronized void keepScreenAhead(String key, Set<String> named, Laid l) {
            screenAhead.put(key, new NamingLaid(Set.copyOf(named), l));
            screenAheadLaid++;
        }

        /** Screen sequences laid out ahead by cold builds' first passes so far. */
        public synchronized long screenAheadLaid() {
            return screenAheadLaid;
        }

        /**
         * The screen sequence laid out ahead under {@code key} if it names every place in {@code named} (a place more
         * is a name the book's PDF drops: only the places links point to reach it), or null. Kept for a render that
         * starts again.
         */
        synchronized Laid screenAhead(String key, Set<String> named) {
            NamingLaid l = screenAhead.get(key);
            if (l == null || !l.named().containsAll(named)) return null;
            screenAheadTaken++;
            return l.laid();
        }

        synchronized boolean holdsScreenAhead() {
            return !screenAhead.isEmpty();
        }

        /** Lets go of the screen sequences laid out ahead: the screen PDF is made, or a new cold pass begins. */
        public synchronized void forgetScreenAhead() {
            screenAhead.clear();
        }

        /** Screen sequences laid out ahead and taken by a screen render so far. */
        public synchronized long screenAheadTaken() {
            return screenAheadTaken;
        }

        /** The laid-out sequences kept for the next build (a measure of memory for the tests). */
        public synchronized int kept() {
            return laid.size();
        }
        /**
         * Each division's page sequences as the stylesheet wrote them in the last accepted pass, by the division's id,
         * with its key ({@link DivisionSources}), and the page map, parameters and context they were written with.
         */
        private Map<String, KeptDivision> divisions = new HashMap<>();
        private PageMap divisionsMap;
        private Map<String, String> divisionsParams;
        private String divisionsContext;
        /** Divisions whose sequences were taken from the last run instead of written again (a measure of work). */
        private long divisionsKept;

        /** Divisions whose page sequences were taken from the last run of the stylesheet so far. */
        public synchronized long divisionsKept() {
            return divisionsKept;
        }

        /** Divisions the settle check's runs of the stylesheet took from the pass they checked. */
        private long keptAcrossMoves;

        /**
         * Divisions taken, so far, into the settle check's run of the stylesheet from the pass it checks, though a page
         * had moved: they read none of the pages that moved.
         */
        public synchronized long keptAcrossMoves() {
            return keptAcrossMoves;
        }

        /** The page map the stylesheet last read, and the document it read it as: an edit usually moves no page. */
        private PageMap mapRead;
        private XdmNode mapDocument;

        /** The thread the early layouts run on (one, made when first wanted, ended with the process). */
        private synchronized ExecutorService secondCore() {
            if (secondCore == null) {
                secondCore = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "bookpress-early-layout");
                    t.setDaemon(true);
                    return t;
                });
            }
            return secondCore;
        }

        /** Cold builds whose first pass was laid out by page sequence ({@link ColdPass}). */
        private long coldPasses;
        /** Sequences those first passes laid out without drawing, for their length (they cite a page further on). */
        private long measured;

        /** Cold builds whose first pass was laid out by page sequence, not whole (a measure of work for tests). */
        public synchronized long coldPasses() {
            return coldPasses;
        }

        /** Sequences laid out without drawing by the first passes of cold builds (a measure of work for tests). */
        public synchronized long measured() {
            return measured;
        }

        /** Sequences laid out by FOP so far (a measure of work for tests and the build's timing). */
        public synchronized long layouts() {
            return layouts;
        }

        /** Sequences taken from the cache so far. */
        public synchronized long hits() {
            return hits;
        }

        /** Sequences laid out early, beside the stylesheet, and used ({@link EarlyLayout}). */
        public synchronized long earlyLayouts() {
            return earlyLayouts;
        }

        /** Sequences' PDFs read by the assemblies so far (each assembly reads the first and those not kept). */
        public long pdfsRead() {
            return parsed.reads();
        }
    }

    /** A sequence laid out naming the places {@code named}. */
    private record NamingLaid(Set<String> named, Laid laid) {}

    /** A division's page sequences as the stylesheet wrote them, with the key of what it wrote them from. */
    private record KeptDivision(String key, List<FoChapters.Sequence> sequences) {}

    /** What the layout did: the result, and how many sequences FOP laid out of how many used. */
    record Outcome(PrintLayout.Result result, int laidOut, int sequences) {}

    private final Xslt xslt;
    private final FopEngine fop;
    private final Path stylesheet;
    private final Cache cache;
    private final String context;

    /**
     * Whether the stylesheet is the stock one, byte for byte as {@link ModelledStylesheets} recorded it: only its
     * reads across divisions are the ones {@link DivisionSources} follows.
     */
    private final boolean stockStylesheet;

    ChapterLayout(Xslt xslt, FopEngine fop, Path stylesheet, Cache cache, String context, boolean stockStylesheet) {
        this.xslt = xslt;
        this.fop = fop;
        this.stylesheet = stylesheet;
        this.cache = cache;
        this.context = context;
        this.stockStylesheet = stockStylesheet;
    }

    /**
     * Lays the book out from {@code start} until the page numbers settle; null when this XSL-FO cannot be laid out
     * sequence by sequence as it lays out whole (a sequence whose page count depends on the next one's, blank pages
     * for the signature the stylesheet does not mark, a PDF not as expected): the caller lays it out whole.
     */
    Outcome layout(XdmNode book, Map<String, Object> params, PageMap start, Date creationDate, int signature,
                   BookHyphenation hyphenation, Collection<String> anchors, int maxPasses,
                   Consumer<PageMap> drawing) throws IOException {
        Set<String> anchorSet = new HashSet<>(anchors);
        Set<String> used = new HashSet<>();
        PageMap given = start;
        int laidOut = 0;
        Pass pass = null;
        Map<String, DivisionSources.Key> divisionKeys = stockStylesheet ? DivisionSources.divisions(book) : null;
        FoChapters next = null;         // the XSL-FO of the map given, written by the last pass's settle check
        for (int n = 1; n <= maxPasses; n++) {
            drawing.accept(given);
            boolean written = next != null;
            FoChapters fo = written ? next : new FoChapters();
            next = null;
            // the first pass guesses from the last build's plan as the stylesheet writes; a pass whose XSL-FO the settle
            // check wrote guesses from the pass before, from the last sequence back while the layout goes from the first
            EarlyLayout.Plan plan = n == 1 ? lastPlan() : written ? pass.plan : null;
            EarlyLayout early = plan == null ? null
                    : earlyLayout(plan, given, params, creationDate, signature, hyphenation, anchorSet);
            if (early != null && written) {
                for (int i = fo.sequences.size() - 1; i >= 0; i--) early.cut(fo, i);
            } else if (early != null) {
                fo.whenCut = i -> early.cut(fo, i);
            }
            try {
                if (!written) {
                    transform(book, params, given, fo,
                            divisionKeys == null ? null : keptDivisions(divisionKeys, given, params));
                }
                if (!fits(fo, signature)) return null;
                pass = layOut(fo, given, params, creationDate, signature, hyphenation, anchorSet, used, early);
            } finally {
                if (early != null) early.drain();
            }
            if (pass == null) return null;
            laidOut += pass.laidOut;
            boolean settled = pass.map.equals(given);
            if (!settled) {
                // Would the stylesheet, given the map this pass made, write the XSL-FO it was laid out from? Asked by
                // writing it, the divisions that read nothing of the pages that moved taken as they are. In a process
                // that builds again, what it writes is kept as the next pass's XSL-FO; a one-shot build only compares
                // (at fifty times the book a recording is tens of megabytes).
                FoChapters check = keepsForNextBuild() ? new FoChapters() : new FoChapters.Fingerprinting();
                transform(book, params, pass.map, check,
                        divisionKeys == null ? null : alike(fo, divisionKeys, given, pass.map));
                if (check instanceof FoChapters.Fingerprinting) {
                    settled = Arrays.equals(fo.fingerprint(), check.fingerprint());
                } else {
                    settled = fo.writesAlike(check);
                    next = check;
                }
            }
            if (settled) return finish(fo, pass, n, laidOut, used, given, params, divisionKeys);
            given = pass.map;
        }
        return null;   // not settled: the whole-book layout says so, in its own words
    }

    /**
     * A cold build's first pass, laid out by page sequence as the stylesheet writes them ({@link ColdPass}): its page
     * map, for {@link #layout} to start from (the sequences it drew are kept for it); null when the book cannot be
     * laid out so.
     */
    PageMap coldStart(XdmNode book, Map<String, Object> params, Date creationDate, int signature,
                      BookHyphenation hyphenation, Collection<String> anchors, ScreenAhead screenAhead) {
        ColdPass pass = new ColdPass(this, xslt, fop, stylesheet, cache.secondCore(), screenAhead);
        PageMap map = pass.pageMap(book, params, creationDate, signature, hyphenation, new HashSet<>(anchors));
        if (map != null) {
            synchronized (cache) {
                cache.coldPasses++;
                cache.measured += pass.work().measured();
            }
        }
        return map;
    }

    private Outcome finish(FoChapters fo, Pass pass, int passes, int laidOut, Set<String> used, PageMap laidOutFrom,
                           Map<String, Object> params, Map<String, DivisionSources.Key> divisionKeys)
            throws IOException {
        // the pass is accepted: its XSL-FO is not laid out again, and the assembly (PDFBox holding every object of the
        // book) is the layout's fullest moment: at fifty times the book the recording is tens of megabytes. A process
        // that builds again keeps its divisions' sequences for the next run of the stylesheet.
        Set<FoChapters.Sequence> keep = keepDivisions(fo, laidOutFrom, params, divisionKeys);
        for (FoChapters.Sequence s : fo.sequences) {
            if (!keep.contains(s)) s.events.events().clear();
        }
        synchronized (cache) {
            if (!cache.keptForNextBuild) {
                // no next build: its guesses, and the page map as the stylesheet read it (a document as large as the
                // book's, at fifty times the book 32 MB), held no longer
                cache.plan = null;
                cache.capitalised = new HashMap<>();
                cache.capitalisedNow = new HashMap<>();
                cache.mapRead = null;
                cache.mapDocument = null;
            }
        }
        byte[] pdf;
        try {
            pdf = ChapterPdf.assemble(pass.pdfs, fo.bookmarks, cache.parsed);
        } catch (ChapterPdf.NotAssembled e) {
            return null;
        }
        List<PrintLayout.LaidSequence> sequences = new ArrayList<>();
        synchronized (cache) {
            if (cache.keptForNextBuild) {
                int firstPage = 0;
                for (int i = 0; i < pass.laid.size(); i++) {
                    Laid l = pass.laid.get(i);
                    sequences.add(new PrintLayout.LaidSequence(pass.keys.get(i), firstPage, l.pageCount(), l.pdf()));
                    firstPage += l.pageCount();
                }
                cache.plan = pass.plan;
                cache.laid.keySet().retainAll(used);
                cache.capitalised = cache.capitalisedNow;
            } else {
                cache.laid.clear();
            }
            cache.capitalisedNow = new HashMap<>();
        }
        FopEngine.Messages messages = new FopEngine.Messages();
        for (Laid l : pass.laid) {
            messages.warnings.addAll(l.warnings());
            messages.warningIds.addAll(l.warningIds());
            messages.warningPages.addAll(l.warningPages());
            messages.errors.addAll(l.errors());
        }
        return new Outcome(new PrintLayout.Result(pdf, pass.map, passes, pass.pages, messages, laidOutFrom, sequences),
                laidOut,
                pass.laid.size());
    }

    /** Every sequence but the last ends on a page of its own choosing (its page count does not wait for the next). */
    static boolean fits(FoChapters fo, int signature) {
        if (fo.root == null || fo.sequences.isEmpty()) return false;
        for (int i = 0; i < fo.sequences.size() - 1; i++) {
            String force = fo.sequences.get(i).forcePageCount;
            if (force == null || force.equals("auto")) return false;
        }
        return signature <= 1 || fo.sequences.get(fo.sequences.size() - 1).padding;
    }

    /** One pass: each sequence's layout (new or kept), the page map they make, the PDFs in order. */
    private record Pass(List<Laid> laid, List<String> keys, List<byte[]> pdfs, PageMap map, int pages, int laidOut,
                        EarlyLayout.Plan plan) {}

    private Pass layOut(FoChapters fo, PageMap given, Map<String, Object> params, Date creationDate, int signature,
                        BookHyphenation hyphenation, Set<String> anchors, Set<String> used, EarlyLayout early)
            throws IOException {
        Map<String, Integer> owner = owners(fo);
        List<Set<String>> named = namedPlaces(fo, owner);
        if (named == null) return null;          // a bookmark to nowhere: FOP's whole-book layout reports it
        nameOwnAnchors(named, owner, anchors);
        String shared = shared(fo, params, creationDate);
        List<Laid> laid = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<byte[]> pdfs = new ArrayList<>();
        Map<String, PageMap.Page> map = new HashMap<>();
        int pagesBefore = 0;
        int lastNumber = 0;
        int newlyLaid = 0;
        List<Integer> startNumbers = new ArrayList<>();
        List<Integer> keeps = new ArrayList<>();
        List<Integer> pagesBeforeEach = new ArrayList<>();
        List<String> firstIds = new ArrayList<>();
        for (int i = 0; i < fo.sequences.size(); i++) {
            FoChapters.Sequence s = fo.sequences.get(i);
            int keep = s.padding ? SignaturePadding.needed(pagesBefore, signature) : -1;
            int startNumber = startNumber(s.initialPageNumber, lastNumber);
            startNumbers.add(startNumber);
            keeps.add(keep);
            pagesBeforeEach.add(pagesBefore);
            firstIds.add(EarlyLayout.firstId(s));
            if (keep == 0) continue;                     // the signature is full: no blank pages
            Predicate<String> elsewhere = elsewhere(owner, i);
            String key = sequenceKey(s, shared, startNumber, keep, elsewhere,
                    named.get(i), given, params, hyphenation);
            if (key == null) return null;
            Laid l;
            synchronized (cache) {
                l = cache.laid.get(key);
                if (l != null) cache.hits++;
            }
            if (l == null) {
                l = early == null ? null : early.take(i, key);
                if (l != null) {
                    synchronized (cache) {
                        cache.earlyLayouts++;
                    }
                } else {
                    l = layOutAlone(fop, fo, s, startNumber, elsewhere, named.get(i), given, params, creationDate,
                            signature, hyphenation, pagesBefore, anchors);
                }
                newlyLaid++;
                synchronized (cache) {
                    cache.laid.put(key, l);
                    cache.layouts++;
                }
            }
            used.add(key);
            keys.add(key);
            laid.add(l);
            pdfs.add(l.pdf());
            for (Map.Entry<String, PageMap.Page> e : l.pages().entrySet()) {
                map.putIfAbsent(e.getKey(), new PageMap.Page(e.getValue().index() + pagesBefore, e.getValue().folio()));
            }
            pagesBefore += l.pageCount();
            lastNumber = startNumber + l.pageCount() - 1;
        }
        return new Pass(laid, keys, pdfs, new PageMap(map), pagesBefore, newlyLaid,
                new EarlyLayout.Plan(startNumbers, keeps, pagesBeforeEach, named, owner, firstIds));
    }

    /** The sequence each id is in (the first, should two have it). */
    static Map<String, Integer> owners(FoChapters fo) {
        Map<String, Integer> owner = new HashMap<>();
        for (int i = 0; i < fo.sequences.size(); i++) {
            for (String id : fo.sequences.get(i).ids) owner.putIfAbsent(id, i);
        }
        return owner;
    }

    /**
     * The places each sequence must name: what other sequences and the outline point to in it; null when a bookmark
     * points to no sequence.
     */
    static List<Set<String>> namedPlaces(FoChapters fo, Map<String, Integer> owner) {
        List<Set<String>> named = new ArrayList<>();
        for (int i = 0; i < fo.sequences.size(); i++) named.add(new TreeSet<>());
        for (int i = 0; i < fo.sequences.size(); i++) {
            for (String t : fo.sequences.get(i).targets) {
                Integer o = owner.get(t);
                if (o != null && o != i) named.get(o).add(t);
            }
        }
        for (String t : fo.bookmarkTargets()) {
            Integer o = owner.get(t);
            if (o == null) return null;
            named.get(o).add(t);
        }
        return named;
    }

    /**
     * Each sequence names, besides the places pointed to in it, every anchor it holds (the page map's ids: the places
     * the index, the contents and the cross-references point to): what a sequence names is then known when it is cut
     * from the XSL-FO, before the sequences after it (the index) are written, so that a cold build's first pass lays it
     * out as every later pass does ({@link ColdPass}). Only the places links and bookmarks point to reach the book's
     * PDF (its go-to actions): the others are dropped with the sequences' name trees ({@link ChapterPdf}).
     */
    static void nameOwnAnchors(List<Set<String>> named, Map<String, Integer> owner, Set<String> anchors) {
        for (Map.Entry<String, Integer> e : owner.entrySet()) {
            if (anchors.contains(e.getKey())) named.get(e.getValue()).add(e.getKey());
        }
    }

    /** The sequences kept by this layout's workshop. */
    Cache cache() {
        return cache;
    }

    /** The laid-out sequence kept under {@code key}, else {@code lay}'s, kept under it (counted as one layout). */
    Laid keptOrLaidOut(String key, Supplier<Laid> lay) {
        synchronized (cache) {
            Laid l = cache.laid.get(key);
            if (l != null) {
                cache.hits++;
                return l;
            }
        }
        Laid l = lay.get();
        synchronized (cache) {
            cache.laid.put(key, l);
            cache.layouts++;
        }
        return l;
    }

    /**
     * Lets go of the sequences kept under {@code keys}: a first pass that ends in a whole-book layout leaves nothing of
     * its own in the cache (a watch session would hold them until its next accepted build).
     */
    void forget(Collection<String> keys) {
        synchronized (cache) {
            cache.laid.keySet().removeAll(keys);
        }
    }

    /** Whether an id is in a sequence other than {@code self}, by {@code owner}. */
    static Predicate<String> elsewhere(Map<String, Integer> owner, int self) {
        return id -> {
            Integer o = owner.get(id);
            return o != null && o != self;
        };
    }

    /**
     * A sequence's fingerprint: everything its layout reads ({@code shared}: what every sequence shares, and the
     * settings), its XSL-FO as rewritten to stand alone; null when it points to an id no sequence has.
     */
    String sequenceKey(FoChapters.Sequence s, String shared, int startNumber, int keep, Predicate<String> elsewhere,
                       Set<String> named, PageMap given, Map<String, Object> params, BookHyphenation hyphenation) {
        byte[] chapter = Rewritten.of(s, startNumber, elsewhere, given, workFolder(params)).digest();
        if (chapter == null) return null;
        return key(shared, startNumber, keep, named, chapter, hyphenationWords(s, chapter, hyphenation));
    }

    /**
     * A sequence's XSL-FO as rewritten to stand alone ({@link ChapterRewrite}), fingerprinted (null: it cites a place
     * the page map does not have), with all that the rewrite read besides the sequence: the start number, the pages
     * of the places it cited in other sequences, the build's folder (and the attribute values that could hold one),
     * and the answer to each "is this id in another sequence?" it asked. The early layout and the layout both take
     * each sequence's fingerprint in a warm rebuild, the first on the second core under the last build's plan: the
     * layout takes the early one's when the rewrite would read the same again (the same replay, the same bytes),
     * instead of replaying the whole book's XSL-FO a second time; and a sequence kept from the last build's run of
     * the stylesheet ({@link #keepDivisions}) keeps its fingerprint into the next build while what it read stays the
     * same (the pages it cites, not the whole map: an edit elsewhere that moves no page it cites replays none of it).
     */
    record Rewritten(int startNumber, Map<String, PageMap.Page> pagesRead, String folder, Set<String> slashed,
                     Map<String, Boolean> asked, byte[] digest) {
        static Rewritten of(FoChapters.Sequence s, int startNumber, Predicate<String> elsewhere, PageMap given,
                            String folder) {
            Rewritten known;
            synchronized (s) {
                known = s.rewritten;
            }
            if (known != null && known.readsTheSame(startNumber, elsewhere, given, folder)) return known;
            Map<String, Boolean> asked = new HashMap<>();
            FoDigest chapterDigest = new FoDigest(null);
            WorkFolderNamed named = new WorkFolderNamed(chapterDigest, folder);
            ChapterRewrite rewrite = new ChapterRewrite(named, startNumber, s.ids,
                    id -> asked.computeIfAbsent(id, elsewhere::test), given);
            replayChapter(s, rewrite);
            // a place cited and not in the map is read as null: kept so (Map.copyOf refuses null values)
            Rewritten made = new Rewritten(startNumber, Collections.unmodifiableMap(new HashMap<>(rewrite.pagesRead())),
                    folder, Set.copyOf(named.slashed), Map.copyOf(asked),
                    rewrite.unresolved() ? null : chapterDigest.digest());
            synchronized (s) {
                s.rewritten = made;
            }
            return made;
        }

        /**
         * Whether the rewrite would read what it read for this fingerprint. Each build prepares its images in a folder
         * of its own: another build's folder reads the same where the sequence names neither (no attribute value,
         * and a folder has a slash, holds either).
         */
        private boolean readsTheSame(int startNumber, Predicate<String> elsewhere, PageMap given, String folder) {
            if (this.startNumber != startNumber) return false;
            if (!Objects.equals(this.folder, folder)) {
                for (String v : slashed) {
                    if (this.folder != null && v.contains(this.folder) || folder != null && v.contains(folder)) {
                        return false;
                    }
                }
            }
            for (Map.Entry<String, PageMap.Page> p : pagesRead.entrySet()) {
                if (!Objects.equals(given.page(p.getKey()), p.getValue())) return false;
            }
            for (Map.Entry<String, Boolean> a : asked.entrySet()) {
                if (elsewhere.test(a.getKey()) != a.getValue()) return false;
            }
            return true;
        }
    }

    /** From the second build of a workshop on, the first pass lays sequences out early (see {@link EarlyLayout}). */
    private EarlyLayout.Plan lastPlan() {
        synchronized (cache) {
            return cache.plan;
        }
    }

    private EarlyLayout earlyLayout(EarlyLayout.Plan plan, PageMap given, Map<String, Object> params, Date creationDate,
                                    int signature, BookHyphenation hyphenation, Set<String> anchors) {
        return new EarlyLayout(cache.secondCore(), plan, (frame, s, i, p, mayLayOut) -> {
            int keep = p.keeps().get(i);
            if (keep == 0) return new EarlyLayout.Guess(null, null);
            Predicate<String> elsewhere = elsewhere(p.owner(), i);
            String key = sequenceKey(s, shared(frame, params, creationDate), p.startNumbers().get(i),
                    keep, elsewhere, p.named().get(i), given, params, hyphenation);
            if (key == null) return new EarlyLayout.Guess(null, null);
            synchronized (cache) {
                if (!mayLayOut || cache.laid.containsKey(key)) return new EarlyLayout.Guess(key, null);
            }
            return new EarlyLayout.Guess(key, layOutAlone(fop, frame, s, p.startNumbers().get(i), elsewhere,
                    p.named().get(i), given, params, creationDate, signature, hyphenation, p.pagesBefore().get(i),
                    anchors));
        });
    }

    /** The number a sequence starts on, as FOP numbers it after a sequence that ended on {@code lastNumber}. */
    static int startNumber(String initial, int lastNumber) {
        if (initial != null && initial.matches("\\d{1,9}")) return Integer.parseInt(initial);
        int next = lastNumber + 1;
        if ("auto-odd".equals(initial) && next % 2 == 0) next++;
        if ("auto-even".equals(initial) && next % 2 == 1) next++;
        return next;
    }

    /** What goes inside the book's root when one sequence is laid out alone. */
    interface Inside {
        void replay() throws SAXException;
    }

    /**
     * One page sequence's XSL-FO as FOP reads it alone: the document's prolog, its root, the page masters and metadata
     * every sequence shares ({@code frame}), then {@code inside}.
     */
    static void replayInFrame(DefaultHandler to, FoChapters frame, Inside inside) {
        try {
            to.startDocument();
            frame.prolog.replay(to);
            to.startElement(frame.root.uri(), frame.root.localName(), frame.root.qName(), frame.root.atts());
            frame.shared.replay(to);
            inside.replay();
            to.endElement(frame.root.uri(), frame.root.localName(), frame.root.qName());
            to.endDocument();
        } catch (SAXException e) {
            throw new IllegalStateException("FOP could not lay out a page sequence: " + e.getMessage(), e);
        }
    }

    /**
     * Sequence {@code s} laid out and drawn by FOP alone, as it lays out in the whole book (see {@link ChapterRewrite}),
     * naming the places {@code named} that other sequences and the outline point to.
     */
    static Laid layOutAlone(FopEngine fop, FoChapters fo, FoChapters.Sequence s, int startNumber,
                            Predicate<String> elsewhere, Set<String> named, PageMap given, Map<String, Object> params,
                            Date creationDate, int signature, BookHyphenation hyphenation, int pagesBefore,
                            Set<String> anchors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        FopEngine.Messages messages = new FopEngine.Messages();
        var run = fop.startRecording(out, messages, agent -> PrintLayout.configure(agent, params, hyphenation,
                creationDate));
        DefaultHandler to = new SignaturePadding(FopText.filters(run.handler()), signature,
                () -> pagesBefore + run.pagesLaidOut().getAsInt());
        replayInFrame(to, fo, () -> {
            AddressedLinks.nameDestinations(to, named);
            replayChapter(s, new ChapterRewrite(to, startNumber, s.ids, elsewhere, given));
        });
        List<String> ids = new ArrayList<>();
        for (String id : s.ids) if (anchors.contains(id)) ids.add(id);
        PageMap local = run.pageMap().apply(ids);
        return new Laid(out.toByteArray(), local.all(), run.pagesLaidOut().getAsInt(), List.copyOf(messages.warnings),
                new ArrayList<>(messages.warningIds), new ArrayList<>(messages.warningPages), List.copyOf(messages.errors));
    }

    static void replayChapter(FoChapters.Sequence s, DefaultHandler to) {
        try {
            s.events.replay(to);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the stylesheet with {@code map}, each division's sequences marked ({@code kept} not null: the stock
     * stylesheet), those of the divisions in {@code kept} written as a mark alone and taken from it.
     */
    private void transform(XdmNode book, Map<String, Object> styleParams, PageMap map, FoChapters to,
                           Map<String, List<FoChapters.Sequence>> kept) {
        Map<String, Object> params = new HashMap<>(styleParams);
        if (map.size() > 0) params.put("pagemap", pageMapDocument(map));
        if (kept != null) {
            params.put("divisions-marked", "yes");
            params.put("kept-divisions", List.copyOf(kept.keySet()));
            to.kept = kept::get;
            synchronized (cache) {
                cache.divisionsKept += kept.size();
            }
        }
        xslt.transform(stylesheet, book, params, new SAXDestination(to));
    }

    /** The last accepted pass's sequences of each division whose key is the same, when they read the same map. */
    private Map<String, List<FoChapters.Sequence>> keptDivisions(Map<String, DivisionSources.Key> keys, PageMap map,
                                                                 Map<String, Object> params) {
        Map<String, List<FoChapters.Sequence>> kept = new HashMap<>();
        synchronized (cache) {
            if (!map.equals(cache.divisionsMap) || !stringParams(params).equals(cache.divisionsParams)
                    || !context.equals(cache.divisionsContext)) {
                return kept;
            }
            keys.forEach((id, key) -> {
                KeptDivision d = cache.divisions.get(id);
                if (d != null && d.key().equals(key.key())) kept.put(id, d.sequences());
            });
        }
        return kept;
    }

    private boolean keepsForNextBuild() {
        synchronized (cache) {
            return cache.keptForNextBuild;
        }
    }

    /**
     * The sequences of {@code fo} (written from {@code given}) of each division that reads the same of {@code map}:
     * the stylesheet would write them alike from it.
     */
    private Map<String, List<FoChapters.Sequence>> alike(FoChapters fo, Map<String, DivisionSources.Key> keys,
                                                         PageMap given, PageMap map) {
        Map<String, List<FoChapters.Sequence>> alike = new HashMap<>();
        for (FoChapters.Division d : fo.divisions) {
            DivisionSources.Key key = keys.get(d.id());
            if (key != null && key.readsAlike(given, map)) {
                alike.put(d.id(), fo.sequences.subList(d.first(), d.first() + d.count()));
            }
        }
        synchronized (cache) {
            cache.keptAcrossMoves += alike.size();
        }
        return alike;
    }

    /**
     * Keeps the accepted pass's sequences of each division for the next build (not those that address the build's
     * own image folder, a new one each build), and returns them: their recordings are not let go.
     */
    private Set<FoChapters.Sequence> keepDivisions(FoChapters fo, PageMap map, Map<String, Object> params,
                                                   Map<String, DivisionSources.Key> keys) {
        Set<FoChapters.Sequence> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        synchronized (cache) {
            cache.divisions = new HashMap<>();
            cache.divisionsMap = null;
            if (keys == null || !cache.keptForNextBuild) return kept;
            String folder = workFolder(params);
            long events = 0;
            for (FoChapters.Division d : fo.divisions) {
                DivisionSources.Key key = keys.get(d.id());
                List<FoChapters.Sequence> sequences = List.copyOf(fo.sequences.subList(d.first(), d.first() + d.count()));
                if (key == null || (folder != null && sequences.stream().anyMatch(s -> mentions(s, folder)))) continue;
                long own = sequences.stream().mapToLong(s -> s.events.events().size()).sum();
                if (events + own > MAX_KEPT_EVENTS) continue;
                events += own;
                cache.divisions.put(d.id(), new KeptDivision(key.key(), sequences));
                kept.addAll(sequences);
            }
            cache.divisionsMap = map;
            cache.divisionsParams = stringParams(params);
            cache.divisionsContext = context;
        }
        return kept;
    }

    /**
     * The most recorded XSL-FO events kept between builds: the 3x book's whole XSL-FO is about 53,000 (1.8 MB as text),
     * so a book some fifteen times the real one keeps every division; a longer one keeps as many as fit and writes the
     * rest again (the recordings, held through the next build, would otherwise grow with the book).
     */
    private static final long MAX_KEPT_EVENTS = 300_000;

    /** Whether a sequence's XSL-FO names {@code folder} in an attribute (an image's address). */
    private static boolean mentions(FoChapters.Sequence s, String folder) {
        for (SaxRecording.Event e : s.events.events()) {
            if (!(e instanceof SaxRecording.Start start)) continue;
            Attributes atts = start.atts();
            for (int i = 0; i < atts.getLength(); i++) if (atts.getValue(i).contains(folder)) return true;
        }
        return false;
    }

    /**
     * The stylesheet's parameters that are text, but the address of the images' manifest (in the build's own folder,
     * a new one each build): only a figure reads it, and a figure names that folder (the sequence is not kept).
     */
    private static Map<String, String> stringParams(Map<String, Object> params) {
        Map<String, String> out = new TreeMap<>();
        params.forEach((k, v) -> {
            if (v instanceof String value && !k.equals(IMAGES)) out.put(k, value);
        });
        return out;
    }

    /**
     * The page map as the document the stylesheet reads, made again only when the map differs from the one the last
     * run read (a document is immutable; the stylesheet reads the same nodes from it either way).
     */
    private XdmNode pageMapDocument(PageMap map) {
        synchronized (cache) {
            if (map.equals(cache.mapRead)) return cache.mapDocument;
        }
        XdmNode document = map.toDocument(xslt.processor());
        synchronized (cache) {
            cache.mapRead = map;
            cache.mapDocument = document;
        }
        return document;
    }

    /**
     * What the layout reads besides the XSL-FO: the stylesheet's parameters (the PDF standard…), the date; not the
     * address of the build's images (see {@link WorkFolderNamed}).
     */
    static String settings(Map<String, Object> params, Date creationDate) {
        Map<String, String> sorted = new TreeMap<>();
        params.forEach((k, v) -> {
            if (v instanceof String value && !k.equals(IMAGES)) sorted.put(k, value);
        });
        return sorted + "@" + creationDate.getTime();
    }

    private static final String IMAGES = "images-uri";

    /** The folder the build's images are in (a new one each build), as the XSL-FO addresses it, or null. */
    static String workFolder(Map<String, Object> params) {
        if (!(params.get(IMAGES) instanceof String uri) || uri.lastIndexOf('/') < 0) return null;
        return uri.substring(0, uri.lastIndexOf('/') + 1);
    }

    /**
     * The XSL-FO with the build's own folder written as a name: an image is addressed in the folder each build
     * prepares its images in, and the images' bytes are part of the caller's context; so a chapter with a figure
     * keeps its fingerprint from one build to the next.
     */
    private static final class WorkFolderNamed extends ForwardingHandler {
        private final String folder;
        /** The attribute values with a slash, where a folder may be (a few addresses, where a sequence has any). */
        private final Set<String> slashed = new HashSet<>();

        WorkFolderNamed(DefaultHandler next, String folder) {
            super(next);
            this.folder = folder;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts)
                throws SAXException {
            for (int i = 0; i < atts.getLength(); i++) {
                if (atts.getValue(i).indexOf('/') >= 0) slashed.add(atts.getValue(i));
            }
            if (folder == null) {
                super.startElement(uri, localName, qName, atts);
                return;
            }
            AttributesImpl a = null;
            for (int i = 0; i < atts.getLength(); i++) {
                if (!atts.getValue(i).contains(folder)) continue;
                if (a == null) a = new AttributesImpl(atts);
                a.setValue(i, atts.getValue(i).replace(folder, "{work}/"));
            }
            super.startElement(uri, localName, qName, a == null ? atts : a);
        }
    }

    /**
     * What every sequence's fingerprint ({@link #sequenceKey}) shares: the page masters and metadata of {@code frame},
     * the parameters and the date.
     */
    static String shared(FoChapters frame, Map<String, Object> params, Date creationDate) {
        return sharedDigest(frame) + settings(params, creationDate);
    }

    static String sharedDigest(FoChapters fo) {
        FoDigest d = new FoDigest(null);
        try {
            fo.prolog.replay(d);
            d.startElement(fo.root.uri(), fo.root.localName(), fo.root.qName(), fo.root.atts());
            fo.shared.replay(d);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * The book's words kept whole by the hyphenation that this sequence has: all of the tree this layout reads
     * besides the patterns. A sequence's capitalised words are found once per XSL-FO (kept by its fingerprint).
     */
    private Set<String> hyphenationWords(FoChapters.Sequence s, byte[] chapter, BookHyphenation hyphenation) {
        if (hyphenation == null) return Set.of();
        String fingerprint = HexFormat.of().formatHex(chapter);
        Set<String> capitalised;
        synchronized (cache) {
            capitalised = cache.capitalised.get(fingerprint);
        }
        if (capitalised == null) {
            StringBuilder text = new StringBuilder();
            for (SaxRecording.Event e : s.events.events()) {
                if (e instanceof SaxRecording.Text t) text.append(t.text()).append(' ');
            }
            capitalised = BookHyphenation.capitalisedWords(text.toString());
        }
        synchronized (cache) {
            cache.capitalisedNow.put(fingerprint, capitalised);
        }
        Set<String> words = new TreeSet<>(capitalised);
        words.retainAll(hyphenation.keptWhole());
        return words;
    }

    private String key(String shared, int startNumber, int keep, Set<String> named, byte[] chapter, Set<String> words) {
        return Fingerprint.of(context, shared, startNumber, keep, String.join("\n", named), chapter,
                String.join("\n", words));
    }
}
