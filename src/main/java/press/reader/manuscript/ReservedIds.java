package press.reader.manuscript;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids and file names the tool makes for itself, which an id chosen in a manuscript (an essay's file name, a
 * heading's {#id}) must not take: the styles give them to the navigation, the cover, the title pages, the
 * back-matter sections and to elements derived from a division's id, and the EPUB names its files after them
 * ({@code text/cover.xhtml}). A manuscript id equal to one of them made two elements or two files with one name,
 * which the styles then failed on. Kept in step with the ids written by styles/*.xsl and styles/epub/*.xsl. The ids of
 * what an apparatus feature generates (its sections, "chronology", "index"; the parts of its figure; the index's
 * letter groups, {@code index-…}) are not listed here: each feature's maker declares its own, and the reader and the
 * assembler are told them.
 */
public final class ReservedIds {
    private static final Set<String> NAMES = Set.of("nav", "ncx", "toc", "toc-title", "css", "cover", "cover-image",
            "titlepage", "title-page", "half-title", "title", "subtitle", "contents", "landmarks", "page-list",
            "book-id", "print-source", "package", "mimetype");
    /** Ids the styles derive from others: {@code X-title}, {@code X-h}, {@code X--end}, {@code page-N}, ... */
    private static final Pattern DERIVED = Pattern.compile(
            ".*-title|.*-h|.*--end|page-.*|part-\\d+|call-.*|np-.*|font-\\d+|editor\\d+|author\\d+");
    /** A generated file name ({@code <id>.xhtml}) must stay well within the 255 bytes of common file systems. */
    public static final int MAX_LENGTH = 100;

    private ReservedIds() {}

    /**
     * Why {@code id} cannot be used, or null when it can; {@code featureIds}: the ids the apparatus features reserve,
     * {@code featurePrefixes}: the beginnings of the ids their styles derive ({@code index-}).
     */
    public static String reason(String id, Set<String> featureIds, List<String> featurePrefixes) {
        String lower = id.toLowerCase(Locale.ROOT);
        if (NAMES.contains(lower) || featureIds.contains(lower)) {
            return "'" + id + "' is a name the tool gives to a part it makes itself (navigation, cover, title page, "
                    + "back matter); choose another";
        }
        if (DERIVED.matcher(id).matches() || featurePrefixes.stream().anyMatch(id::startsWith)) {
            StringBuilder forms = new StringBuilder("…-title, …-h, page-…, call-…");
            for (String prefix : featurePrefixes) forms.append(", ").append(prefix).append('…');
            return "'" + id + "' has the form of an id the styles derive for their own elements (" + forms
                    + "); choose another";
        }
        if (id.length() > MAX_LENGTH) return "the id '" + id.substring(0, 20) + "…' is longer than " + MAX_LENGTH + " characters";
        return null;
    }
}
