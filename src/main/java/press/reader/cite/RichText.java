package press.reader.cite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Formatted text as a list of {@link Span}s, so that a writer (DocBook, XHTML) can emit it safely with its
 * own escaping; no markup strings cross this boundary. Adjacent spans with the same formatting are merged.
 */
public final class RichText {
    private final List<Span> spans;

    private RichText(List<Span> spans) {
        this.spans = Collections.unmodifiableList(spans);
    }

    public static RichText of(List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            if (s.text().isEmpty()) continue;
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).sameFormatAs(s)) {
                merged.set(last, s.withText(merged.get(last).text() + s.text()));
            } else {
                merged.add(s);
            }
        }
        return new RichText(merged);
    }

    public static RichText plain(String text) {
        return of(List.of(Span.plain(text)));
    }

    public List<Span> spans() {
        return spans;
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** The text without formatting, for tests, logs and alt text. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) sb.append(s.text());
        return sb.toString();
    }

    /**
     * This text with its first letter in upper case. For a citation that opens a footnote: a style's "ibid."
     * or a prefix such as "see" is written in lower case, and only the caller knows where the note begins.
     */
    public RichText capitalizeFirst() {
        List<Span> out = new ArrayList<>(spans);
        for (int i = 0; i < out.size(); i++) {
            String t = out.get(i).text();
            int at = 0;
            while (at < t.length() && !Character.isLetterOrDigit(t.charAt(at))) at++;
            if (at == t.length()) continue;
            String upper = t.substring(0, at) + t.substring(at, at + 1).toUpperCase(Locale.ROOT) + t.substring(at + 1);
            out.set(i, out.get(i).withText(upper));
            break;
        }
        return of(out);
    }

    /** This text with its first {@code length} characters replaced by {@code with}, in the first one's format. */
    public RichText replacePrefix(int length, String with) {
        List<Span> out = new ArrayList<>();
        int left = length;
        for (Span s : spans) {
            if (left <= 0) {
                out.add(s);
            } else if (s.text().length() <= left) {
                if (out.isEmpty()) out.add(s.withText(with));
                left -= s.text().length();
            } else {
                if (out.isEmpty()) out.add(s.withText(with));
                out.add(s.withText(s.text().substring(left)));
                left = 0;
            }
        }
        return of(out);
    }

    /** This text followed by {@code other}. */
    public RichText append(RichText other) {
        List<Span> all = new ArrayList<>(spans);
        all.addAll(other.spans);
        return of(all);
    }

    /** A debugging form with italics as *...*, e.g. {@code Victor Serge, *From Lenin to Stalin*}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            String open = (s.italic() ? "*" : "") + (s.bold() ? "**" : "") + (s.smallCaps() ? "^sc(" : "")
                    + (s.superscript() ? "^(" : "");
            String close = (s.superscript() ? ")" : "") + (s.smallCaps() ? ")" : "") + (s.bold() ? "**" : "")
                    + (s.italic() ? "*" : "");
            sb.append(open).append(s.text()).append(close);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RichText r && r.spans.equals(spans);
    }

    @Override
    public int hashCode() {
        return spans.hashCode();
    }
}
