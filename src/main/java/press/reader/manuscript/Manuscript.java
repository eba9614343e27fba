package press.reader.manuscript;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed and checked manuscript: everything later stages need, with source positions for messages.
 *
 * @param apparatus what the apparatus features' files were read into, by file ({@link #apparatus(ApparatusFile)})
 * @param back the editor's back-matter pieces (appendices, afterword...), in the order of book.yaml
 */
public record Manuscript(
        Path root,
        BookConfig config,
        List<Piece> front,
        List<Piece> essays,
        Map<String, Piece> headnotes,
        Map<ApparatusFile<?>, Object> apparatus,
        Optional<Path> bibliography,
        List<Piece> back) {

    public List<Piece> allPieces() {
        List<Piece> all = new ArrayList<>(front);
        all.addAll(essays);
        all.addAll(back);
        all.addAll(headnotes.values());
        return all;
    }

    /**
     * What the apparatus file {@code file} was read into (the glossary's entries, the chronology's events), or its
     * {@link ApparatusFile#none()} when the manuscript has no such file or the reader was not told of it.
     */
    @SuppressWarnings("unchecked")
    public <T> T apparatus(ApparatusFile<T> file) {
        Object read = apparatus.get(file);
        return read == null ? file.none() : (T) read;
    }

    /**
     * The editor's prose in the apparatus files, file by file in the order they were read (an editor's note, a glossary
     * definition, a chronology event): what the checks of the editor's prose read besides the pieces.
     */
    public List<ProseSegment> apparatusProse() {
        return apparatusProse(false);
    }

    /**
     * The editor's prose in the apparatus files that is printed inside the pieces (the editor's notes), where the
     * markers of every piece (the index) read it.
     */
    public List<ProseSegment> apparatusProseInPieces() {
        return apparatusProse(true);
    }

    private List<ProseSegment> apparatusProse(boolean inPiecesOnly) {
        List<ProseSegment> all = new ArrayList<>();
        apparatus.forEach((file, read) -> {
            if (!inPiecesOnly || file.proseInPieces()) all.addAll(file.proseOf(read));
        });
        return all;
    }

    public Optional<Piece> essay(String id) {
        return essays.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
