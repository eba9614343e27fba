package press.reader.desk;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed between two good builds, as revised proofs show it: the print pages whose text differs (page by
 * page, from the two PDFs' text, each run with its typeface and place: a word set in italic or a line that moved
 * counts; a changed picture alone does not), the index and cross-reference locators whose printed page changed (from the two
 * page maps), and the text diff of each manuscript file that was edited.
 *
 * @param pages     the pages (1-based, of the new build) whose text changed, or that are new
 * @param pagesBefore the page count of the earlier build
 * @param locators  locators that moved, appeared or went, each as label, folio before (or null), folio after (or null)
 * @param diffs     unified diffs of the edited files, by path relative to the manuscript
 */
record ChangeReport(int since, List<Integer> pages, int pagesBefore, int pagesAfter, List<LocatorChange> locators,
                    Map<String, List<String>> diffs) {

    record LocatorChange(String label, String before, String after) {}

    /** More than this many moved locators are counted, not listed: an insertion early in the book moves them all. */
    static final int MAX_LOCATORS = 200;

    static ChangeReport between(BuildSnapshot before, BuildSnapshot after) {
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < after.pageSignatures.size(); i++) {
            if (i >= before.pageSignatures.size() || !before.pageSignatures.get(i).equals(after.pageSignatures.get(i))) pages.add(i + 1);
        }
        List<LocatorChange> locators = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(before.locators.keySet());
        ids.addAll(after.locators.keySet());
        for (String id : ids) {
            var was = before.locators.get(id);
            var now = after.locators.get(id);
            String f0 = was == null ? null : was.folio();
            String f1 = now == null ? null : now.folio();
            if (!Objects.equals(f0, f1)) locators.add(new LocatorChange((now != null ? now : was).label(), f0, f1));
        }
        locators = grouped(locators);
        return new ChangeReport(before.generation, pages, before.pages(), after.pages(), locators,
                diffs(before.manuscript, after.manuscript));
    }

    /**
     * One line per entry and move: two occurrences of "Bolsheviks" that both went from page 6 to 7 are one change,
     * "(2 occurrences)"; sorted by entry, then page.
     */
    private static List<LocatorChange> grouped(List<LocatorChange> changes) {
        Map<LocatorChange, Integer> counts = new TreeMap<>(Comparator.comparing(LocatorChange::label)
                .thenComparing(c -> folioOrder(c.before())).thenComparing(c -> folioOrder(c.after())));
        for (LocatorChange c : changes) counts.merge(c, 1, Integer::sum);
        List<LocatorChange> out = new ArrayList<>();
        counts.forEach((c, n) -> out.add(n == 1 ? c : new LocatorChange(c.label() + " (" + n + " occurrences)", c.before(), c.after())));
        return out;
    }

    /** Folios in page order where they are numbers ("9" before "10"); roman and missing ones first, by text. */
    private static String folioOrder(String folio) {
        if (folio == null) return "";
        return folio.matches("\\d+") ? String.format("~%08d", Integer.parseInt(folio)) : folio;
    }

    static Map<String, List<String>> diffs(ManuscriptText before, ManuscriptText after) {
        Map<String, List<String>> diffs = new LinkedHashMap<>();
        TreeSet<String> files = new TreeSet<>(before.files.keySet());
        files.addAll(after.files.keySet());
        for (String f : files) {
            String a = before.files.getOrDefault(f, "");
            String b = after.files.getOrDefault(f, "");
            if (a.equals(b)) continue;
            List<String> old = a.lines().toList();
            List<String> now = b.lines().toList();
            List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("a/" + f, "b/" + f, old, DiffUtils.diff(old, now), 2);
            diffs.put(f, unified.size() > 2 ? unified.subList(2, unified.size()) : unified); // the file names are shown apart
        }
        return diffs;
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("since", since);
        m.put("pages", pages);
        m.put("pagesBefore", pagesBefore);
        m.put("pagesAfter", pagesAfter);
        m.put("locatorCount", locators.size());
        List<Object> shown = new ArrayList<>();
        for (LocatorChange c : locators.subList(0, Math.min(MAX_LOCATORS, locators.size()))) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("label", c.label());
            l.put("before", c.before());
            l.put("after", c.after());
            shown.add(l);
        }
        m.put("locators", shown);
        List<Object> d = new ArrayList<>();
        diffs.forEach((file, lines) -> d.add(Map.of("file", file, "lines", lines)));
        m.put("diffs", d);
        return m;
    }
}
