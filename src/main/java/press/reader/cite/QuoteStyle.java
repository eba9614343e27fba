package press.reader.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * The book's quotation style applied to what the CSL processor writes: the one documented place where citation
 * output is brought into line with the text. The text sets double quotation marks, single ones inside them; a CSL
 * locale may use single marks outside (en-GB) and put a comma or full stop inside the closing mark (Chicago). So:
 * <ul>
 *   <li>outer quotation marks become double, inner ones single (an apostrophe between letters stays);</li>
 *   <li>with logical punctuation (every English locale but en-US), a comma or full stop that the style put inside a
 *       closing mark goes after it, as in the text: “On Authority”,;</li>
 *   <li>never a comma or full stop after a title's own question or exclamation mark (Chicago 6.119):
 *       “Was Lenin a Stalinist?” in, not “Was Lenin a Stalinist?,”.</li>
 * </ul>
 */
public final class QuoteStyle {
    private final boolean logicalPunctuation;

    private QuoteStyle(boolean logicalPunctuation) {
        this.logicalPunctuation = logicalPunctuation;
    }

    /** The style for a CSL locale: American punctuation for en-US, logical punctuation for other English. */
    public static QuoteStyle forLocale(String locale) {
        return new QuoteStyle(!locale.equalsIgnoreCase("en-US"));
    }

    public RichText apply(RichText text) {
        List<Span> spans = new ArrayList<>();
        // which marks are open, across spans: an italic title may sit inside a quoted one
        StringBuilder open = new StringBuilder();
        String all = text.plainText();
        int offset = 0;
        for (Span s : text.spans()) {
            StringBuilder out = new StringBuilder(s.text().length());
            for (int i = 0; i < s.text().length(); i++) {
                int at = offset + i;
                char c = s.text().charAt(i);
                char before = at > 0 ? all.charAt(at - 1) : ' ';
                char after = at + 1 < all.length() ? all.charAt(at + 1) : ' ';
                if (c == '‘' || c == '“') {
                    open.append(c);
                    out.append(open.length() == 1 ? '“' : '‘');
                } else if ((c == '’' && !(Character.isLetter(before) && Character.isLetter(after)) && open.length() > 0
                        && open.charAt(open.length() - 1) == '‘') || (c == '”' && open.length() > 0)) {
                    out.append(open.length() == 1 ? '”' : '’');
                    open.setLength(open.length() - 1);
                } else {
                    out.append(c);
                }
            }
            offset += s.text().length();
            spans.add(s.withText(punctuation(out.toString())));
        }
        return RichText.of(spans);
    }

    private String punctuation(String t) {
        String out = t.replaceAll("([?!])[,.]([”’])", "$1$2").replaceAll("([?!][”’]?)[,.]", "$1");
        if (logicalPunctuation) out = out.replaceAll("([,.])([”’]+)", "$2$1");
        return out;
    }
}
