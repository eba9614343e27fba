package press.reader.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.BookConfig;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;

/**
 * Assembles the manuscript into one book document, a DocBook 5 subset (see docs in the README):
 * this is everything the styles receive, and it is written to output/ so anyone can see it.
 */
public final class BookAssembler {
    private final Manuscript ms;
    private final Diagnostics diagnostics;
    private final DocBook db = new DocBook();
    private final BookState state;
    /** The apparatus features assembled in one place each (see ApparatusFeature), in the order they mark the text */
    private final List<ApparatusFeature> features;
    /** Those of them that mark front and back matter and the editor's headnotes too, not the essays alone (the index) */
    private final List<ApparatusFeature> markingEveryPiece;
    /** The feature generating each back section, by the section's name in contents.back */
    private final Map<String, ApparatusFeature> sections = new HashMap<>();

    /** The words of the sections it generates ("Glossary", "Index" …), from the styles' word list. */
    private final Words words;

    /** The chapters a warm process kept from its last build, and the part of their keys that is this book's */
    private final KeptChapters kept;
    private final String bookKey;

    public BookAssembler(Manuscript ms, Diagnostics diagnostics, ApparatusFeatures features, Words words) {
        this(ms, diagnostics, features, words, null);
    }

    /** {@code kept}: the chapters kept from earlier builds, to reuse and to keep (null: none) */
    public BookAssembler(Manuscript ms, Diagnostics diagnostics, ApparatusFeatures features, Words words,
                         KeptChapters kept) {
        this.ms = ms;
        this.kept = kept;
        this.bookKey = kept != null && kept.keeping() ? KeptChapters.bookKey(ms, features, words) : null;
        this.words = words;
        this.diagnostics = diagnostics;
        this.state = new BookState(diagnostics, ms.root(), features.reservedIds(), features.reservedPrefixes());
        List<ApparatusFeatures.Made> made = features.make(new ApparatusFeatures.Assembly(ms, db, state, words, diagnostics));
        this.features = made.stream().map(ApparatusFeatures.Made::feature).toList();
        for (ApparatusFeatures.Made m : made) m.sections().forEach(s -> sections.put(s, m.feature()));
        this.markingEveryPiece = this.features.stream().filter(ApparatusFeature::marksEveryPiece).toList();
        for (ApparatusFeature f : this.features) {
            TextReplacer replacer = f.replacer();
            if (replacer != null) state.replaceWith(replacer);
        }
    }

    public Document assemble() {
        BookConfig c = ms.config();
        Element book = db.el("book");
        db.document().appendChild(book);
        book.setAttribute("version", "5.0");
        book.setAttributeNS(DocBook.XML_NS, "xml:lang", c.language());
        book.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xlink", DocBook.XLINK_NS);
        info(book, c);
        for (Piece p : ms.front()) state.reserve(p.id());
        for (Piece p : ms.essays()) state.reserve(p.id());
        for (Piece p : ms.back()) state.reserve(p.id());
        for (int i = 1; i <= c.parts().size(); i++) state.reserve(partId(i));
        for (BookConfig.Entry e : c.back()) state.reserve(e.name());
        for (ApparatusFeature f : features) f.reserveIds(state);
        // a mistake that stops one piece is reported and the next piece is read: one run reports them all
        for (Piece p : ms.front()) reporting(() -> kept(book, p, "front", () -> front(book, p)));
        essaysInParts(book, c);
        for (Piece p : ms.back()) reporting(() -> kept(book, p, "back", () -> matter(book, p, "appendix")));
        for (BookConfig.Entry e : c.back()) reporting(() -> back(book, e));
        ImprintInfo.colophon(db, book, c.imprint());
        state.checkCrossReferences();
        new EssayNames(ms).nameLinksByDisplayName(book);
        for (ApparatusFeature f : features) f.report();   // what each feature's marks found wanting
        // every link the tool made leads somewhere (the editor's that do not were reported, BP121, and fail the build)
        if (!diagnostics.hasErrors()) DanglingLinks.check(db.document());
        return db.document();
    }

