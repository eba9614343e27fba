package press.reader.apparatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;
import press.reader.manuscript.ProseSegment;

/**
 * Every piece of the editor's prose in a manuscript, each with its file and first line: the front matter, the
 * headnotes, and the prose of the apparatus files their features declare (a note, a definition, an event).
 */
public final class ApparatusProse {
    private ApparatusProse() {}

    public static List<ProseSegment> of(Manuscript ms) {
        List<ProseSegment> all = new ArrayList<>();
        for (Piece p : ms.front()) all.add(new ProseSegment(p.file(), p.bodyFirstLine(), p.body()));
        for (Piece p : ms.headnotes().values()) all.add(new ProseSegment(p.file(), p.bodyFirstLine(), p.body()));
        all.addAll(ms.apparatusProse());
        return all;
    }

    /** The searchable text of every essay (see {@link PlainText#searchable}), by essay id. */
    public static Map<String, String> essays(Manuscript ms) {
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
