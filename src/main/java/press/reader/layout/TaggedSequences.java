package press.reader.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.xml.Xslt;

/**
 * The tagged screen PDF laid out page sequence by page sequence, as the print book is ({@link ChapterLayout}), and
 * written out sequence by sequence with their structure trees joined ({@link StreamedTaggedPdf}). FOP holds a
 * tagged document's structure tree until the document ends: laid out whole, at fifty times the book, 880,000
 * dictionaries (more than the gigabyte of heap the scale target allows); laid out by sequence, one chapter's.
 * Each sequence's XSL-FO is let go once it is drawn.
 */
final class TaggedSequences {
    /**
     * What a render did: the sequences FOP drew, the pages of the longest, the pages of the book, where the second
     * half was predicted to start (null: the sequences were laid out one after another).
     */
    record Work(int sequences, int longestSequencePages, int pages, ScreenHalves.Start secondHalf) {}

    private final Xslt xslt;
    private final FopEngine fop;
    private final Path stylesheet;
    /** The layout whose cache holds the sequences a cold build laid out ahead ({@link ScreenAhead}), or null. */
    private final ChapterLayout ahead;

    TaggedSequences(Xslt xslt, FopEngine fop, Path stylesheet, ChapterLayout ahead) {
        this.xslt = xslt;
        this.fop = fop;
        this.stylesheet = stylesheet;
        this.ahead = ahead;
    }

    /** The finished PDF and the work, or null when this XSL-FO cannot be laid out sequence by sequence. */
    record Rendered(byte[] pdf, Work work) {}

    /**
     * The XSL-FO the stylesheet writes from {@code map}, cut into sequences. The page map's document (as large as the
     * book's) is let go once read: the layouts read the map itself.
     */
    private FoChapters transform(XdmNode book, Map<String, Object> params, PageMap map) {
        FoChapters fo = new FoChapters();
        Map<String, Object> withMap = new HashMap<>(params);
        if (map.size() > 0) withMap.put("pagemap", map.toDocument(xslt.processor()));
        xslt.transform(stylesheet, book, withMap, new SAXDestination(fo));
        return fo;
    }

    Rendered render(XdmNode book, Map<String, Object> params, PageMap map, Date creationDate,
                    BookHyphenation hyphenation, FopEngine.Messages messages, PrintLayout.Finishing finishing,
                    boolean inTwoHalves, ScreenTail tail) throws IOException {
        Drawn drawn = draw(book, params, map, creationDate, hyphenation, messages, inTwoHalves, tail);
        if (drawn == null) return null;
        try {
            byte[] pdf = StreamedTaggedPdf.write(drawn.pdfs(), drawn.bookmarks(), finishing, tail);
            return new Rendered(pdf, drawn.work());
        } catch (ChapterPdf.NotAssembled e) {
            return null;
        }
    }

    /**
     * The sequences' PDFs, the bookmark tree, the work: all that the book is written from. The XSL-FO's sequences,
     * their ids and the places they name are let go before it is written (at fifty times the book, 20 MB).
     */
    private record Drawn(List<byte[]> pdfs, List<FoChapters.Bookmark> bookmarks, Work work) {}

