package press.reader.assemble;

import java.util.ArrayList;
import java.util.List;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;

/**
 * The apparatus features a build assembles, in the order they mark the text: the one list of them. Each is made afresh
 * for every book assembled, from what {@link Assembly} holds; what is warm between builds (the citation processor)
 * belongs to the maker. A new feature is one class and one line in {@link #standard}; {@code BookAssembler} is not
 * touched.
 */
public final class ApparatusFeatures {
    /** What a feature is made from: the manuscript, the document being written, the book's ids, its words, diagnostics. */
    record Assembly(Manuscript ms, DocBook db, BookState state, Words words, Diagnostics diagnostics) {}

    /** Makes one feature for the book being assembled. */
    interface Maker {
        ApparatusFeature make(Assembly assembly);
    }

    private final List<Maker> makers;

    private ApparatusFeatures(List<Maker> makers) {
        this.makers = List.copyOf(makers);
    }

    /**
     * The book's features, with its citations written by {@code citations}. The citations come first (a citation's
     * note is made before the marks on its words: the replacer reads the text before any marker); then a note's call
     * goes before a chronology anchor at the same place, and both before a glossary link or index term.
     */
    public static ApparatusFeatures standard(CitationWriterFactory citations) {
        return new ApparatusFeatures(List.of(
                a -> new CitationsFeature(citations.create(a.ms(), a.db(), a.diagnostics()), a.words()),
                a -> new EditorNotesFeature(a.ms(), a.db(), a.diagnostics()),
                a -> new ChronologyFeature(a.ms(), a.db(), a.words(), a.diagnostics()),
                a -> new GlossaryFeature(a.ms().glossary(), a.db(), a.state(), a.words(), a.diagnostics()),
                a -> new IndexFeature(a.ms(), a.db(), a.words(), a.diagnostics())));
    }

    /** These features and {@code maker}'s after them. */
    ApparatusFeatures with(Maker maker) {
        List<Maker> more = new ArrayList<>(makers);
        more.add(maker);
        return new ApparatusFeatures(more);
    }

    /** The features of the book {@code assembly} is assembling, in order. */
    List<ApparatusFeature> make(Assembly assembly) {
        return makers.stream().map(m -> m.make(assembly)).toList();
    }
}
