package press.reader.manuscript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles in the editor's one-line values (an essay's {@code publication} and {@code short-title}, chronology events,
 * labels and disagreements, index headwords and cross-references) are marked as the editor marks them in the
 * Markdown prose: {@code *Pravda*}, {@code *Socialist Worker*, issue 2578}. The style decides how a marked title is
 * set (italic in running text, roman inside italic); an essay's or an article's title is written in quotation marks
 * by the editor, as in prose. Only {@code *...*} is a mark here (an underscore or a star inside a word, as in a
 * URL, is text); {@code \*} is a literal star.
 */
public final class TitleMarks {
    /** A star that opens before a non-space and closes after one, not inside a word. */
    private static final Pattern MARKED = Pattern.compile("(?<![\\p{L}\\p{N}*\\\\])\\*(?=\\S)(.+?)(?<=[^\\s\\\\])\\*(?![\\p{L}\\p{N}*])");

    /** A stretch of a value, in a title (marked) or not. */
    public record Run(String text, boolean title) {}

    private TitleMarks() {}

    public static List<Run> runs(String value) {
        List<Run> out = new ArrayList<>();
        if (value == null) return out;
        // a value without an asterisk (most) holds no title: the pattern's lookbehinds need not be tried at every place
        if (value.indexOf('*') < 0) {
            if (!value.isEmpty()) out.add(new Run(value, false));
            return out;
        }
        Matcher m = MARKED.matcher(value);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) out.add(new Run(unescape(value.substring(at, m.start())), false));
            out.add(new Run(unescape(m.group(1)), true));
            at = m.end();
        }
        if (at < value.length()) out.add(new Run(unescape(value.substring(at)), false));
        return out;
    }

    /** The value as a reader sees its words: without the marks (for sorting, matching, bookmarks and labels). */
    public static String plain(String value) {
        if (value == null) return null;
        StringBuilder out = new StringBuilder(value.length());
        for (Run r : runs(value)) out.append(r.text());
        return out.toString();
    }

    /** True if the value marks a title. */
    public static boolean marks(String value) {
        return value != null && runs(value).stream().anyMatch(Run::title);
    }

    private static String unescape(String s) {
        return s.replace("\\*", "*");
    }
}
