package press.reader.features.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import press.reader.assemble.DocBook;
import press.reader.manuscript.TitleMarks;

/**
 * Writes the index's cross-references ("see", "see also") into the index element as DocBook indexterms.
 * The occurrences themselves are the indexterms in the text; the styles group both by heading.
 * A cross-reference is written as its target heading is (a periodical's title in italic, wherever it is named),
 * whether or not the editor marked the title again in the "see also" list.
 */
final class IndexAuthorityWriter {
    private final DocBook db;
    private final List<IndexHeading> headings;
    private final Map<String, String> headwordByPlain = new HashMap<>();

    IndexAuthorityWriter(DocBook db, List<IndexHeading> headings) {
        this.db = db;
        this.headings = headings;
        for (IndexHeading h : headings) headwordByPlain.putIfAbsent(TitleMarks.plain(h.headword()).strip(), h.headword());
    }

    void write(Element index) {
        for (IndexHeading h : headings) {
            if (h.see() == null && h.seeAlso().isEmpty()) continue;
            Element it = db.add(index, "indexterm");
            it.setAttribute("role", "authority");
            db.addMarked(it, "primary", h.headword());
            if (h.see() != null) db.addMarked(it, "see", asHeading(h.see()));
            for (String also : h.seeAlso()) db.addMarked(it, "seealso", asHeading(also));
        }
    }

    private String asHeading(String reference) {
        return headwordByPlain.getOrDefault(TitleMarks.plain(reference).strip(), reference);
    }
}
