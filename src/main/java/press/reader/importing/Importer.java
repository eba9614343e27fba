package press.reader.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.reader.diagnostics.Diagnostic;

/**
 * Cleans one raw capture into an essay: removes debris by the named rules, recovers the structure, turns note
 * markers into footnotes, and brings the typography to house style. It reads and writes no files, so the
 * fidelity check can run it again on the source to learn what every rule did.
 */
public final class Importer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:\\p{L}+, )?(\\p{L}+) (\\d{1,2}),? (\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?:\\p{L}+,? )?(\\d{1,2}) (\\p{L}+),? (\\d{4})");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** A repeated line this short, without closing punctuation, is an image caption. */
    private static final int CAPTION_MAX_WORDS = 30;

    private final Rules rules;

    public Importer(Rules rules) {
        this.rules = rules;
    }

    /**
     * @param capture   the decoded capture
     * @param sourceRef the capture's path relative to the manuscript folder, written as {@code source:}
     */
    public CleanResult clean(CaptureReader.Capture capture, String sourceRef) {
        String[] raw = capture.text().split("\n", -1);
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) lines.add(new SourceLine(i + 1, raw[i]));
        if (lines.size() > 1 && lines.get(lines.size() - 1).original.isEmpty()) lines.remove(lines.size() - 1);

        Rules.Site site = rules.sites().stream().filter(s -> s.detects(capture.text())).findFirst().orElse(null);
        Map<String, String> found = new TreeMap<>();
        List<Rules.LineRule> lineRules = new ArrayList<>(rules.removeLines());
        if (site != null) lineRules.addAll(0, site.removeLines());
        Debris.removeLines(lines, lineRules, found);
        if (site != null) Debris.cutAfter(lines, site.cutAfter(), found);
        Debris.duplicatedLines(lines, CAPTION_MAX_WORDS, rules.structure().removeCaptions());
        Debris.blankRuns(lines);

        List<SourceLine> text = new ArrayList<>();
        for (SourceLine l : lines) if (l.kept() && !l.blank()) text.add(l);
        new Structure(rules.structure(), found).classify(text);
        List<Diagnostic> warnings = new ArrayList<>(capture.warnings());
        NoteMarkers.Outcome notes = NoteMarkers.apply(lines, rules.structure().noteMarkers(), capture.name());
        warnings.addAll(notes.warnings());
        Typography typography = new Typography(rules.typography(), rules.entities());
        for (SourceLine l : text) if (l.kept()) typography.apply(l);
        for (SourceLine l : text) {
            if (l.kept()) l.rendered = l.role.isFrontMatter() ? EssayRenderer.frontText(l) : EssayRenderer.bodyLine(l);
        }

        EssayMetadata meta = new EssayMetadata(
                frontText(text, Role.TITLE, EssayMetadata.UNKNOWN), frontText(text, Role.SUBTITLE, null),
                frontText(text, Role.STANDFIRST, null), orUnknown(found.get("author")),
                publication(site, found.get("issue")), date(found.get("date"), typography), sourceRef,
                EssayMetadata.UNKNOWN, omitted(lines), notes.missing());
        if (meta.title().equals(EssayMetadata.UNKNOWN)) {
            warnings.add(Diagnostic.warning(capture.name(), 1, ImportCodes.NO_TITLE,
                    "the capture gives no title: the essay's title is 'unknown' until the editor supplies one"));
        }
        warnings.addAll(truncated(text, capture.name()));
        String markdown = EssayRenderer.render(meta, lines);
        return new CleanResult(capture.name(), site == null ? null : site.name(), meta, markdown, lines, warnings,
                suspects(text));
    }

    /** A paragraph or note that ends on a comma was probably cut short when the page was captured. */
    private static List<Diagnostic> truncated(List<SourceLine> lines, String file) {
        List<Diagnostic> out = new ArrayList<>();
        for (SourceLine l : lines) {
            if (l.kept() && (l.role == Role.PARAGRAPH || l.role == Role.NOTE) && l.text.strip().matches("(?s).*[,;(]$")) {
                out.add(Diagnostic.warning(file, l.number, ImportCodes.MAYBE_CUT_SHORT,
                        "the text ends on '" + l.text.strip().charAt(l.text.strip().length() - 1)
                                + "': the capture may have cut it short; check the original"));
            }
        }
        return out;
    }

    private static String frontText(List<SourceLine> lines, Role role, String fallback) {
        for (SourceLine l : lines) if (l.kept() && l.role == role) return l.rendered;
        return fallback;
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? EssayMetadata.UNKNOWN : s;
    }

    private static String publication(Rules.Site site, String issue) {
        if (site == null || site.publication() == null) return EssayMetadata.UNKNOWN;
        if (issue != null && site.publicationWithIssue() != null) return site.publicationWithIssue().replace("{issue}", issue);
        return site.publication();
    }

    /**
     * A full date is written day, month, year ("6 October 2017", as the book prints it); anything vaguer
     * ("May-June 2017") is kept as the capture gives it, in house style.
     */
    static String date(String text, Typography typography) {
        if (text == null || text.isBlank()) return EssayMetadata.UNKNOWN;
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.matches() && month(m.group(1)) > 0) return dayMonthYear(m.group(3), month(m.group(1)), m.group(2));
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.matches() && month(m.group(2)) > 0) return dayMonthYear(m.group(3), month(m.group(2)), m.group(1));
        return typography.apply(text);
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
    }

    private static String dayMonthYear(String year, int month, String day) {
        String name = MONTHS.get(month - 1);
        return Integer.parseInt(day) + " " + Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + year;
    }

    private static List<String> omitted(List<SourceLine> lines) {
        Set<String> out = new LinkedHashSet<>();
        for (SourceLine l : lines) if (!l.kept() && l.removal.omitted() != null) out.add(l.removal.omitted());
        return List.copyOf(out);
    }

    private List<CleanResult.Suspect> suspects(List<SourceLine> lines) {
        List<CleanResult.Suspect> out = new ArrayList<>();
        for (SourceLine l : lines) {
            if (!l.kept()) continue;
            Matcher m = WORD.matcher(l.text);
            while (m.find()) {
                String suggestion = rules.suspectSpellings().get(m.group());
                if (suggestion != null) out.add(new CleanResult.Suspect(l.number, m.group(), suggestion));
            }
        }
        return out;
    }
}
