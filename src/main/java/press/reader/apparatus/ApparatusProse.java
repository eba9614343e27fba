package press.reader.apparatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.reader.manuscript.EditorNote;
import press.reader.manuscript.GlossaryEntry;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;
import press.reader.manuscript.TimelineEvent;

/** Every piece of the editor's prose in a manuscript, in book order, each with its file and first line. */
final class ApparatusProse {
    private ApparatusProse() {}

    static List<ProseSegment> of(Manuscript ms) {
        List<ProseSegment> all = new ArrayList<>();
        for (Piece p : ms.front()) all.add(new ProseSegment(p.file(), p.bodyFirstLine(), p.body()));
        for (Piece p : ms.headnotes().values()) all.add(new ProseSegment(p.file(), p.bodyFirstLine(), p.body()));
        for (EditorNote n : ms.editorNotes()) all.add(new ProseSegment(n.file(), n.line(), n.markdown()));
        for (GlossaryEntry g : ms.glossary()) all.add(new ProseSegment(g.file(), g.line(), g.definition()));
        for (TimelineEvent e : ms.timeline()) {
            all.add(new ProseSegment(e.file(), e.line(), e.event()));
            if (e.disagreement() != null) all.add(new ProseSegment(e.file(), e.line(), e.disagreement()));
        }
        return all;
    }

    /** The searchable text of every essay (see {@link PlainText#searchable}), by essay id. */
    static Map<String, String> essays(Manuscript ms) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Piece p : ms.essays()) {
            // what the essay's opening prints besides the body counts too: a standfirst is indexed like the text
            StringBuilder sb = new StringBuilder(PlainText.searchable(p.body()));
            for (String key : List.of("title", "subtitle", "standfirst")) {
                if (p.known(key)) sb.append(" | ").append(PlainText.searchable(p.get(key)));
            }
            texts.put(p.id(), sb.toString());
        }
        return texts;
    }
}
