package press.reader.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into the words the fidelity check compares. Plain text (a capture) is just words; Markdown (an
 * essay) is read the way the book will read it: footnote references {@code [^n]} and definitions count as the
 * note number (like the capture's "(n)"), a link counts as its words, a heading id {@code {#id}} and escapes and
 * emphasis are markup, and a citation {@code [@key, 22]} is one citation token.
 */
final class Tokenizer {
    private static final String WORD = "[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}\\p{N}]+)*";
    private static final Pattern PLAIN = Pattern.compile(WORD);
    private static final Pattern MARKDOWN = Pattern.compile(
            "(?<escape>\\\\[\\p{Punct}])"
                    + "|(?<citation>\\[[^\\[\\]]*@[\\p{L}\\p{N}_][^\\[\\]]*\\])"
                    + "|\\[\\^(?<note>[^\\]\\s]+)\\]:?"
                    + "|\\]\\((?<target>[^)\\s]*)\\)"
                    + "|(?<id>\\{#[^}\\s]*\\})"
                    + "|(?<word>" + WORD + ")");
    private static final Pattern BLOCK_MARKUP = Pattern.compile("^(?:\\s{0,3}(?:#{1,6}(?=\\s|$)|>|[-+*](?=\\s)))+");

    private Tokenizer() {}

    static List<Token> plain(String text, int line) {
        List<Token> out = new ArrayList<>();
        Matcher m = PLAIN.matcher(text);
        while (m.find()) out.add(new Token(m.group(), line, false));
        return out;
    }

    static List<Token> markdown(String text, int line) {
        List<Token> out = new ArrayList<>();
        Matcher block = BLOCK_MARKUP.matcher(text);
        String rest = block.lookingAt() ? text.substring(block.end()) : text;
        Matcher m = MARKDOWN.matcher(rest);
        while (m.find()) {
            if (m.group("escape") != null || m.group("id") != null || m.group("target") != null) continue;
            if (m.group("citation") != null) out.add(new Token(m.group("citation"), line, true));
            else if (m.group("note") != null) out.addAll(plain(m.group("note"), line));
            else out.add(new Token(m.group("word"), line, false));
        }
        return out;
    }
}
