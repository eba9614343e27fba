package press.reader.features.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import press.reader.apparatus.ApparatusProse;
import press.reader.apparatus.PlainText;
import press.reader.apparatus.UnusedForms;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;

/**
 * A glossary variant no essay uses (BP141): the term itself is the entry's own headword and may be the house spelling;
 * the variants claim to be the text's. A check of the glossary's, run before assembly with the other manuscript checks
 * (its maker registers it).
 */
final class UnusedVariants {
    private UnusedVariants() {}

    static final String CODE = "BP141";

    static void check(Manuscript ms, Diagnostics d) {
        String essays = String.join(" ", ApparatusProse.essays(ms).values());
        List<String> forms = new ArrayList<>();
        for (GlossaryEntry g : ms.apparatus(GlossaryFile.FILE)) forms.addAll(g.forms());
        Set<String> found = PlainText.phrasesIn(essays, forms);
        for (GlossaryEntry g : ms.apparatus(GlossaryFile.FILE)) {
            UnusedForms.report(d, g.file(), g.line(), CODE, "glossary term '" + g.term() + "'", "in no essay",
                    g.variants(), g.forms(), found);
        }
    }
}
