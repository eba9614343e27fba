package press.reader.features.index;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.TitleMarks;

/**
 * The index's cross-references must lead somewhere: a "see" or "see also" that names no heading of the index sends
 * the reader nowhere, and a chain of "see" that comes back to where it started ("Aaa. See Bbb", "Bbb. See Aaa", or
 * "Ccc. See Ccc") sends the reader round in circles. Both are errors at the entry's line. Headwords are compared
 * in NFC, so an accent typed as a combining mark still names the same heading.
 */
public final class IndexReferences {
    private IndexReferences() {}

    public static void check(List<IndexHeading> index, Diagnostics diagnostics) {
        Map<String, IndexHeading> byHeadword = new HashMap<>();
        for (IndexHeading h : index) byHeadword.putIfAbsent(nfc(h.headword()), h);
        for (IndexHeading h : index) {
            if (h.see() != null && !byHeadword.containsKey(nfc(h.see()))) {
                diagnostics.error(h.file(), h.line(), "BP155", "index heading '" + h.headword() + "' says see '" + h.see()
                        + "', which is no heading of the index");
            }
            for (String also : h.seeAlso()) {
                if (!byHeadword.containsKey(nfc(also))) {
                    diagnostics.error(h.file(), h.line(), "BP155", "index heading '" + h.headword() + "' says see also '"
                            + also + "', which is no heading of the index");
                }
            }
            if (h.see() != null && loops(h, byHeadword)) {
                diagnostics.error(h.file(), h.line(), "BP156", "index heading '" + h.headword() + "': following 'see' "
                        + "from it comes back to it; one heading of the chain must hold the page numbers");
            }
        }
    }

    /** True if following "see" from {@code start} comes back to it (each heading of a loop is reported once). */
    private static boolean loops(IndexHeading start, Map<String, IndexHeading> byHeadword) {
        Set<String> visited = new HashSet<>();
        for (IndexHeading h = byHeadword.get(nfc(start.see())); h != null; h = h.see() == null ? null : byHeadword.get(nfc(h.see()))) {
            if (h == start) return true;
            if (!visited.add(nfc(h.headword()))) return false;      // a loop that does not pass through start
        }
        return false;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(TitleMarks.plain(s).strip(), Normalizer.Form.NFC);
    }
}
