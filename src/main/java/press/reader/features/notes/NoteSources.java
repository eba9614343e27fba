package press.reader.features.notes;

import java.util.regex.Pattern;
import org.w3c.dom.Element;
import press.reader.assemble.ApparatusFeatures;
import press.reader.assemble.DocBook;
import press.reader.assemble.Slugs;
import press.reader.manuscript.Manuscript;

/**
 * Where the editor wrote an editor's note that the book document holds as a footnote of role "editor": its entry in
 * the notes' file, found by the footnote's id, which {@link EditorNoteMarker} makes from the essay and the note's words
 * (chapter-ed&lt;slug of its words&gt;, with a number after it when the id was taken).
 */
final class NoteSources {
    private NoteSources() {}

    static ApparatusFeatures.Source locate(Manuscript ms, Element made) {
        if (!"editor".equals(made.getAttribute("role"))) return null;
        String id = DocBook.id(made);
        if (id == null) return null;
        // the note whose id it is as made first: "alpha-edpetrograd-2" is the note at "Petrograd 2" when there is one,
        // and only otherwise a later note at "Petrograd" (whose id took a number because the first had it)
        ApparatusFeatures.Source numbered = null;
        for (EditorNote n : ms.apparatus(EditorNotesFile.FILE)) {
            String stem = n.chapter() + "-ed" + Slugs.slug(n.at());
            if (id.equals(stem)) return new ApparatusFeatures.Source(n.file(), n.line());
            if (numbered == null && id.matches(Pattern.quote(stem) + "-\\d+")) {
                numbered = new ApparatusFeatures.Source(n.file(), n.line());
            }
        }
        return numbered;
    }
}
