package press.reader.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.BookConfig;
import press.reader.manuscript.EditorNote;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;
import press.reader.manuscript.TimelineEvent;

/**
 * Assembles the manuscript into one book document, a DocBook 5 subset (see docs in the README):
 * this is everything the styles receive, and it is written to output/ so anyone can see it.
 */
public final class BookAssembler {
    private final Manuscript ms;
    private final Diagnostics diagnostics;
    private final DocBook db = new DocBook();
    private final BookState state;
    private final CitationWriter citations;
    /** The apparatus features assembled in one place each (see ApparatusFeature), in the order they mark the text */
    private final List<ApparatusFeature> features;
    private final Map<TimelineEvent, Integer> eventNumbers = new LinkedHashMap<>();
    private final Map<String, Map<TimelineEvent, String>> eventAnchors = new HashMap<>();

    /** The words of the sections it generates ("Glossary", "Index" …), from the styles' word list. */
    private final Words words;

    public BookAssembler(Manuscript ms, Diagnostics diagnostics, CitationWriterFactory citationFactory, Words words) {
        this.ms = ms;
        this.words = words;
        this.diagnostics = diagnostics;
        this.citations = citationFactory.create(ms, db, diagnostics);
        this.state = new BookState(diagnostics, citations, ms.root());
        this.features = List.of(new GlossaryFeature(ms.glossary(), db, state, words, diagnostics),
                new IndexFeature(ms, db, words, diagnostics));
        List<TimelineEvent> sorted = new ArrayList<>(ms.timeline());
        sorted.sort(Comparator.comparing(TimelineEvent::sortKey));
        for (int i = 0; i < sorted.size(); i++) eventNumbers.put(sorted.get(i), i + 1);
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
        for (Piece p : ms.front()) reporting(() -> front(book, p));
        essaysInParts(book, c);
        for (Piece p : ms.back()) reporting(() -> matter(book, p, "appendix"));
        for (BookConfig.Entry e : c.back()) reporting(() -> back(book, e.name()));
        ImprintInfo.colophon(db, book, c.imprint());
        state.checkCrossReferences();
        new EssayNames(ms).nameLinksByDisplayName(book);
        checkApparatus();
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
            reporting(() -> essay(into, p));
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
        citations.beginChapter();
        PieceContext ctx = new PieceContext(state, p.id(), new ArrayList<>());
        markEveryPiece(ctx);
        new MarkdownConverter(db, p, ctx, diagnostics).convert(preface);
    }

    /** The markers of the features that mark every piece, not the essays alone (the index). */
    private void markEveryPiece(PieceContext ctx) {
        for (ApparatusFeature f : features) if (f.marksEveryPiece()) ctx.markers().add(f.marker(ctx));
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
        citations.beginChapter();
        Piece headnote = ms.headnotes().get(p.id());
        if (headnote != null) {
            Element note = db.add(chapter, "note");
            note.setAttribute("role", "headnote");
            DocBook.id(note, state.uniqueId("headnote-" + p.id(), headnote.file(), 1));
            db.addText(note, "title", words.get("headnote"));
            PieceContext hctx = new PieceContext(state, "headnote-" + p.id(), new ArrayList<>());
            markEveryPiece(hctx);
            new MarkdownConverter(db, headnote, hctx, diagnostics).convert(note);
        }
        List<EditorNote> notes = ms.editorNotes().stream().filter(n -> n.chapter().equals(p.id())).toList();
        List<TimelineEvent> events = ms.timeline().stream().filter(e -> e.essays().contains(p.id())).toList();
        Map<TimelineEvent, String> anchors = eventAnchors.computeIfAbsent(p.id(), k -> new LinkedHashMap<>());
        PieceContext ctx = new PieceContext(state, p.id(), new ArrayList<>());
        EditorNoteMarker noteMarker = new EditorNoteMarker(notes, db, ctx);
        ctx.markers().add(noteMarker);
        ctx.markers().add(new TimelineMarker(events, eventNumbers, anchors, db, p.id()));
        for (ApparatusFeature f : features) ctx.markers().add(f.marker(ctx));
        new MarkdownConverter(db, p, ctx, diagnostics).convert(chapter);
        noteMarker.reportUnplaced();
    }

    private void back(Element book, String section) {
        switch (section) {
            case "chronology" -> new ChronologyWriter(db, ms.timeline(), eventNumbers, eventAnchors, ms, words).write(book);
            case "bibliography" -> citations.writeBibliography(book, words.get("works-cited"));
            default -> features.stream().filter(f -> f.section().equals(section)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(section)).writeSection(book);
        }
    }

    private void checkApparatus() {
        for (ApparatusFeature f : features) f.report();
        for (TimelineEvent e : ms.timeline()) {
            for (String essay : e.essays()) {
                if (ms.essay(essay).isEmpty()) {
                    diagnostics.error(e.file(), e.line(), "BP160", "timeline event names unknown essay '" + essay + "'");
                } else if (!eventAnchors.getOrDefault(essay, Map.of()).containsKey(e)) {
                    diagnostics.warning(e.file(), e.line(), "BP161", "timeline event '" + e.event()
                            + "': none of its match words occur in essay '" + essay + "'");
                }
            }
        }
        for (EditorNote n : ms.editorNotes()) {
            if (ms.essay(n.chapter()).isEmpty()) {
                diagnostics.error(n.file(), n.line(), "BP131", "editor's note names unknown chapter '" + n.chapter() + "'");
            }
        }
    }
}
