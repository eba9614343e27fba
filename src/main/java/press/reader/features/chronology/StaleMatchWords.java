package press.reader.features.chronology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import press.reader.apparatus.ApparatusProse;
import press.reader.apparatus.PlainText;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;

/**
 * A chronology event's {@code match:} words locate its passages in the essays it names. Words found in none of
 * them locate nothing (a misquotation, or an essay left out of {@code essays:}), and the event then points at fewer
 * passages than the editor meant; each such entry is reported, not only the event whose words all fail. A check of the
 * chronology's, run before assembly with the other manuscript checks (its maker registers it).
 */
final class StaleMatchWords {
    private StaleMatchWords() {}

    static final String CODE = "BP162";

    static void check(Manuscript ms, Diagnostics d) {
        Map<String, String> essays = ApparatusProse.essays(ms);
        // each essay read once for the match words of every event naming it, not once a word (PlainText.phrasesIn)
        Map<String, List<String>> wordsOf = new HashMap<>();
        for (TimelineEvent e : ms.apparatus(TimelineFile.FILE)) {
            for (String id : e.essays()) wordsOf.computeIfAbsent(id, k -> new ArrayList<>()).addAll(e.match());
        }
        Map<String, Set<String>> found = new HashMap<>();
        wordsOf.forEach((id, words) -> {
            if (essays.containsKey(id)) found.put(id, PlainText.phrasesIn(essays.get(id), words));
        });
        for (TimelineEvent e : ms.apparatus(TimelineFile.FILE)) {
            List<Set<String>> texts = new ArrayList<>();
            for (String id : e.essays()) if (found.containsKey(id)) texts.add(found.get(id));
            if (texts.isEmpty()) continue;   // unknown essays are reported on their own (BP160)
            for (String words : e.match()) {
                if (texts.stream().noneMatch(t -> t.contains(words))) {
                    d.warning(e.file(), e.line(), CODE, "chronology event '" + abbreviate(e.event()) + "': the match words '"
                            + words + "' occur in none of its essays " + e.essays()
                            + ": quote the essay's exact words, or name the essay that has them");
                }
            }
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
