package press.reader.features.glossary;

import java.util.ArrayList;
import java.util.List;

/**
 * A glossary term, the forms that count as it in the essays, and its definition (Markdown).
 *
 * @param italic the headword is set in italic: a foreign word or the title of a periodical
 */
public record GlossaryEntry(String term, List<String> variants, String definition, boolean italic, String file,
                            int line) {

    /** The term and its variants, longest first so that "Left SRs" wins over "SRs". */
    public List<String> forms() {
        List<String> all = new ArrayList<>();
        all.add(term);
        for (String v : variants) if (!all.contains(v)) all.add(v);
        all.sort((a, b) -> b.length() - a.length());
        return all;
    }
}
