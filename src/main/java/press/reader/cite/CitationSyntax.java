package press.reader.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds pandoc citations in a string of Markdown inline text (pandoc manual, "Citation syntax"):
 * <ul>
 *   <li>bracketed clusters {@code [@serge1937, 22]}, {@code [see @liebman1984, 140; @stites1989]},
 *       {@code [-@key]} (author suppressed);</li>
 *   <li>in-text {@code @key} and {@code @key [22]}.</li>
 * </ul>
 * A locator after the comma may start with a locale term ("p.", "pp.", "chap.", "vol.", ...); a bare number is
 * a page; {@code {...}} delimits an unusual locator; what follows the locator is the suffix. An {@code @} after a
 * letter or digit (an e-mail address) is not a citation, nor is a bracket followed by {@code (} (a link).
 */
public final class CitationSyntax {
    /** Characters allowed inside a key when followed by a letter or digit (pandoc). */
    private static final String KEY_INNER_PUNCTUATION = ":.#$%&-+?<>~/";
    private static final Pattern DIGIT_VALUE = Pattern.compile(
            "\\p{N}[\\p{L}\\p{N}]*(?:(?:\\s*[-\u2013\u2014]\\s*|,\\s*|\\s*&\\s*|\\s+and\\s+)\\p{N}[\\p{L}\\p{N}]*)*");
    private static final Pattern ROMAN_VALUE = Pattern.compile(
            "[ivxlcdmIVXLCDM]+(?:(?:\\s*[-\u2013\u2014]\\s*|,\\s*)[ivxlcdmIVXLCDM]+)*(?![\\p{L}\\p{N}])");

    private final LocatorTerms terms;

    private CitationSyntax(LocatorTerms terms) {
        this.terms = terms;
    }

    /** Locator words of {@code localeTag} (e.g. "en-US"), read from the CSL locale. */
    public static CitationSyntax forLocale(String localeTag) {
        return new CitationSyntax(LocatorTerms.forLocale(localeTag));
    }

    /** Every citation in {@code text}, in order. */
    public List<CitationCluster> find(String text) {
        List<CitationCluster> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2; // an escaped character is never syntax
                continue;
            }
            if (c == '[') {
                int close = matchingBracket(text, i);
                if (close > 0 && !isLinkOrNote(text, i, close)) {
                    CitationCluster cluster = bracketed(text, i, close);
                    if (cluster != null) {
                        out.add(cluster);
                        i = close + 1;
                        continue;
                    }
                }
            } else if (c == '@' && mayStartCite(text, i)) {
                CitationCluster cluster = inText(text, i);
                if (cluster != null) {
                    out.add(cluster);
                    i = cluster.end();
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static int matchingBracket(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0) return i;
            }
        }
        return -1;
    }

    private static boolean isLinkOrNote(String s, int open, int close) {
        if (open + 1 < s.length() && s.charAt(open + 1) == '^') return true; // [^1] footnote
        if (close + 1 < s.length()) {
            char next = s.charAt(close + 1);
            if (next == '(' || next == '[' || next == ':') return true; // [text](url), [text][ref], [ref]: url
        }
        return false;
    }

    /** An @ starts a cite only at the start of a word: "name@example.org" is an address, not a citation. */
    private static boolean mayStartCite(String s, int at) {
        if (at == 0) return true;
        char before = s.charAt(at - 1);
        return !(Character.isLetterOrDigit(before) || before == '_' || before == '.' || before == '+'
                || before == '-' || before == '@' || before == '\\');
    }

    /** The end of a key starting at {@code from} (after the @), or -1 if there is no key there. */
    private static int keyEnd(String s, int from) {
        if (from >= s.length()) return -1;
        if (s.charAt(from) == '{') {
            int close = s.indexOf('}', from);
            return close > from + 1 ? close + 1 : -1;
        }
        if (!isKeyChar(s.charAt(from))) return -1;
        int i = from + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isKeyChar(c)) {
                i++;
            } else if (KEY_INNER_PUNCTUATION.indexOf(c) >= 0 && i + 1 < s.length() && isKeyChar(s.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static String keyText(String s, int from, int end) {
        String k = s.substring(from, end);
        return k.startsWith("{") ? k.substring(1, k.length() - 1) : k;
    }

    private CitationCluster bracketed(String s, int open, int close) {
        List<CiteItem> items = new ArrayList<>();
        int partStart = open + 1;
        for (int i = open + 1; i <= close; i++) {
            if (i == close || s.charAt(i) == ';') {
                CiteItem item = bracketItem(s, partStart, i);
                if (item == null) return null; // pandoc: every part of a citation bracket has a key
                items.add(item);
                partStart = i + 1;
            } else if (s.charAt(i) == '\\') {
                i++;
            }
        }
        return new CitationCluster(items, open, close + 1, false);
    }

    private CiteItem bracketItem(String s, int from, int to) {
        int at = -1;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '@' && (i == from || Character.isWhitespace(s.charAt(i - 1))
                    || s.charAt(i - 1) == '-')) {
                at = i;
                break;
            }
        }
        if (at < 0) return null;
        boolean suppress = at > from && s.charAt(at - 1) == '-';
        int prefixEnd = suppress ? at - 1 : at;
        if (suppress && prefixEnd > from && !Character.isWhitespace(s.charAt(prefixEnd - 1))) return null;
        int keyEnd = keyEnd(s, at + 1);
        if (keyEnd < 0 || keyEnd > to) return null;
        String prefix = s.substring(from, prefixEnd).strip();
        String rest = s.substring(keyEnd, to);

        Locator loc;
        if (rest.startsWith(",")) {
            loc = locator(rest.substring(1).stripLeading());
            if (loc == null) loc = new Locator("", "", rest.stripTrailing());
        } else {
            loc = new Locator("", "", rest.strip());
        }
        int start = from;
        while (start < to && Character.isWhitespace(s.charAt(start))) start++;
        int end = to;
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
        return new CiteItem(keyText(s, at + 1, keyEnd), prefix, loc.value, loc.label, loc.suffix, suppress,
                false, start, end);
    }

    private CitationCluster inText(String s, int at) {
        int keyEnd = keyEnd(s, at + 1);
        if (keyEnd < 0) return null;
        String key = keyText(s, at + 1, keyEnd); // "@key." ends a sentence: keyEnd leaves the period out
        int end = keyEnd;
        Locator loc = new Locator("", "", "");
        int b = end < s.length() && s.charAt(end) == ' ' ? end + 1 : end;
        if (b < s.length() && s.charAt(b) == '[') {
            int close = matchingBracket(s, b);
            if (close > 0 && !isLinkOrNote(s, b, close) && s.substring(b, close).indexOf('@') < 0) {
                String inside = s.substring(b + 1, close).strip();
                Locator parsed = locator(inside);
                loc = parsed != null ? parsed : new Locator("", "", inside);
                end = close + 1;
            }
        }
        CiteItem item = new CiteItem(key, "", loc.value, loc.label, loc.suffix, false, true, at, end);
        return new CitationCluster(List.of(item), at, end, true);
    }

    private record Locator(String label, String value, String suffix) {}

    /** Reads "p. 22, my emphasis" into label, value and suffix; null if the text has no locator. */
    private Locator locator(String text) {
        LocatorTerms.Match term = terms.matchAtStart(text);
        String label = term == null ? "page" : term.label();
        String rest = term == null ? text : text.substring(term.length());
        if (rest.startsWith("{")) {
            int close = rest.indexOf('}');
            if (close > 0) return new Locator(label, rest.substring(1, close), cleanSuffix(rest.substring(close + 1)));
        }
        Matcher m = DIGIT_VALUE.matcher(rest);
        boolean found = m.lookingAt();
        if (!found && term != null) {
            // roman numerals only after a label: unlabelled, "civil" would read as a locator
            m = ROMAN_VALUE.matcher(rest);
            found = m.lookingAt();
        }
        if (!found) return null;
        return new Locator(label, m.group(), cleanSuffix(rest.substring(m.end())));
    }

    private static String cleanSuffix(String suffix) {
        // a suffix starting with a word gets its space back from citeproc; one starting with "," keeps it
        return Character.isWhitespace(suffix.isEmpty() ? 'x' : suffix.charAt(0)) ? suffix.strip() : suffix.stripTrailing();
    }
}
