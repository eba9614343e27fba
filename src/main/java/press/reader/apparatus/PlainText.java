package press.reader.apparatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.reader.memo.Lru;

/**
 * Markdown reduced to the words a reader sees, for searching. Markup is blanked out with spaces of the same length,
 * so that an offset in the result is the offset in the source and messages keep their lines.
 */
public final class PlainText {
    private PlainText() {}

    private static final Pattern CITATION = Pattern.compile("\\[[^\\[\\]]*@[^\\[\\]]*\\]");
    private static final Pattern NOTE_MARK = Pattern.compile("\\[\\^[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<[a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]*>");
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\(([^)\\s]*)\\)");
    private static final Pattern HEADING_ID = Pattern.compile("\\{#[^}]*\\}");

    /**
     * Texts reduced before, by their markdown: every check of a warm rebuild (watch) reads every essay again, and
     * the patterns took a tenth of an EPUB rebuild on a 300-page book; an essay the edit did not touch is the same
     * string. Bounded, as a long session reads many versions.
     */
    private static final Map<String, String> REDUCED = Lru.synchronizedMap(128);

    /** The text with citations, note markers, link targets, autolinks and heading ids blanked; link text kept. */
    public static String of(String markdown) {
        if (markdown.length() < 256) return reduce(markdown);   // a short value: the lookup would cost as much
        String known = REDUCED.get(markdown);
        if (known != null) return known;
        String reduced = reduce(markdown);
        REDUCED.put(markdown, reduced);
        return reduced;
    }

    private static String reduce(String markdown) {
        StringBuilder sb = new StringBuilder(markdown);
        blank(sb, CITATION.matcher(markdown));
        blank(sb, NOTE_MARK.matcher(markdown));
        blank(sb, AUTOLINK.matcher(markdown));
        blank(sb, HEADING_ID.matcher(markdown));
        Matcher link = LINK.matcher(markdown);
        while (link.find()) {
            sb.setCharAt(link.start(), ' ');
            for (int i = link.end(1); i < link.end(); i++) sb.setCharAt(i, ' ');
        }
        return sb.toString();
    }

    /** Text prepared for whole-word search: line breaks as spaces, straight apostrophes curled as cleaning does. */
    public static String searchable(String markdown) {
        return normalise(of(markdown).replace('\n', ' '));
    }

    public static String normalise(String s) {
        return s.replace('\'', '’');
    }

    /** Whether {@code phrase} occurs in {@code searchable} as whole words (letters and digits do not continue it). */
    public static boolean containsWords(String searchable, String phrase) {
        String p = normalise(phrase);
        if (p.isBlank()) return true;
        int from = 0;
        while (true) {
            int i = searchable.indexOf(p, from);
            if (i < 0) return false;
            int end = i + p.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(searchable.codePointBefore(i));
            boolean endOk = end >= searchable.length() || !Character.isLetterOrDigit(searchable.codePointAt(end));
            if (startOk && endOk) return true;
            from = i + 1;
        }
    }

    /**
     * The phrases of {@code phrases} that {@link #containsWords} finds in {@code searchable}, read in one pass over the
     * text, not one a phrase: each of a long book's essay ids looked for in the whole book's text was quadratic in the
     * book (a fifty-times book's 250 ids in its 15 MB of essays, 2.4 % of its build's CPU). A phrase that starts with
     * a letter or digit can only start where a run of letters and digits does, and that run is the phrase's first
     * run (its end is the phrase's end, or a character of the phrase that is neither); the text's runs are read once
     * and only those that are some phrase's first run are tried. Other phrases are looked for as before.
     */
    public static Set<String> phrasesIn(String searchable, Collection<String> phrases) {
        Set<String> found = new HashSet<>();
        Map<String, List<Phrase>> byFirstRun = new HashMap<>();
        for (String phrase : phrases) {
            String p = normalise(phrase);
            if (p.isBlank()) {
                found.add(phrase);
            } else if (Character.isLetterOrDigit(p.codePointAt(0))) {
                byFirstRun.computeIfAbsent(p.substring(0, runEnd(p, 0)), r -> new ArrayList<>())
                        .add(new Phrase(phrase, p));
            } else if (containsWords(searchable, phrase)) {
                found.add(phrase);
            }
        }
        if (byFirstRun.isEmpty()) return found;
        int i = 0;
        while (i < searchable.length()) {
            int c = searchable.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int end = runEnd(searchable, i);
            List<Phrase> candidates = byFirstRun.get(searchable.substring(i, end));
            if (candidates != null) {
                for (Phrase phrase : candidates) {
                    int after = i + phrase.normalised().length();
                    boolean endsThere = after >= searchable.length()
                            || !Character.isLetterOrDigit(searchable.codePointAt(after));
                    if (searchable.startsWith(phrase.normalised(), i) && endsThere) {
                        found.add(phrase.asGiven());
                    }
                }
            }
            i = end;
        }
        return found;
    }

    /** A phrase as given and as it is looked for (normalised once, not at each of its first run's places). */
    private record Phrase(String asGiven, String normalised) {}

    /** Where the run of letters and digits that starts at {@code from} ends. */
    private static int runEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) break;
            i += Character.charCount(c);
        }
        return i;
    }

    private static void blank(StringBuilder sb, Matcher m) {
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) if (sb.charAt(i) != '\n') sb.setCharAt(i, ' ');
        }
    }
}
