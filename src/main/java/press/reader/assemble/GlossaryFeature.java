package press.reader.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.GlossaryEntry;

/**
 * The glossary: each term's id ({@code gl-} and its slug), the link on the first use of a term in each essay's running
 * text ({@link GlossaryMarker}), the generated glossary (terms in alphabetical order, each definition the editor's
 * Markdown), and the warning for a term no essay uses (BP140). Its entries are read from glossary.yaml by the
 * manuscript reader; the editor's forms of a term are checked against the essays by {@code apparatus/UnusedForms}.
 */
public final class GlossaryFeature implements ApparatusFeature {
    private final List<GlossaryEntry> entries;
    private final WordMatcher<GlossaryEntry> matcher;
    /** The terms used in an essay, linked or not (in notes and headings they count without a link) */
    private final Set<GlossaryEntry> used = new HashSet<>();
    private final DocBook db;
    private final BookState state;
    private final Words words;
    private final Diagnostics diagnostics;

    GlossaryFeature(List<GlossaryEntry> entries, DocBook db, BookState state, Words words, Diagnostics diagnostics) {
        this.entries = entries;
        this.matcher = GlossaryMarker.matcherFor(entries);
        this.db = db;
        this.state = state;
        this.words = words;
        this.diagnostics = diagnostics;
    }

    /** The glossary, generating the section {@code glossary}. */
    public static ApparatusFeatures.Maker maker() {
        return ApparatusFeatures.Maker.of("glossary",
                a -> new GlossaryFeature(a.ms().glossary(), a.db(), a.state(), a.words(), a.diagnostics()));
    }

    @Override
    public void reserveIds(BookState state) {
        for (GlossaryEntry g : entries) state.reserve(GlossaryMarker.idOf(g));
    }

    @Override
    public InlineMarker marker(PieceContext ctx) {
        return new GlossaryMarker(matcher, used, db, ctx);
    }

    @Override
    public void writeSection(String name, Element book) {
        Element glossary = db.add(book, "glossary");
        DocBook.id(glossary, "glossary");
        db.addText(glossary, "title", words.get("glossary"));
        List<GlossaryEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(g -> g.term().toLowerCase(Locale.ROOT)));
        PieceContext ctx = new PieceContext(state, "glossary", List.of());
        for (GlossaryEntry g : sorted) {
            Element entry = db.add(glossary, "glossentry");
            DocBook.id(entry, GlossaryMarker.idOf(g));
            Element term = db.add(entry, "glossterm");
            if (g.italic()) db.addText(term, "emphasis", g.term());
            else db.text(term, g.term());
            Element def = db.add(entry, "glossdef");
            MarkdownConverter.fragment(db, g.definition(), def, ctx, g.file(), g.line(), diagnostics);
        }
    }

    @Override
    public void report() {
        for (GlossaryEntry g : entries) {
            if (!used.contains(g)) {
                diagnostics.warning(g.file(), g.line(), "BP140", "glossary term '" + g.term() + "' occurs in no essay");
            }
        }
    }
}
