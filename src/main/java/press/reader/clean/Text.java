package press.reader.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small facts about a line of prose used by the structure rules. */
final class Text {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
    private static final String CLOSERS = "”’\"')]";
    private static final String SENTENCE_ENDS = ".!?,;:…";

    private Text() {}

    static int words(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** Whether the line ends like a sentence or clause (after any closing quotes or brackets). */
    static boolean endsSentence(String s) {
        String t = s.strip();
        int end = t.length();
        while (end > 0 && CLOSERS.indexOf(t.charAt(end - 1)) >= 0) end--;
        return end > 0 && SENTENCE_ENDS.indexOf(t.charAt(end - 1)) >= 0;
    }

    static boolean startsCapitalOrDigit(String s) {
        String t = s.strip();
        return !t.isEmpty() && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)));
    }
}