    private void reporting(Runnable step) {
        try {
            step.run();
        } catch (UserError e) {
            diagnostics.addAll(e.diagnostics());
        }
    }

    private void info(Element book, BookConfig c) {
        Element info = db.add(book, "info");
        db.addText(info, "title", c.title());
        db.addText(info, "subtitle", c.subtitle());
        ImprintInfo.contributors(db, info, c.imprint());
        if (!c.publisher().isBlank()) {
            Element publisher = db.add(info, "publisher");
            db.addText(publisher, "publishername", c.publisher());
            if (!c.imprint().publisherCity().isBlank()) db.addText(db.add(publisher, "address"), "city", c.imprint().publisherCity());
            ImprintInfo.address(db, publisher, c.imprint());
        }
        ImprintInfo.rights(db, info, c.imprint());
        db.addText(info, "pubdate", Integer.toString(c.year()));
        Element id = db.addText(info, "biblioid", c.identifier());
        id.setAttribute("class", "uri");
        if (c.imprint().isbns().isEmpty() && !c.isbn().isBlank()) db.addText(info, "biblioid", c.isbn()).setAttribute("class", "isbn");
        ImprintInfo.isbns(db, info, c.imprint());
        if (!c.subjects().isEmpty()) {
            Element keywords = db.add(info, "keywordset");
            for (String subject : c.subjects()) db.addText(keywords, "keyword", subject);
        }
        if (!c.blurb().isBlank()) {
            Element a = db.add(info, "abstract");
            a.setAttribute("role", "blurb");
            for (String para : c.blurb().strip().split("\\n\\s*\\n")) db.addText(a, "para", para.strip());
        }
        Element meta = db.add(info, "bibliomisc");
        meta.setAttribute("role", "trim");
        meta.setAttribute("width", c.trimWidth());
        meta.setAttribute("height", c.trimHeight());
    }

    /** The essays in book.yaml's order, each part a DocBook {@code part} holding its chapters. */
    private void essaysInParts(Element book, BookConfig c) {
        Element parent = book;
        BookConfig.Part current = null;
        int parts = 0;
        for (Piece p : ms.essays()) {
            BookConfig.Part part = c.partOf(p.file());
            if (part != current) {
                current = part;
                parent = part == null ? book : part(book, part, ++parts);
            }
            Element into = parent;
            reporting(() -> kept(into, p, "essay", () -> essay(into, p)));
        }
    }

    /** A part's id: its number in the book ("part-2"), which no manuscript id may take (ReservedIds). */
    public static String partId(int number) {
        return "part-" + number;
    }

    private Element part(Element book, BookConfig.Part part, int number) {
        Element e = db.add(book, "part");
        DocBook.id(e, partId(number));
        db.addText(db.add(e, "info"), "title", part.title());
        return e;
    }

    private void front(Element book, Piece p) {
        matter(book, p, p.matter().equals("dedication") ? "dedication" : "preface");
    }

    /**
     * A front- or back-matter piece: a DocBook {@code preface}, {@code dedication} or {@code appendix} whose role is
     * its kind (foreword, afterword, contributors...). A dedication or epigraph without a title takes the styles'
     * word for its kind, for the EPUB's navigation; print sets no heading on their pages.
     */
    private void matter(Element book, Piece p, String element) {
        Element preface = db.add(book, element);
        DocBook.id(preface, p.id());
        preface.setAttribute("role", p.matter());
        Element info = db.add(preface, "info");
        db.addText(info, "title", p.title().isBlank() ? words.get(p.matter()) : p.title());
        db.addText(info, "subtitle", p.get("subtitle"));
        if (p.known("author")) db.addText(db.add(info, "author"), "personname", p.get("author"));
        beginChapter();
        convert(p, preface, p.id(), markingEveryPiece);
    }

    /**
     * Converts a piece's Markdown into {@code into}, its running text marked by {@code marking}, and tells them the
     * piece is done (a piece stopped by a mistake throws before that).
     */
    private void convert(Piece p, Element into, String idPrefix, List<ApparatusFeature> marking) {
        PieceContext ctx = new PieceContext(state, idPrefix, new ArrayList<>());
        for (ApparatusFeature f : marking) {
            InlineMarker marker = f.marker(ctx);
            if (marker != null) ctx.markers().add(marker);
        }
        new MarkdownConverter(db, p, ctx, diagnostics).convert(into);
        for (ApparatusFeature f : marking) f.endPiece(ctx);
    }

