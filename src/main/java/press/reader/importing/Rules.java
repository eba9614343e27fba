package press.reader.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cleaning rules read from {@code manuscript/rules.yaml}: everything site-specific lives here as data, so an
 * editor can teach the importer a new site without touching Java.
 *
 * @param sourceIds         capture file name -> essay id
 * @param removeLines       global line rules, tried on every capture
 * @param sites             site profiles, each applied only to captures it detects
 * @param structure         patterns that recognise titles, bylines, headings, lists and notes
 * @param typography        ordered character replacements to house style
 * @param entities          HTML entity names -> characters, for repairing entity debris (also truncated names)
 * @param suspectSpellings  words the report flags (never changes) with a suggestion for the editor's notes
 */
public record Rules(Map<String, String> sourceIds, List<LineRule> removeLines, List<Site> sites, Structure structure,
                    List<Replacement> typography, Map<String, String> entities, Map<String, String> suspectSpellings) {

    /** A rule that removes a whole line; named groups (issue, date, author) are kept as metadata. */
    public record LineRule(String name, Pattern pattern, String omitted, int line) {
        public Optional<String> omittedLabel() {
            return Optional.ofNullable(omitted);
        }
    }

    /**
     * A rule that ends the essay: the line matching {@code at} (e.g. a dateline) is removed as {@code atName}
     * and every later line as {@code name}.
     */
    public record CutRule(String name, String atName, Pattern at, String omitted, int line) {}

    /** A regular-expression replacement applied to every line of text kept. */
    public record Replacement(String name, Pattern pattern, String replacement, int line) {}

    /** A site profile: how to recognise its captures, its publication, and its own debris. */
    public record Site(String name, List<Pattern> detect, String publication, String publicationWithIssue,
                       List<LineRule> removeLines, List<CutRule> cutAfter) {
        public boolean detects(String text) {
            return detect.stream().anyMatch(p -> p.matcher(text).find());
        }
    }

    /** Patterns and limits that recover the structure of an essay from paragraphs of plain text. */
    public record Structure(int titleMaxWords, int headingMaxWords, Pattern byline, List<Pattern> standfirst,
                            Pattern epigraphAttribution, Pattern bullet, Pattern datedListItem, int datedListMin,
                            Pattern noteListItem, List<Pattern> noteMarkers, boolean removeCaptions) {}
}
