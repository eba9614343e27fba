package press.reader.features.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import press.reader.assemble.ApparatusFeature;
import press.reader.assemble.ApparatusFeatures;
import press.reader.assemble.BookState;
import press.reader.assemble.DocBook;
import press.reader.assemble.InlineMarker;
import press.reader.assemble.PieceContext;
import press.reader.assemble.WordMatcher;
import press.reader.assemble.Words;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;

/**
 * The index: an {@code indexterm} at each occurrence of a heading's forms in every piece's running text
 * ({@link IndexMarker}; ids {@code ix-<piece>-<n>}, counted per piece so an edit leaves the other pieces' ids alone,
 * and made unique as they are given out, so none are reserved), the generated index with its see and see-also
 * references ({@link IndexAuthorityWriter}; the page numbers are the styles'), and the checks of what it marked: a
 * hand-added occurrence whose words its chapter lacks (BP151), an addition naming an unknown chapter (BP152), a
 * heading that matches nothing (BP150). Its headings are read from index.yaml ({@link IndexFile}, which its maker
 * declares: the manuscript reader reads it); before assembly its cross-references are checked ({@link IndexReferences})
 * and its forms against the book ({@link UnusedIndexForms}), checks its maker registers.
 */
public final class IndexFeature implements ApparatusFeature {
    /** Its section's name in book.yaml's {@code contents.back}, and the section's id. */
    static final String SECTION = "index";

    private final Manuscript ms;
    private final WordMatcher<IndexMarker.Target> matcher;
    private final IndexMarker.IndexCounter counter = new IndexMarker.IndexCounter();
    private final List<IndexMarker> markers = new ArrayList<>();
    private final DocBook db;
    private final Words words;
    private final Diagnostics diagnostics;
    /** Whether book.yaml's back matter prints the index (one not printed was told as index.yaml was read, BP591) */
    private final boolean printed;

    IndexFeature(Manuscript ms, DocBook db, Words words, Diagnostics diagnostics, boolean printed) {
        this.ms = ms;
        this.matcher = IndexMarker.matcherFor(ms.apparatus(IndexFile.FILE));
        this.db = db;
        this.words = words;
        this.diagnostics = diagnostics;
        this.printed = printed;
    }

    /** The index, generating the section {@code index}. */
    public static ApparatusFeatures.Maker maker() {
        return ApparatusFeatures.Maker.of(SECTION, IndexFile.FILE.name(),
                a -> new IndexFeature(a.ms(), a.db(), a.words(), a.diagnostics(), a.prints(SECTION))).reading(IndexFile.FILE)
                .checking((ms, d) -> IndexReferences.check(ms.apparatus(IndexFile.FILE), d))
                .checking(UnusedIndexForms::check)
                // the EPUB's index gives its letter groups the ids index-a, index-b … (styles/epub/epub-index.xsl)
                .reservingIdsStartingWith("index-");
    }

    /** The index marks front and back matter and the editor's headnotes too, not the essays alone. */
    @Override
    public boolean marksEveryPiece() {
        return true;
    }

    @Override
    public void reserveIds(BookState state) {
        // its ids are made unique as they are given out (PieceContext.uniqueId), so there is nothing to reserve
    }

    @Override
    public InlineMarker marker(PieceContext ctx) {
        IndexMarker marker = new IndexMarker(matcher, ms.apparatus(IndexFile.FILE), db, ctx, ctx.idPrefix(), counter);
        markers.add(marker);
        return marker;
    }

    @Override
    public void beginChapter() {
        counter.beginChapter();
        markersInChapter = markers.size();
    }

    /** Where the markers of the chapter begun last start in {@link #markers} */
    private int markersInChapter;

    /**
     * What the chapter added to the ids' and hits' counts; null when one of its pieces has an addition by hand not
     * placed, which {@link #report} tells at the end of the book (such a chapter is assembled every time).
     */
    @Override
    public Object chapterLeft() {
        for (IndexMarker m : markers.subList(markersInChapter, markers.size())) if (!m.allPlaced()) return null;
        return counter.chapterLeft();
    }

    @Override
    public void reuseChapter(Object left) {
        counter.reuse((IndexMarker.IndexCounter.Left) left);
    }

    @Override
    public void writeSection(String name, Element book) {
        Element index = db.add(book, "index");
        DocBook.id(index, "index");
        db.addText(index, "title", words.get("index"));
        new IndexAuthorityWriter(db, ms.apparatus(IndexFile.FILE)).write(index);
    }

    @Override
    public void report() {
        for (IndexMarker m : markers) m.reportUnplaced(diagnostics);
        Set<String> chapters = new HashSet<>();
        ms.front().forEach(p -> chapters.add(p.id()));
        ms.essays().forEach(p -> chapters.add(p.id()));
        ms.back().forEach(p -> chapters.add(p.id()));
        ms.headnotes().values().forEach(p -> chapters.add(p.id()));
        for (IndexHeading h : ms.apparatus(IndexFile.FILE)) {
            for (IndexHeading.Addition a : h.additions()) {
                if (!chapters.contains(a.chapter())) {
                    diagnostics.error(a.file(), a.line(), "BP152", "index addition names unknown chapter '" + a.chapter() + "'");
                }
            }
        }
        // a heading of an index not printed that matches nothing would only repeat that the index is in no edition
        if (!printed) return;
        for (IndexHeading h : ms.apparatus(IndexFile.FILE)) {
            if (h.see() != null) continue;
            boolean subHit = h.subentries().stream().anyMatch(s -> counter.hits.containsKey(s));
            if (!counter.hits.containsKey(h) && !subHit) {
                diagnostics.warning(h.file(), h.line(), "BP150", "index heading '" + h.headword() + "' matches nothing in the book");
            }
        }
    }
}
