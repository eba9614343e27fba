package press.reader.features.citations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import press.reader.assemble.CitationWriter;
import press.reader.assemble.DocBook;
import press.reader.assemble.NarrativeCitation;
import press.reader.assemble.PieceContext;
import press.reader.cite.Bibliography;
import press.reader.cite.ChapterCitations;
import press.reader.cite.CitationCluster;
import press.reader.cite.CitationEngine;
import press.reader.cite.CitationSyntax;
import press.reader.cite.CiteCodes;
import press.reader.cite.CiteItem;
import press.reader.cite.RichText;
import press.reader.cite.Span;
import press.reader.diagnostics.Diagnostics;

/**
 * Citations in pandoc syntax, rendered by citeproc-java with the book's CSL style. In a note style a citation in
 * running text becomes a footnote (role "citation"); inside a note, and in an author-date style, it stays inline.
 * The writer of {@link CitationsFeature}, which makes it for a book with a bibliography.
 */
final class CslCitationWriter implements CitationWriter {
    private final Bibliography bibliography;
    private final CitationEngine engine;
    private final CitationSyntax syntax;
    private final Diagnostics diagnostics;
    private final DocBook db;
    private final Set<String> cited = new LinkedHashSet<>();
    /** The works cited in the chapter begun last, which it leaves in {@link #cited} (chapterLeft) */
    private final Set<String> citedInChapter = new LinkedHashSet<>();
    private ChapterCitations chapter;
    /** Citation notes so far in this chapter: their ids stay the same when text elsewhere changes. */
    private int citationNotes;

    /** Names for in-text citations ("As @smith2000 argues") */
    private final NarrativeCitation narrative;

    CslCitationWriter(Bibliography bibliography, CitationEngine engine, CitationSyntax syntax,
                      Diagnostics diagnostics, DocBook db, NarrativeCitation narrative) {
        this.narrative = narrative;
        this.bibliography = bibliography;
        this.engine = engine;
        this.syntax = syntax;
        this.diagnostics = diagnostics;
        this.db = db;
        this.chapter = engine.startChapter();
    }

    @Override
    public List<Object> split(String text, String file, int line, boolean inNote) {
        if (text.indexOf('@') < 0) return List.of(text);
        text = NarrativeCitation.suppressedInText(text);
        List<CitationCluster> clusters = syntax.find(text);
        if (clusters.isEmpty()) return List.of(text);
        List<Object> parts = new ArrayList<>();
        int pos = 0;
        for (CitationCluster c : clusters) {
            boolean known = true;
            for (CiteItem item : c.items()) {
                if (!bibliography.contains(item.key())) {
                    diagnostics.error(file, line, CiteCodes.UNKNOWN_KEY, "citation key '@" + item.key()
                            + "' is not in " + bibliography.displayName() + (item.key().matches("(?i)(fig|tbl|eq):.*")
                            ? "; a cross-reference to a figure, table or equation is written without brackets, @" + item.key()
                            + ", or with words, [the figure](#" + item.key() + ")" : ""));
                    known = false;
                }
            }
            if (!known) continue;
            c.items().forEach(i -> {
                cited.add(i.key());
                citedInChapter.add(i.key());
            });
            String before = text.substring(pos, Math.max(pos, c.start()));
            int after = c.end();
            CitationCluster cite = c;
            if (c.inText() && c.items().size() == 1 && !c.items().get(0).suppressAuthor()) {
                // "As @smith2000 argues": the name is the author's words in the sentence, the reference follows it
                CiteItem item = c.items().get(0);
                before += narrative.names(bibliography.item(item.key()));
                if (!engine.isNoteStyle()) {
                    before += " ";
                    cite = new CitationCluster(List.of(new CiteItem(item.key(), item.prefix(), item.locator(), item.label(),
                            item.suffix(), true, true, item.start(), item.end())), c.start(), c.end(), true);
                }
            }
            CitationCluster written = cite;
            if (engine.isNoteStyle() && !inNote) {
                // A note call hangs on the word, after the punctuation that follows it (Chicago 13.27, as pandoc
                // does): "Serge [@key], and" is set "Serge,¹ and".
                before = before.stripTrailing();
                int end = after;
                while (end < text.length() && ".,;:!?”’".indexOf(text.charAt(end)) >= 0) end++;
                before += text.substring(after, end);
                after = end;
            }
            if (!before.isEmpty()) parts.add(before);
            // "…1965).." never: a citation written inside a sentence drops its own full stop before punctuation.
            boolean punctuationFollows = after < text.length() && ".,;:".indexOf(text.charAt(after)) >= 0;
            parts.add((Replacement) (d, parent, ctx) -> write(written, parent, ctx, punctuationFollows, file, line));
            pos = after;
        }
        if (pos < text.length()) parts.add(text.substring(pos));
        return parts;
    }

