package press.reader.assemble;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The editor's references to the works an author's note names. The author's note prints the author's words
 * exactly; the references follow them as a phrase of role "editor", which the styles set in brackets, marked as the
 * editor's ("[… — Ed.]").
 */
final class EditorialAddition {
    private EditorialAddition() {}

    /** Appends {@code addition} (or nothing, when null) to the last paragraph of the note {@code fn}. */
    static void appendTo(Element fn, Element addition, DocBook db) {
        if (addition == null) return;
        Element last = null;
        for (Node c = fn.getLastChild(); c != null && last == null; c = c.getPreviousSibling()) {
            if (c instanceof Element e && e.getLocalName().equals("para")) last = e;
        }
        if (last == null) last = db.add(fn, "para");
        db.text(last, " ");
        last.appendChild(addition);
    }
}
