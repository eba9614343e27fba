package press.reader.publish;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import press.reader.assemble.ApparatusFeatures;
import press.reader.assemble.DocBook;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;
import press.reader.xml.Elements;

/**
 * Combinations the assembled book may hold but the styles cannot typeset, refused at {@code check} with the place
 * in the manuscript that made them, instead of failing later inside a stylesheet (XSL-FO allows no footnote inside
 * a footnote: FOP stopped with "fo:footnote is not a valid child of fo:block", exit 1 after the check passed).
 */
final class TypesettableStructure {
    private TypesettableStructure() {}

    static void check(Document book, Manuscript ms, ApparatusFeatures features, Diagnostics diagnostics) {
        for (Element fn : Elements.of(book.getElementsByTagNameNS(DocBook.NS, "footnote"))) {
            Element outer = enclosingNote(fn);
            if (outer == null) continue;
            // the feature that made the note says where the editor wrote it (an editor's note: its entry in its file)
            ApparatusFeatures.Source source = features.source(ms, fn);
            String what = "editor".equals(fn.getAttribute("role")) ? "an editor's note"
                    : "citation".equals(fn.getAttribute("role")) ? "a citation note" : "a note";
            String inside = "author".equals(outer.getAttribute("role")) ? "an author's note" : "another note";
            String message = what + " falls inside " + inside + " (" + DocBook.id(outer) + "), and a note cannot be "
                    + "printed inside a note; anchor it on words of the text itself, or add it to the note's text";
            if (source != null) diagnostics.error(source.file(), source.line(), "BP133", message);
            else diagnostics.error("", 0, "BP133", message);
        }
    }

    private static Element enclosingNote(Element fn) {
        for (Node n = fn.getParentNode(); n != null; n = n.getParentNode()) {
            if (n instanceof Element e && DocBook.NS.equals(e.getNamespaceURI()) && "footnote".equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
