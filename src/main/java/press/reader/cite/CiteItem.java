package press.reader.cite;

import java.util.Objects;

/**
 * One cite of one work, as pandoc reads it: {@code [see @key, p. 22, my emphasis]} has prefix "see",
 * key "key", label "page", locator "22", suffix ", my emphasis".
 *
 * @param key            the bibliography id
 * @param prefix         text before the key ("see"), or ""
 * @param locator        the pinpoint ("22", "140–41"), or "" if none
 * @param label          the CSL locator type ("page", "chapter", "volume", ...); "page" for bare numbers;
 *                       "" when there is no locator
 * @param suffix         text after the locator, as written (", my emphasis"), or ""
 * @param suppressAuthor {@code [-@key]}: the author is already named in the text
 * @param authorInText   {@code @key} written in running text rather than in brackets
 * @param start          offset of this cite in the parsed string (inclusive)
 * @param end            offset just after it
 */
public record CiteItem(String key, String prefix, String locator, String label, String suffix,
                       boolean suppressAuthor, boolean authorInText, int start, int end) {

    public CiteItem {
        Objects.requireNonNull(key);
        prefix = prefix == null ? "" : prefix;
        locator = locator == null ? "" : locator;
        label = label == null || locator.isEmpty() ? "" : label;
        suffix = suffix == null ? "" : suffix;
    }

    /** A plain cite of {@code key}, for callers that build cites themselves (e.g. editor's notes). */
    public static CiteItem of(String key) {
        return new CiteItem(key, "", "", "", "", false, false, 0, 0);
    }

    /** A cite of {@code key} at a page. */
    public static CiteItem atPage(String key, String page) {
        return new CiteItem(key, "", page, "page", "", false, false, 0, 0);
    }

    public boolean hasLocator() {
        return !locator.isEmpty();
    }
}
