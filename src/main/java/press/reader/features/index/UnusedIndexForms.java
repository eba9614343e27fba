package press.reader.features.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import press.reader.apparatus.ApparatusProse;
import press.reader.apparatus.PlainText;
import press.reader.apparatus.UnusedForms;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;
import press.reader.manuscript.ProseSegment;

/**
 * An index form that occurs nowhere in the book (BP153), heading by heading and subentry by subentry; a heading that
 * is only a "see" is not looked for. A check of the index's, run before assembly with the other manuscript checks (its
 * maker registers it).
 */
final class UnusedIndexForms {
    private UnusedIndexForms() {}

    static final String CODE = "BP153";

    static void check(Manuscript ms, Diagnostics d) {
        List<String> forms = new ArrayList<>();
        for (IndexHeading h : ms.apparatus(IndexFile.FILE)) formsOf(h, forms);
        Set<String> found = PlainText.phrasesIn(wholeBook(ms), forms);
        for (IndexHeading h : ms.apparatus(IndexFile.FILE)) checkHeading(d, h, h.headword(), found);
    }

    private static void formsOf(IndexHeading h, List<String> forms) {
        forms.addAll(h.forms());
        for (IndexHeading sub : h.subentries()) formsOf(sub, forms);
    }

    private static void checkHeading(Diagnostics d, IndexHeading h, String name, Set<String> found) {
        if (h.see() == null) UnusedForms.report(d, h.file(), h.line(), CODE, "index heading '" + name + "'", "nowhere in the book", h.forms(), h.forms(), found);
        for (IndexHeading sub : h.subentries()) checkHeading(d, sub, name + ", " + sub.headword(), found);
    }

    /** The index covers the essays and the editor's introduction, headnotes and the prose printed in them (notes). */
    private static String wholeBook(Manuscript ms) {
        StringBuilder sb = new StringBuilder(String.join(" ", ApparatusProse.essays(ms).values()));
        for (Piece p : ms.front()) sb.append(' ').append(PlainText.searchable(p.body()));
        for (Piece p : ms.headnotes().values()) sb.append(' ').append(PlainText.searchable(p.body()));
        for (ProseSegment s : ms.apparatusProseInPieces()) sb.append(' ').append(PlainText.searchable(s.text()));
        return sb.toString();
    }
}
