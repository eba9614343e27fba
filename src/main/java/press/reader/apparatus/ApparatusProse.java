package press.reader.apparatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.ManuscriptMemo;
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

    /** The essays' searchable text, made once per manuscript and kept with it */
    private static final ManuscriptMemo.Derived<Map<String, String>> ESSAYS =
            ms -> Collections.unmodifiableMap(searchable(ms));

    /**
     * The searchable text of every essay (see {@link PlainText#searchable}), by essay id: made once for a manuscript
     * and kept with it (the checks of the chronology, the glossary, the index and the essays' ids each read it; a
     * build reads its manuscript anew, so a later build never gets an earlier one's text).
     */
    public static Map<String, String> essays(Manuscript ms) {
        return ms.derived(ESSAYS);
    }

    private static Map<String, String> searchable(Manuscript ms) {
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