    /**
     * The chapter of piece {@code p} ({@code kind}: an essay, front or back matter), which {@code assemble} appends to
     * {@code book}: reused from {@link #kept} when it holds one under its key and the ids it was given are free, else
     * assembled, and kept when nothing it read or left stops that.
     */
    private void kept(Element book, Piece p, String kind, Runnable assemble) {
        if (bookKey == null) {
            assemble.run();
            return;
        }
        String key = KeptChapters.key(bookKey, kind, p, ms.headnotes().get(p.id()));
        KeptChapters.Chapter chapter = kept.get(key);
        if (chapter != null && chapter.featuresLeft().size() == features.size() && state.replay(chapter.reads())) {
            book.appendChild(kept.copy(chapter, db.document()));
            diagnostics.addAll(chapter.diagnostics());
            beginChapter();
            for (int i = 0; i < features.size(); i++) features.get(i).reuseChapter(chapter.featuresLeft().get(i));
            return;
        }
        int mark = diagnostics.size();
        state.record();
        BookState.Recording reads;
        try {
            assemble.run();
        } finally {
            reads = state.recorded();
        }
        List<Diagnostic> reported = diagnostics.since(mark);
        if (reads.readsFiles || reported.stream().anyMatch(Diagnostic::isError)) return;
        List<Object> left = new ArrayList<>();
        for (ApparatusFeature f : features) {
            Object l = f.chapterLeft();
            if (l == null) return;
            left.add(l);
        }
        kept.keep(key, (Element) book.getLastChild(), reads.reads, reported, left);
    }

    private void essay(Element book, Piece p) {
        Element chapter = db.add(book, "chapter");
        DocBook.id(chapter, p.id());
        chapter.setAttribute("role", "essay");
        Element info = db.add(chapter, "info");
        db.addText(info, "title", p.title());
        db.addText(info, "subtitle", p.get("subtitle"));
        if (p.known("author")) db.addText(db.add(info, "author"), "personname", p.get("author"));
        // What is not known is not printed ("Publication unknown" is no information); the headnote says it once.
        if (p.known("publication")) {
            Element source = db.add(info, "bibliosource");
            source.setAttribute("role", "publication");
            db.marked(source, HouseQuotes.curl(p.get("publication")));
        }
        if (p.known("date")) db.addText(info, "pubdate", p.get("date")).setAttribute("role", "given");
        db.addText(info, "abstract", p.get("standfirst"));
        for (String omitted : p.lists().getOrDefault("omitted", List.of())) {
            db.addText(info, "releaseinfo", omitted).setAttribute("role", "omitted");
        }
        beginChapter();   // the editor's headnote belongs to the essay's chapter
        Piece headnote = ms.headnotes().get(p.id());
        if (headnote != null) {
            Element note = db.add(chapter, "note");
            note.setAttribute("role", "headnote");
            DocBook.id(note, state.uniqueId("headnote-" + p.id(), headnote.file(), 1));
            db.addText(note, "title", words.get("headnote"));
            convert(headnote, note, "headnote-" + p.id(), markingEveryPiece);
        }
        convert(p, chapter, p.id(), features);
    }

    /** What the features count per chapter (citation positions, citation notes) starts again. */
    private void beginChapter() {
        for (ApparatusFeature f : features) f.beginChapter();
    }

    /**
     * A generated section named in contents.back, written by the apparatus feature that declared it. The manuscript
     * reader of a build refuses any other name; one read without the build's features is refused here.
     */
    private void back(Element book, BookConfig.Entry section) {
        ApparatusFeature feature = sections.get(section.name());
        if (feature == null) {
            throw UserError.at("book.yaml", section.line(), "BP017", "unknown back-matter section '" + section.name()
                    + "' (known: " + String.join(", ", new TreeSet<>(sections.keySet())) + ")");
        }
        feature.writeSection(section.name(), book);
    }
}