    private void write(CitationCluster c, Element parent, PieceContext ctx, boolean punctuationFollows, String file,
                       int line) {
        RichText rendered = chapter.render(c.items());
        if (engine.isNoteStyle() && !ctx.inNote()) {
            DocBook.stripTrailingSpace(parent);
            Element fn = db.add(parent, "footnote");
            fn.setAttribute("role", "citation");
            DocBook.id(fn, ctx.uniqueId(ctx.idPrefix() + "-c" + (++citationNotes), "", 0));
            Element para = db.add(fn, "para");
            DocBook.id(para, ctx.nextParaId());
            spans(rendered.capitalizeFirst(), para);
        } else if (engine.isNoteStyle() && ctx.noteKind() == PieceContext.NoteKind.AUTHOR) {
            // The author's note keeps the author's words only; the reference joins the editor's addition after them.
            DocBook.stripTrailingSpace(parent);
            Element addition = ctx.editorialAddition(() -> {
                Element phrase = db.el("phrase");
                phrase.setAttribute("role", "editor");
                return phrase;
            });
            if (addition.hasChildNodes()) db.text(addition, "; ");
            spans(withoutFinalStop(rendered.capitalizeFirst()), addition);
        } else if (engine.isNoteStyle()) {
            inNote(c, rendered, parent, file, line);
        } else {
            spans(punctuationFollows ? withoutFinalStop(rendered) : rendered, parent);
        }
    }

    /**
     * A citation inside a note is set in place, in its note form, in parentheses (as pandoc does). When the words
     * just before it already give the work's author and title, the citation continues them instead of repeating
     * them ("Neil Faulkner, *A Radical History of the World*, 312"); a note that names the work elsewhere before
     * citing it is reported, since its reader would see the author and title twice.
     */
    private void inNote(CitationCluster c, RichText rendered, Element parent, String file, int line) {
        String before = DocBook.visibleText(parent);
        int overlap = c.items().size() == 1 ? NoteText.repeatedLead(before, rendered.plainText()) : 0;
        if (overlap > 0) {
            DocBook.stripTrailingSpace(parent);
            spans(withoutFinalStop(NoteText.from(rendered, overlap)), parent);
            return;
        }
        for (CiteItem item : c.items()) {
            String named = NoteText.namesWork(before, bibliography.item(item.key()));
            if (named != null) {
                diagnostics.warning(file, line, CiteCodes.REPEATED_IN_NOTE, "the note names " + named
                        + " before citing @" + item.key() + ", whose note form prints them again; cite the work "
                        + "right after its author and title, or let the citation name it");
            }
        }
        db.text(parent, "(");
        spans(NoteText.nestedBrackets(withoutFinalStop(rendered)), parent);
        db.text(parent, ")");
    }

    private static RichText withoutFinalStop(RichText text) {
        List<Span> spans = new ArrayList<>(text.spans());
        if (spans.isEmpty()) return text;
        Span last = spans.get(spans.size() - 1);
        if (!last.text().endsWith(".")) return text;
        String shorter = last.text().substring(0, last.text().length() - 1);
        spans.set(spans.size() - 1, new Span(shorter, last.italic(), last.bold(), last.smallCaps(), last.superscript()));
        return RichText.of(spans);
    }

    private void spans(RichText text, Element parent) {
        for (Span s : text.spans()) {
            Element target = parent;
            if (s.superscript()) target = db.add(target, "superscript");
            if (s.bold()) {
                target = db.add(target, "emphasis");
                target.setAttribute("role", "strong");
            }
            if (s.smallCaps()) {
                target = db.add(target, "emphasis");
                target.setAttribute("role", "smallcaps");
            }
            if (s.italic()) target = db.add(target, "emphasis");
            db.text(target, s.text());
        }
    }

    @Override
    public void beginChapter() {
        chapter = engine.startChapter();
        citationNotes = 0;
        citedInChapter.clear();
    }

    /**
     * What a chapter leaves: the works it cited, and its positions and note count as they stand at its end, which the
     * citations written after it before the next chapter begins read on (a glossary's definitions, after the last
     * essay).
     */
    private record Left(List<String> cited, ChapterCitations chapter, int citationNotes) {}

    @Override
    public Object chapterLeft() {
        return new Left(List.copyOf(citedInChapter), chapter.continuedIn(engine), citationNotes);
    }

    @Override
    public void reuseChapter(Object left) {
        Left l = (Left) left;
        cited.addAll(l.cited());
        chapter = l.chapter().continuedIn(engine);
        citationNotes = l.citationNotes();
    }

    @Override
    public void writeBibliography(Element book, String title) {
        for (String key : bibliography.keys()) {
            if (!cited.contains(key)) {
                diagnostics.warning(bibliography.displayName(), bibliography.lineOf(key), CiteCodes.NEVER_CITED,
                        "bibliography entry '" + key + "' is never cited");
            }
        }
        Element bib = db.add(book, "bibliography");
        DocBook.id(bib, "bibliography");
        db.addText(bib, "title", title);
        List<String> keys = new ArrayList<>(cited);
        List<RichText> entries = engine.bibliography(keys);
        for (RichText entry : entries) {
            Element e = db.add(bib, "bibliomixed");
            spans(entry, e);
        }
    }
}
