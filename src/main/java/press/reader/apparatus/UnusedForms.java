package press.reader.apparatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import press.reader.diagnostics.Diagnostics;

/**
 * A glossary variant or an index form that occurs nowhere is a spelling the editor expected and the text does not
 * have: often a sign that the entry misses the spelling the text does use. Reported form by form; an entry none of
 * whose forms occurs is already reported as a whole (BP140, BP150) and is not repeated here. The glossary's and the
 * index's checks (in their features' packages) report their entries' forms with it.
 */
public final class UnusedForms {
    private UnusedForms() {}

    /**
     * Reports each of {@code forms} (of an entry whose forms are {@code allForms}, {@code what}, at {@code file:line})
     * that the text lacks, unless it lacks them all. {@code found}: the forms the text holds, of every entry's, as
     * {@link PlainText#phrasesIn} finds them in one pass over it (each form looked for in the whole text, one by one,
     * was most of a warm rebuild's checks, which the EPUB waits for).
     */
    public static void report(Diagnostics d, String file, int line, String code, String what, String where,
                              List<String> forms, List<String> allForms, Set<String> found) {
        List<String> missing = new ArrayList<>();
        for (String f : forms) {
            if (!found.contains(f) && !caseVariant(f, allForms)) missing.add(f);
        }
        if (missing.isEmpty() || allForms.stream().noneMatch(found::contains)) return;
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
}
