package press.reader.cite;

import java.util.List;

/**
 * The cites found at one place in the text: a bracketed group {@code [see @a, 140; @b]} or one in-text
 * {@code @key} / {@code @key [22]}. {@code start}/{@code end} cover the whole written form, so the caller
 * can replace exactly that part of the string with the rendered citation.
 */
public record CitationCluster(List<CiteItem> items, int start, int end, boolean inText) {
    public CitationCluster {
        items = List.copyOf(items);
    }
}