    private Drawn draw(XdmNode book, Map<String, Object> params, PageMap map, Date creationDate,
                       BookHyphenation hyphenation, FopEngine.Messages messages, boolean inTwoHalves,
                       ScreenTail tail) {
        FoChapters fo = transform(book, params, map);
        if (!ChapterLayout.fits(fo, 0)) return null;
        Map<String, Integer> owner = ChapterLayout.owners(fo);
        List<Set<String>> named = ChapterLayout.namedPlaces(fo, owner);
        if (named == null) return null;
        for (int i = 0; i < fo.sequences.size(); i++) {
            ChapterRewrite check = new ChapterRewrite(new DefaultHandler(), 0, fo.sequences.get(i).ids,
                    ChapterLayout.elsewhere(owner, i), map);
            ChapterLayout.replayChapter(fo.sequences.get(i), check);
            if (check.unresolved()) return null;
        }
        Layouts layouts = new Layouts(fop, fo, owner, named, map, params, creationDate, hyphenation,
                ahead == null ? null : new ScreenAhead.Taking(ahead, fo, params, creationDate, hyphenation));
        ScreenHalves.Start secondHalf = inTwoHalves ? ScreenHalves.secondHalf(fo.sequences, map) : null;
        List<ChapterLayout.Laid> laid;
        if (secondHalf == null && tail != null) {
            try {
                laid = ScreenHalves.layOut(layouts, fo.sequences, tail, map);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the screen PDF was laid out", e);
            }
        } else {
            laid = ScreenHalves.layOut(layouts, fo.sequences, secondHalf);
        }
        List<byte[]> pdfs = new ArrayList<>();
        int pages = 0;
        int longest = 0;
        for (ChapterLayout.Laid l : laid) {
            messages.warnings.addAll(l.warnings());
            messages.warningIds.addAll(l.warningIds());
            messages.warningPages.addAll(l.warningPages());
            messages.errors.addAll(l.errors());
            pdfs.add(l.pdf());
            pages += l.pageCount();
            longest = Math.max(longest, l.pageCount());
        }
        return new Drawn(pdfs, fo.bookmarks, new Work(pdfs.size(), longest, pages, secondHalf));
    }

    /** Sequences laid out one after another, the pages up to the last one's end, the number printed on its last page. */
    record Run(List<ChapterLayout.Laid> laid, int pages, int lastNumber) {}

    /** The layouts of one render's sequences: what each reads besides its own XSL-FO. */
    static final class Layouts {
        private final FopEngine fop;
        private final FoChapters fo;
        private final Map<String, Integer> owner;
        private final List<Set<String>> named;
        private final PageMap map;
        private final Map<String, Object> params;
        private final Date creationDate;
        private final BookHyphenation hyphenation;
        private final ScreenAhead.Taking ahead;

        /** {@code ahead}: where the sequences a cold build laid out ahead are taken from, or null. */
        Layouts(FopEngine fop, FoChapters fo, Map<String, Integer> owner, List<Set<String>> named, PageMap map,
                Map<String, Object> params, Date creationDate, BookHyphenation hyphenation, ScreenAhead.Taking ahead) {
            this.fop = fop;
            this.fo = fo;
            this.owner = owner;
            this.named = named;
            this.map = map;
            this.params = params;
            this.creationDate = creationDate;
            this.hyphenation = hyphenation;
            this.ahead = ahead;
        }

        /**
         * Sequences {@code from} to {@code to} (exclusive) laid out one after another, the first after
         * {@code pagesBefore} pages and numbered from {@code firstNumber}; each one's XSL-FO let go once drawn if
         * {@code letGo} (else it may be laid out again).
         */
        Run from(int from, int to, int pagesBefore, int firstNumber, boolean letGo) {
            List<ChapterLayout.Laid> laid = new ArrayList<>();
            int lastNumber = firstNumber - 1;
            for (int i = from; i < to; i++) {
                FoChapters.Sequence s = fo.sequences.get(i);
                int startNumber = i == from ? firstNumber : ChapterLayout.startNumber(s.initialPageNumber, lastNumber);
                Predicate<String> elsewhere = ChapterLayout.elsewhere(owner, i);
                ChapterLayout.Laid l = ahead == null ? null : ahead.take(s, startNumber, elsewhere, named.get(i), map);
                if (l == null) {
                    l = ChapterLayout.layOutAlone(fop, fo, s, startNumber, elsewhere, named.get(i), map, params,
                            creationDate, 0, hyphenation, pagesBefore, Set.of());
                }
                if (letGo) letGo(i);
                laid.add(l);
                pagesBefore += l.pageCount();
                lastNumber = startNumber + l.pageCount() - 1;
            }
            return new Run(laid, pagesBefore, lastNumber);
        }

        /** Sequence {@code i} is drawn for good: its XSL-FO is not read again. */
        void letGo(int i) {
            fo.sequences.get(i).events.events().clear();
        }
    }
}
