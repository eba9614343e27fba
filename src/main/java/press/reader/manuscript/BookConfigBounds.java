package press.reader.manuscript;

import java.text.DecimalFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;

/**
 * Sensible bounds for the values of book.yaml, each reported at its key's line: a value the reader accepts as text
 * or a number may still make an absurd or endless book (a trim of 0 or of millions of inches, a signature of 3, a
 * bleed of a thousand inches, a language no library knows). {@code check} refuses them before any layout, so that
 * a manuscript {@code check} passes is one {@code build} can make.
 */
final class BookConfigBounds {
    /** The stock styles' margins, running heads and title pages need at least a small paperback (A6 is 4.1 x 5.8in). */
    static final float MIN_WIDTH_IN = 4;
    static final float MIN_HEIGHT_IN = 5.5f;
    static final float MAX_TRIM_IN = 20;
    static final double MAX_BLEED_IN = 0.5;
    static final double MIN_PAPER_IN = 0.0005;
    static final double MAX_PAPER_IN = 0.01;
    static final int MAX_SIGNATURE = 64;
    static final int MAX_TITLE = 300;
    static final int MAX_NAME = 200;
    static final int MAX_LIST = 50;
    static final int MAX_BLURB = 3000;
    static final int MAX_ADDRESS_LINES = 8;
    static final int MAX_CATALOGUE_LINES = 30;
    static final int MAX_COVER_CREDITS = 10;

    private final YamlFields f;
    private final Diagnostics diagnostics;
    private final String file;

    private BookConfigBounds(YamlFields f, Diagnostics diagnostics) {
        this.f = f;
        this.diagnostics = diagnostics;
        this.file = f.file();
    }

    /** Adds an error (or, for a library fallback, a warning) for each value of {@code c} out of bounds. */
    static void check(YamlFields f, BookConfig c, Diagnostics diagnostics) {
        new BookConfigBounds(f, diagnostics).all(c);
    }

    private void all(BookConfig c) {
        int trimLine = f.has("trim") ? f.lineOf("trim") : 0;
        trim("width", c.trimWidth(), trimLine, MIN_WIDTH_IN);
        trim("height", c.trimHeight(), trimLine, MIN_HEIGHT_IN);
        if (f.has("bleed") && (c.bleedIn() < 0 || c.bleedIn() > MAX_BLEED_IN)) {
            error("bleed", "bleed must be between 0in and " + MAX_BLEED_IN + "in (printers ask for 0.125in or 3mm)");
        }
        if (f.has("paper-thickness") && (c.paperThicknessIn() < MIN_PAPER_IN || c.paperThicknessIn() > MAX_PAPER_IN)) {
            error("paper-thickness", "paper-thickness must be between 0.0005 and 0.01 inches per page (book papers are about 0.002 to 0.004)");
        }
        int s = c.signature();
        if (s != 0 && (s < 4 || s > MAX_SIGNATURE || s % 4 != 0)) {
            error("signature", "signature must be 0 (no padding) or a multiple of 4 up to " + MAX_SIGNATURE
                    + " (folded sheets give 4, 8, 16 or 32 pages), found " + s);
        }
        if (f.has("year") && (c.year() < 1 || c.year() > 9999)) error("year", "year must be from 1 to 9999, found " + c.year());
        language(c.language());
        identifier(c.identifier());
        if (c.imprint().isbns().isEmpty() && !c.isbn().isBlank()) isbn(c.isbn(), f.lineOf("isbn"));
        formatIsbns(c.imprint().isbns());
        publisherAddress(c);
        lines("publisher-address", c.imprint().publisherAddress(), MAX_ADDRESS_LINES, MAX_NAME * 2);
        lines("catalogue", c.imprint().catalogue(), MAX_CATALOGUE_LINES, MAX_BLURB);
        if (c.imprint().coverCredits().size() > MAX_COVER_CREDITS) {
            error("cover-credits", "cover-credits lists " + c.imprint().coverCredits().size() + " lines; at most "
                    + MAX_COVER_CREDITS + " fit on the copyright page");
        }
        for (String credit : c.imprint().coverCredits()) length("cover-credits", credit, MAX_TITLE);
        length("title", c.title(), MAX_TITLE);
        length("subtitle", c.subtitle(), MAX_TITLE);
        length("publisher", c.publisher(), MAX_NAME);
        length("blurb", c.blurb(), MAX_BLURB);
        names("editors", c.editors());
        names("subjects", c.subjects());
        duplicates(c.back());
    }

