package press.reader.features;

import java.util.List;
import press.reader.assemble.ApparatusFeatures;
import press.reader.assemble.CitationWriterFactory;
import press.reader.features.citations.CitationsFeature;
import press.reader.features.notes.EditorNotesFeature;
import press.reader.features.index.IndexFeature;
import press.reader.features.chronology.ChronologyFeature;
import press.reader.features.glossary.GlossaryFeature;

/**
 * The apparatus features of a build: the one place a feature is registered. A new feature (a list of figures, a
 * gazetteer) is a package of its own beside {@code citations}, {@code notes}, {@code chronology}, {@code glossary}
 * and {@code index}, and one line here; the back section it declares is then
 * one book.yaml may name, and the assembler runs its hooks (see {@code assemble/ApparatusFeature}).
 */
public final class Features {
    private Features() {}

    /**
     * The build's features, the citations written by {@code citations}, in the order they mark the text: the citations
     * first (a citation's note is made before the marks on its words: the replacer reads the text before any marker);
     * then a note's call goes before a chronology anchor at the same place, and both before a glossary link or an
     * index term.
     */
    public static ApparatusFeatures standard(CitationWriterFactory citations) {
        return ApparatusFeatures.of(List.of(
                CitationsFeature.maker(citations),
                EditorNotesFeature.maker(),
                ChronologyFeature.maker(),
                GlossaryFeature.maker(),
                IndexFeature.maker()));
    }
}
