package press.reader.features.citations;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import press.reader.cite.RichText;
import press.reader.cite.Span;

/** What a citation inside a note needs to know about the words around it: what the reader sees, what repeats. */
final class NoteText {
    private NoteText() {}

    /**
     * How many characters at the start of a citation's {@code rendering} the words {@code before} it already end
     * with, counted to a point where the citation can go on (", 312" or " (Pluto Press, 2018)"), and only when
     * that lead names at least an author and a title; 0 when nothing is repeated.
     */
    static int repeatedLead(String before, String rendering) {
        String seen = comparable(before);
        int best = 0;
        for (int i = 1; i < rendering.length(); i++) {
            if (!(rendering.startsWith(", ", i) || rendering.startsWith(" (", i))) continue;
            String lead = rendering.substring(0, i);
            if (!lead.contains(", ")) continue;
            String wanted = comparable(lead);
            if (seen.endsWith(wanted) && (seen.length() == wanted.length()
                    || !Character.isLetterOrDigit(seen.charAt(seen.length() - wanted.length() - 1)))) {
                best = i;
            }
        }
        return best;
    }

    // compiled once: comparable runs for every place a citation's rendering could be cut, for every citation
    private static final Pattern QUOTES = Pattern.compile("[‘’“”\"']");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Lower case, without quotation marks or final stops, spaces collapsed: how words compare across styles. */
    private static String comparable(String s) {
        String t = SPACES.matcher(QUOTES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
        while (t.endsWith(",") || t.endsWith(".")) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    /** The rendering from character {@code offset} on, with its formatting. */
    static RichText from(RichText text, int offset) {
        List<Span> out = new ArrayList<>();
        int pos = 0;
        for (Span s : text.spans()) {
            int end = pos + s.text().length();
            if (end > offset) out.add(s.withText(s.text().substring(Math.max(0, offset - pos))));
            pos = end;
        }
        return RichText.of(out);
    }

    /** Parentheses inside a parenthesis become square brackets (Chicago 6.101). */
    static RichText nestedBrackets(RichText text) {
        List<Span> out = new ArrayList<>();
        for (Span s : text.spans()) out.add(s.withText(s.text().replace('(', '[').replace(')', ']')));
        return RichText.of(out);
    }

    /**
     * The author and title of {@code item} when {@code before} names both (the family name of an author or editor
     * and the title's first words), else null.
     */
    static String namesWork(String before, CSLItemData item) {
        if (item == null || item.getTitle() == null) return null;
        String seen = comparable(before);
        String title = item.getTitle().split("[:.?!(\\[]")[0];
        String[] words = comparable(title).split(" ");
        String lead = String.join(" ", Arrays.copyOf(words, Math.min(3, words.length)));
        if (lead.isBlank() || !seen.contains(lead)) return null;
        List<CSLName> names = new ArrayList<>();
        if (item.getAuthor() != null) names.addAll(List.of(item.getAuthor()));
        if (item.getEditor() != null) names.addAll(List.of(item.getEditor()));
        for (CSLName n : names) {
            String family = n.getFamily() != null ? n.getFamily() : n.getLiteral();
            if (family != null && seen.matches("(?s).*\\b" + Pattern.quote(comparable(family)) + "\\b.*")) {
                return family + ", “" + title.strip() + "”";
            }
        }
        return null;
    }
}
