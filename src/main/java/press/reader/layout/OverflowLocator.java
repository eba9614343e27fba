package press.reader.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.reader.manuscript.BookConfig;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;

/**
 * Places a FOP overflow warning in the manuscript: the id of the paragraph or division it happened in (from the
 * formatting objects) gives the piece of the manuscript it came from, and the page map gives the page it is printed
 * on, so the editor reads "essays/alpha.md: warning: ... (paragraph alpha-p3, page 7)" instead of an FO position.
 */
public final class OverflowLocator {
    /** Where a warning belongs: a manuscript file (or "") and words saying where in the book. */
    public record Place(String file, String where) {}

    /** The manuscript file each generated back section is written from, as the apparatus features declare them */
    private final Map<String, String> sectionFiles;
    private final Manuscript ms;
    private final PageMap map;

    public OverflowLocator(Manuscript ms, PageMap map, Map<String, String> sectionFiles) {
        this.ms = ms;
        this.map = map;
        this.sectionFiles = sectionFiles;
    }

    /** @param id the id around the overflow, or null; @param folio the folio of the page it names, or null */
    public Place locate(String id, String folio) {
        PageMap.Page page = id == null ? null : map.page(id);
        if (page == null && folio != null) {
            page = map.all().values().stream().filter(p -> p.folio().equals(folio)).findFirst().orElse(null);
        }
        String file = id == null ? null : pieceFile(id);
        if (file == null && id != null) {
            for (BookConfig.Entry e : ms.config().back()) {
                if (id.equals(e.name()) || id.startsWith(e.name() + "-")) file = sectionFiles.get(e.name());
            }
        }
        if (file == null && page != null) file = divisionFile(page.index());
        String at = id != null ? "at " + id : "";
        String on = page == null ? "" : "page " + page.folio() + " (sheet " + page.index() + ")";
        String where = at.isEmpty() && on.isEmpty() ? "" : " (" + at + (at.isEmpty() || on.isEmpty() ? "" : ", ") + on + ")";
        return new Place(file == null ? "" : file, where);
    }

    /** The piece whose id the element's id starts with (paragraphs are "alpha-p3", notes "alpha-n1", ...). */
    private String pieceFile(String id) {
        String best = null;
        int bestLength = -1;
        List<Piece> pieces = new ArrayList<>(ms.allPieces());
        for (Piece p : pieces) {
            for (String pid : List.of(p.id(), "headnote-" + p.id())) {
                if ((id.equals(pid) || id.startsWith(pid + "-")) && pid.length() > bestLength) {
                    best = p.file();
                    bestLength = pid.length();
                }
            }
        }
        return best;
    }

    /** The file of the division (a piece, or the apparatus file of a back-matter section) printed on that sheet. */
    private String divisionFile(int sheet) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Piece p : ms.front()) files.put(p.id(), p.file());
        for (Piece p : ms.essays()) files.put(p.id(), p.file());
        for (Piece p : ms.back()) files.put(p.id(), p.file());
        for (BookConfig.Entry e : ms.config().back()) files.put(e.name(), sectionFiles.get(e.name()));
        String file = null;
        int opening = -1;
        for (var e : files.entrySet()) {
            PageMap.Page p = map.page(e.getKey());
            if (p != null && p.index() <= sheet && p.index() > opening) {
                file = e.getValue();
                opening = p.index();
            }
        }
        return file;
    }
}
