package press.reader.features.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

/**
 * The glossary: each term's id ({@code gl-} and its slug), the link on the first use of a term in each essay's running
 * text ({@link GlossaryMarker}), the generated glossary (terms in alphabetical order, each definition the editor's
 * Markdown), and the warning for a term no essay uses (BP140). Its entries are read from glossary.yaml
 * ({@link GlossaryFile}, which its maker declares: the manuscript reader reads it); the editor's variants of a term are
 * checked against the essays before assembly by {@link UnusedVariants}, which its maker registers. An
 * apparatus feature in a package of its own, registered in {@code press.reader.features.Features}.
 */
public final class GlossaryFeature implements ApparatusFeature {
    /** Its section's name in book.yaml's {@code contents.back}, and the section's id. */
    static final String SECTION = "glossary";

    private final List<GlossaryEntry> entries;
    private final WordMatcher<GlossaryEntry> matcher;
    /** The terms used in an essay, linked or not (in notes and headings they count without a link) */
    private final Set<GlossaryEntry> used = new HashSet<>();
    /** Those used in the chapter begun last (chapterLeft) */
    private final Set<GlossaryEntry> usedInChapter = new LinkedHashSet<>();
    /** The book being assembled: its document, its words, its diagnostics, the writing of the definitions */
    private final ApparatusFeatures.Assembly assembly;
    private final DocBook db;
    private final Words words;
    private final Diagnostics diagnostics;
    /** Whether book.yaml's back matter prints the glossary: its terms are linked to their entries only then */
    private final boolean printed;

    GlossaryFeature(ApparatusFeatures.Assembly assembly) {
        this.entries = assembly.ms().apparatus(GlossaryFile.FILE);
        this.matcher = GlossaryMarker.matcherFor(entries);
        this.assembly = assembly;
        this.db = assembly.db();
        this.words = assembly.words();
        this.diagnostics = assembly.diagnostics();
        this.printed = assembly.prints(SECTION);
    }

    /** The glossary, generating the section {@code glossary}. */
    public static ApparatusFeatures.Maker maker() {
        return ApparatusFeatures.Maker.of(SECTION, GlossaryFile.FILE.name(), GlossaryFeature::new).reading(GlossaryFile.FILE)
                .checking(UnusedVariants::check);
    }

    @Override
    public void reserveIds(BookState state) {
        // a term's id is the id of its entry, which only a printed glossary has: reserved without it, an editor's
        // link to #gl-soviet would pass for a cross-reference and lead nowhere
        if (!printed) return;
        for (GlossaryEntry g : entries) state.reserve(GlossaryMarker.idOf(g));
    }

    @Override
    public InlineMarker marker(PieceContext ctx) {
        return new GlossaryMarker(matcher, e -> {
            used.add(e);
            usedInChapter.add(e);
        }, db, ctx, printed);
    }

    @Override
    public void beginChapter() {
        usedInChapter.clear();
    }

    /** The terms the chapter used: all it leaves, as each piece links a term's first use in it again. */
    @Override
    public Object chapterLeft() {
        return List.copyOf(usedInChapter);
    }

    @Override
    public void reuseChapter(Object left) {
        for (Object e : (List<?>) left) used.add((GlossaryEntry) e);
    }

    @Override
    public void writeSection(String name, Element book) {
        Element glossary = db.add(book, "glossary");
        DocBook.id(glossary, "glossary");
        db.addText(glossary, "title", words.get("glossary"));
        List<GlossaryEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(g -> g.term().toLowerCase(Locale.ROOT)));
        PieceContext ctx = assembly.sectionContext("glossary");
        for (GlossaryEntry g : sorted) {
            Element entry = db.add(glossary, "glossentry");
            DocBook.id(entry, GlossaryMarker.idOf(g));
            Element term = db.add(entry, "glossterm");
            if (g.italic()) db.addText(term, "emphasis", g.term());
            else db.text(term, g.term());
            Element def = db.add(entry, "glossdef");
            assembly.markdown(g.definition(), def, ctx, g.file(), g.line());
        }
    }

    @Override
    public void report() {
        // a glossary not printed was told once as its file was read (BP591): its entries' own warnings (BP140) would
        // only repeat that none is printed
        if (!printed) return;
        for (GlossaryEntry g : entries) {
            if (!used.contains(g)) {
                diagnostics.warning(g.file(), g.line(), "BP140", "glossary term '" + g.term() + "' occurs in no essay");
            }
        }
    }
}
