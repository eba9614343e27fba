package press.reader.apparatus;

import java.util.ArrayList;
import java.util.List;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.EditorNote;
import press.reader.manuscript.GlossaryEntry;
import press.reader.manuscript.IndexHeading;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;

/**
 * A glossary variant or an index form that occurs nowhere is a spelling the editor expected and the text does not
 * have: often a sign that the entry misses the spelling the text does use. Reported form by form; an entry none of
 * whose forms occurs is already reported as a whole (BP140, BP150) and is not repeated here.
 */
final class UnusedForms {
    private UnusedForms() {}

    static final String GLOSSARY_CODE = "BP141";
    static final String INDEX_CODE = "BP153";

    static void check(Manuscript ms, Diagnostics d) {
        String essays = String.join(" ", ApparatusProse.essays(ms).values());
        for (GlossaryEntry g : ms.glossary()) {
            // the term is the entry's own headword and may be the house spelling; the variants claim to be the text's
            report(d, g.file(), g.line(), GLOSSARY_CODE, "glossary term '" + g.term() + "'", "in no essay", g.variants(),
                    g.forms(), essays);
        }
        String book = wholeBook(ms, essays);
        for (IndexHeading h : ms.index()) checkHeading(d, h, h.headword(), book);
    }

    private static void checkHeading(Diagnostics d, IndexHeading h, String name, String book) {
        if (h.see() == null) report(d, h.file(), h.line(), INDEX_CODE, "index heading '" + name + "'", "nowhere in the book", h.forms(), h.forms(), book);
        for (IndexHeading sub : h.subentries()) checkHeading(d, sub, name + ", " + sub.headword(), book);
    }

    private static void report(Diagnostics d, String file, int line, String code, String what, String where,
                               List<String> forms, List<String> allForms, String text) {
        List<String> missing = new ArrayList<>();
        for (String f : forms) {
            if (!PlainText.containsWords(text, f) && !caseVariant(f, allForms)) missing.add(f);
        }
        if (missing.isEmpty() || allForms.stream().noneMatch(f -> PlainText.containsWords(text, f))) return;
        for (String f : missing) {
            d.warning(file, line, code, what + ": the form '" + f + "' occurs " + where
                    + "; correct its spelling to the text's, or remove it");
        }
    }

    /**
     * A form that differs from another form of the entry only in capitals ("Soviets" beside "soviets") is there for
     * the start of a sentence, not as a claim about the text's spelling.
     */
    private static boolean caseVariant(String form, List<String> allForms) {
        return allForms.stream().anyMatch(o -> !o.equals(form) && o.equalsIgnoreCase(form));
    }

    /** The index covers the essays and the editor's introduction, headnotes and notes. */
    private static String wholeBook(Manuscript ms, String essays) {
        StringBuilder sb = new StringBuilder(essays);
        for (Piece p : ms.front()) sb.append(' ').append(PlainText.searchable(p.body()));
        for (Piece p : ms.headnotes().values()) sb.append(' ').append(PlainText.searchable(p.body()));
        for (EditorNote n : ms.editorNotes()) sb.append(' ').append(PlainText.searchable(n.markdown()));
        return sb.toString();
    }
}
