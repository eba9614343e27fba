package press.reader.features.chronology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        for (TimelineEvent e : ms.apparatus(TimelineFile.FILE)) {
            List<String> texts = new ArrayList<>();
            for (String id : e.essays()) if (essays.containsKey(id)) texts.add(essays.get(id));
            if (texts.isEmpty()) continue;   // unknown essays are reported on their own (BP160)
            for (String words : e.match()) {
                if (texts.stream().noneMatch(t -> PlainText.containsWords(t, words))) {
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