    /** The one ISBN reader: the cover draws what it returns, so a wrong check digit is refused at its line. */
    private void isbn(String isbn, int line) {
        try {
            Isbn.ean13(isbn, file, line);
        } catch (UserError e) {
            diagnostics.addAll(e.diagnostics());
        }
    }

    /** Each format's ISBN by its check digit; one number for two formats is a mistake (each has its own). */
    private void formatIsbns(List<Imprint.FormatIsbn> isbns) {
        Map<String, String> seen = new HashMap<>();
        for (Imprint.FormatIsbn i : isbns) {
            isbn(i.isbn(), i.line());
            String digits = i.isbn().replaceFirst("(?i)^ISBN(-1[03])?:?\\s*", "").replaceAll("[\\s-]", "");
            String first = seen.putIfAbsent(digits, i.format());
            if (first != null) {
                diagnostics.error(file, i.line(), "BP551", "isbn." + i.format() + " repeats the ISBN of isbn." + first
                        + ": each format of a book has its own ISBN");
            }
        }
    }

    /** An address or a city belongs to a publisher: without one it would be dropped silently. */
    private void publisherAddress(BookConfig c) {
        if (!c.publisher().isBlank()) return;
        for (String key : List.of("publisher-city", "publisher-address")) {
            if (f.has(key) && !f.string(key, "").isBlank()) {
                diagnostics.error(file, f.lineOf(key), "BP552", key + " is printed with the publisher's name, and "
                        + "book.yaml gives no publisher: add publisher, or leave " + key + " out");
            }
        }
    }

    private void lines(String key, String text, int maxLines, int maxChars) {
        if (text.isEmpty()) return;
        long count = text.lines().count();
        if (count > maxLines) error(key, key + " has " + count + " lines; at most " + maxLines + " fit on the copyright page");
        length(key, text, maxChars);
    }

    private void trim(String key, String value, int line, float min) {
        float in = BookConfig.points(value) / 72f;
        if (in < min || in > MAX_TRIM_IN) {
            diagnostics.error(file, line, "BP015", "trim " + key + " must be between " + new DecimalFormat("0.##").format(min) + "in and "
                    + (int) MAX_TRIM_IN + "in, found " + value);
        }
    }

    private void language(String language) {
        String tag = language.strip();
        Locale l = Locale.forLanguageTag(tag);
        if (!tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") || l.getLanguage().isEmpty()
                || !l.toLanguageTag().equalsIgnoreCase(tag)) {
            error("language", "language must be a BCP 47 tag such as en, en-GB or de-AT, found '" + language + "'");
            return;
        }
        if (!f.has("language")) return;
        String csl = LanguageResources.cslLocale(tag);
        if (!csl.equalsIgnoreCase(tag) && !Locale.forLanguageTag(csl).getLanguage().equals(l.getLanguage())) {
            warning("language", "the citation processor has no locale for '" + tag + "': citations use " + csl
                    + " terms and punctuation");
        }
        if (!LanguageResources.hasHyphenation(tag)) {
            warning("language", "no hyphenation patterns for '" + tag + "': the print edition is not hyphenated, "
                    + "so lines break only at spaces");
        }
    }

    private void identifier(String id) {
        if (id.isBlank() || id.length() > MAX_NAME || id.codePoints().anyMatch(cp -> Character.isWhitespace(cp)
                || Character.isISOControl(cp))) {
            error("identifier", "identifier must be one word of at most " + MAX_NAME
                    + " characters without spaces, such as urn:uuid:... or urn:isbn:...");
        }
    }

    private void length(String key, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            error(key, key + " is " + value.codePointCount(0, value.length()) + " characters long; at most " + max
                    + " fit where it is printed");
        }
    }

    private void names(String key, List<String> values) {
        if (values.size() > MAX_LIST) error(key, key + " lists " + values.size() + " names; at most " + MAX_LIST);
        for (String v : values) {
            if (v.codePointCount(0, v.length()) > MAX_NAME) {
                error(key, "an item of " + key + " is " + v.length() + " characters long; at most " + MAX_NAME);
                return;
            }
        }
    }

    private void duplicates(List<BookConfig.Entry> back) {
        Map<String, Integer> seen = new HashMap<>();
        for (BookConfig.Entry e : back) {
            Integer first = seen.putIfAbsent(e.name(), e.line());
            if (first != null) {
                diagnostics.error(file, e.line(), "BP017", "back-matter section '" + e.name()
                        + "' is listed twice: each section is printed once");
            }
        }
    }

    private void error(String key, String message) {
        diagnostics.error(file, f.lineOf(key), "BP015", message);
    }

    private void warning(String key, String message) {
        diagnostics.warning(file, f.lineOf(key), "BP025", message);
    }
}
