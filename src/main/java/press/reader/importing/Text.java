package press.reader.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small facts about a line of prose used by the structure rules. */
final class Text {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
    /** A note marker after the last word ("majority.(2)") does not change how the sentence ends. */
    private static final Pattern TRAILING_NOTE_MARKER = Pattern.compile("(?:\\(\\d{1,3}\\)|\\[\\d{1,3}\\])$");
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
        String t = TRAILING_NOTE_MARKER.matcher(s.strip()).replaceFirst("");
        int end = t.length();
        while (end > 0 && CLOSERS.indexOf(t.charAt(end - 1)) >= 0) end--;
        return end > 0 && SENTENCE_ENDS.indexOf(t.charAt(end - 1)) >= 0;
    }

    static boolean startsCapitalOrDigit(String s) {
        String t = s.strip();
        return !t.isEmpty() && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)));
    }
}
