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
    /** What a render did: the sequences FOP drew, the pages of the longest, the pages of the book. */
    record Work(int sequences, int longestSequencePages, int pages) {}

    private final Xslt xslt;
    private final FopEngine fop;
    private final Path stylesheet;

    TaggedSequences(Xslt xslt, FopEngine fop, Path stylesheet) {
        this.xslt = xslt;
        this.fop = fop;
        this.stylesheet = stylesheet;
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
                    BookHyphenation hyphenation, FopEngine.Messages messages, PrintLayout.Finishing finishing)
            throws IOException {
        Drawn drawn = draw(book, params, map, creationDate, hyphenation, messages);
        if (drawn == null) return null;
        try {
            byte[] pdf = StreamedTaggedPdf.write(drawn.pdfs(), drawn.bookmarks(), finishing);
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
                       BookHyphenation hyphenation, FopEngine.Messages messages) {
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
        List<byte[]> pdfs = new ArrayList<>();
        int pagesBefore = 0;
        int lastNumber = 0;
        int longest = 0;
        for (int i = 0; i < fo.sequences.size(); i++) {
            FoChapters.Sequence s = fo.sequences.get(i);
            int startNumber = ChapterLayout.startNumber(s.initialPageNumber, lastNumber);
            Predicate<String> elsewhere = ChapterLayout.elsewhere(owner, i);
            ChapterLayout.Laid l = ChapterLayout.layOutAlone(fop, fo, s, startNumber, elsewhere, named.get(i), map,
                    params, creationDate, 0, hyphenation, pagesBefore, Set.of());
            s.events.events().clear();            // drawn: its XSL-FO is not read again
            messages.warnings.addAll(l.warnings());
            messages.warningIds.addAll(l.warningIds());
            messages.warningPages.addAll(l.warningPages());
            messages.errors.addAll(l.errors());
            pdfs.add(l.pdf());
            pagesBefore += l.pageCount();
            lastNumber = startNumber + l.pageCount() - 1;
            longest = Math.max(longest, l.pageCount());
        }
        return new Drawn(pdfs, fo.bookmarks, new Work(pdfs.size(), longest, pagesBefore));
    }
}
