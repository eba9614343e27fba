package press.reader.features.glossary;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.w3c.dom.Element;
import press.reader.assemble.DocBook;
import press.reader.assemble.InlineMarker;
import press.reader.assemble.PieceContext;
import press.reader.assemble.Slugs;
import press.reader.assemble.TextMarks;
import press.reader.assemble.WordMatcher;

/**
 * Links the first occurrence of each glossary term in one essay's running text (not in notes) to its entry; when the
 * book prints no glossary, it links nothing (a link would lead nowhere) and only counts the terms used.
 */
final class GlossaryMarker implements InlineMarker {
    private final WordMatcher<GlossaryEntry> matcher;
    private final Set<GlossaryEntry> done = new HashSet<>();
    /** Told of each term used, linked or not */
    private final Consumer<GlossaryEntry> used;
    private final DocBook db;
    private final PieceContext ctx;
    /** Whether the book prints the glossary, the terms' links' targets */
    private final boolean linking;

    GlossaryMarker(WordMatcher<GlossaryEntry> matcher, Consumer<GlossaryEntry> used, DocBook db, PieceContext ctx, boolean linking) {
        this.matcher = matcher;
        this.used = used;
        this.db = db;
        this.ctx = ctx;
        this.linking = linking;
    }

    static WordMatcher<GlossaryEntry> matcherFor(Iterable<GlossaryEntry> entries) {
        Map<String, GlossaryEntry> phrases = new LinkedHashMap<>();
        for (GlossaryEntry e : entries) for (String f : e.forms()) phrases.putIfAbsent(f, e);
        return new WordMatcher<>(phrases);
    }

    static String idOf(GlossaryEntry e) {
        return "gl-" + Slugs.slug(e.term());
    }

    @Override
    public void mark(String text, TextMarks marks) {
        if (!linking || ctx.inNote() || ctx.inHeading()) {
            // Terms in notes and headings are not linked (the first occurrence in running text is), but they do count as used.
            for (WordMatcher.Hit<GlossaryEntry> hit : matcher.find(text)) used.accept(hit.target());
            return;
        }
        for (WordMatcher.Hit<GlossaryEntry> hit : matcher.find(text)) {
            GlossaryEntry e = hit.target();
            if (done.contains(e)) continue;
            if (marks.tryWrap(hit.start(), hit.end(), () -> term(e))) {
                done.add(e);
                used.accept(e);
            }
        }
    }

    private Element term(GlossaryEntry e) {
        Element g = db.el("glossterm");
        g.setAttribute("linkend", idOf(e));
        return g;
    }
}
