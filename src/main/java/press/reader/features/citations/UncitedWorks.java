package press.reader.features.citations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.reader.apparatus.ApparatusProse;
import press.reader.cite.Bibliography;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.ProseSegment;

/**
 * A work the editor names as a source, by its title with a date in brackets ("*The Tax in Kind* (April 1921)",
 * "\"Stalinism and Bolshevism\" (1937)"), must be one the Works Cited lists, or the promise that every work cited is
 * listed is broken. A title counts as listed when it begins an entry's title or container title, or an entry's title
 * begins it (subtitles differ). A check of the citations', run before assembly with the other manuscript checks
 * (their maker registers it), over all the editor's prose.
 */
final class UncitedWorks {
    private UncitedWorks() {}

    static final String CODE = "BP409";
    private static final Pattern TITLED_WORK = Pattern.compile(
            "(?:(?<![*\\p{L}])\\*([^*\\n]{2,160})\\*|[“\"]([^”\"\\n]{2,160})[”\"])[,.]?\\s*\\(([^()\\n]{0,80})\\)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

    static void check(Manuscript ms, Diagnostics d) {
        if (ms.found(BibliographyFile.FILE).isEmpty()) return;   // a missing bibliography is reported on its own (BP407)
        List<String> listed;
        try {
            listed = listedTitles(ms.found(BibliographyFile.FILE).get());
        } catch (RuntimeException e) {
            return;   // an unreadable bibliography is the citation stage's to report, with its place (BP401, BP402)
        }
        for (ProseSegment s : ApparatusProse.of(ms)) {
            // every match holds a date in brackets: text without '(' is not searched (the pattern tries its
            // look-behind at every character, on every rebuild)
            if (s.text().indexOf('(') < 0) continue;
            Matcher m = TITLED_WORK.matcher(s.text());
            while (m.find()) {
                if (!YEAR.matcher(m.group(3)).find()) continue;
                String title = m.group(1) != null ? m.group(1) : m.group(2);
                String key = comparable(title);
                if (key.isEmpty() || listed.stream().anyMatch(t -> t.startsWith(key) || key.startsWith(t))) continue;
                d.warning(s.file(), s.lineAt(m.start()), CODE, "the work '" + title.strip() + "' (" + m.group(3).strip()
                        + ") is given as a source, but bibliography.json has no entry with that title: add the work "
                        + "and cite it with [@key]");
            }
        }
    }

    private static List<String> listedTitles(Path json) {
        Bibliography b = Bibliography.load(json, "bibliography.json", new Diagnostics());
        List<String> titles = new ArrayList<>();
        for (String key : b.keys()) {
            var item = b.item(key);
            if (item.getTitle() != null) titles.add(comparable(item.getTitle()));
            if (item.getContainerTitle() != null) titles.add(comparable(item.getContainerTitle()));
        }
        titles.removeIf(String::isEmpty);
        return titles;
    }

    /** Lower case, letters and digits only, single spaces: "The Tax in Kind (The…)" and "the tax in kind" compare. */
    static String comparable(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
