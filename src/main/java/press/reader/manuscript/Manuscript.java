package press.reader.manuscript;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed and checked manuscript: everything later stages need, with source positions for messages.
 *
 * @param back the editor's back-matter pieces (appendices, afterword...), in the order of book.yaml
 */
public record Manuscript(
        Path root,
        BookConfig config,
        List<Piece> front,
        List<Piece> essays,
        Map<String, Piece> headnotes,
        List<EditorNote> editorNotes,
        List<GlossaryEntry> glossary,
        List<TimelineEvent> timeline,
        List<IndexHeading> index,
        Optional<Path> bibliography,
        List<Piece> back) {

    public List<Piece> allPieces() {
        List<Piece> all = new ArrayList<>(front);
        all.addAll(essays);
        all.addAll(back);
        all.addAll(headnotes.values());
        return all;
    }

    public Optional<Piece> essay(String id) {
        return essays.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
