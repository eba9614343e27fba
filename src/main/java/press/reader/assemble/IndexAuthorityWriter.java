package press.reader.assemble;

import java.util.List;
import org.w3c.dom.Element;
import press.reader.manuscript.IndexHeading;

/**
 * Writes the index's cross-references ("see", "see also") into the index element as DocBook indexterms.
 * The occurrences themselves are the indexterms in the text; the styles group both by heading.
 */
final class IndexAuthorityWriter {
    private final DocBook db;
    private final List<IndexHeading> headings;

    IndexAuthorityWriter(DocBook db, List<IndexHeading> headings) {
        this.db = db;
        this.headings = headings;
    }

    void write(Element index) {
        for (IndexHeading h : headings) {
            if (h.see() == null && h.seeAlso().isEmpty()) continue;
            Element it = db.add(index, "indexterm");
            it.setAttribute("role", "authority");
            db.addText(it, "primary", h.headword());
            if (h.see() != null) db.addText(it, "see", h.see());
            for (String also : h.seeAlso()) db.addText(it, "seealso", also);
        }
    }
}
