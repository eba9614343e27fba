package press.reader.proof;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.UserError;

/**
 * A range of pages as the user writes it, numbered from 1 like the PDF viewer: {@code 5}, {@code 1-20},
 * {@code 30-} (to the end) or {@code -12} (from the start). Both ends are inclusive.
 *
 * @param first first page, from 1
 * @param last  last page, or {@link Integer#MAX_VALUE} for "to the end"
 */
public record PageRange(int first, int last) {
    private static final Pattern SYNTAX = Pattern.compile("\\s*(\\d*)\\s*(-?)\\s*(\\d*)\\s*");

    public static PageRange all() {
        return new PageRange(1, Integer.MAX_VALUE);
    }

    /** Parses the user's text; a mistake is a {@link UserError} that says what is wrong and what is expected. */
    public static PageRange parse(String text) {
        if (text == null || text.isBlank()) throw error(String.valueOf(text), "no pages given");
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches() || (m.group(1).isEmpty() && m.group(3).isEmpty())
                || (m.group(2).isEmpty() && m.group(3).length() > 0)) {
            throw error(text, "not a page or a range");
        }
        int first = m.group(1).isEmpty() ? 1 : number(text, m.group(1));
        int last = m.group(2).isEmpty() ? first : m.group(3).isEmpty() ? Integer.MAX_VALUE : number(text, m.group(3));
        if (first < 1 || last < 1) throw error(text, "pages are numbered from 1");
        if (first > last) throw error(text, "the range is backwards (" + first + " comes after " + last + ")");
        return new PageRange(first, last);
    }

    /** This range cut to a document of {@code pageCount} pages; an error if it starts after the last page. */
    public PageRange within(int pageCount) {
        if (first > pageCount) {
            throw new UserError(Diagnostic.error("", 0, ProofCodes.BAD_PAGE_RANGE,
                    "--pages " + this + ": the PDF has only " + pageCount + " page" + (pageCount == 1 ? "" : "s")));
        }
        return new PageRange(first, Math.min(last, pageCount));
    }

    /** Whether the page with this 0-based index (as PDFBox counts) is in the range. */
    public boolean containsIndex(int index) {
        return index + 1 >= first && index + 1 <= last;
    }

    @Override
    public String toString() {
        if (first == last) return Integer.toString(first);
        return first + "-" + (last == Integer.MAX_VALUE ? "" : Integer.toString(last));
    }

    private static int number(String text, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw error(text, "the number " + digits + " is too large");
        }
    }

    private static UserError error(String text, String problem) {
        return new UserError(Diagnostic.error("", 0, ProofCodes.BAD_PAGE_RANGE,
                "--pages " + text.strip() + ": " + problem + "; write a page (5) or a range (1-20, 30-, -12), counting from 1"));
    }
}
