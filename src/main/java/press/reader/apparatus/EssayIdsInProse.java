package press.reader.apparatus;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;
import press.reader.manuscript.ProseSegment;

/**
 * An essay's id is a file name, not a name a reader knows: printed in the editor's prose ("nielsen dates…",
 * "(significance (p. 43))") it reads as a typing slip. Reported where the id is a link's whole text, and where it
 * stands as a word and cannot be ordinary English: an id that no essay uses as a word (a surname in lower case),
 * an id with a possessive, or an id opening a sentence or clause in lower case.
 */
public final class EssayIdsInProse {
    private EssayIdsInProse() {}

    static final String CODE = "BP122";
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\(#([^)\\s]*)\\)");

    public static void check(Manuscript ms, Diagnostics d) {
        Map<String, String> essays = ApparatusProse.essays(ms);
        if (essays.isEmpty()) return;
        String allEssays = String.join(" ", essays.values());
        Set<String> ordinaryWords = PlainText.phrasesIn(allEssays, essays.keySet());
        StringBuilder alternatives = new StringBuilder();
        for (String id : essays.keySet()) alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(id));
        Pattern anyId = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
        for (ProseSegment s : ApparatusProse.of(ms)) {
            Matcher link = LINK.matcher(s.text());
            StringBuilder withoutLinks = new StringBuilder(PlainText.of(s.text()));
            while (link.find()) {
                if (essays.containsKey(link.group(1))) report(ms, d, s, link.start(1), link.group(1));
                for (int i = link.start(); i < link.end(); i++) if (withoutLinks.charAt(i) != '\n') withoutLinks.setCharAt(i, ' ');
            }
            String text = PlainText.normalise(withoutLinks.toString());
            // every match is an id: text that holds none is not searched (the pattern tries its look-behind and
            // every id at each character, on every rebuild)
            if (essays.keySet().stream().noneMatch(text::contains)) continue;
            Matcher word = anyId.matcher(text);
            while (word.find()) {
                String id = word.group();
                if (!ordinaryWords.contains(id) || possessive(text, word.end()) || opensClause(text, word.start())) {
                    report(ms, d, s, word.start(), id);
                }
            }
        }
    }

    private static boolean possessive(String text, int end) {
        return text.startsWith("’s", end);
    }

    private static boolean opensClause(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '*' || c == '“' || c == '"') continue;
            return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
        }
        return true;
    }

    private static void report(Manuscript ms, Diagnostics d, ProseSegment s, int offset, String id) {
        d.warning(s.file(), s.lineAt(offset), CODE, "the essay id '" + id + "' is printed in the editor's prose; "
                + "readers know the essay as " + readerName(ms, id) + ": write that instead");
    }

    /** How a reader knows the essay: its short title, else its author's surname, else its title. */
    static String readerName(Manuscript ms, String id) {
        Piece p = ms.essay(id).orElseThrow();
        if (p.known("short-title")) return "'" + p.get("short-title") + "'";
        if (p.known("author")) {
            String[] words = p.get("author").strip().split("\\s+");
            return "'" + words[words.length - 1] + "'";
        }
        return "'" + p.title() + "'";
    }
}
