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
 * @param settings what the keys of book.yaml the features own were read into, by key ({@link #setting(BookKey)})
 * @param found what the features found of the files they read themselves, by file ({@link #found(FoundFile)})
 * @param back the editor's back-matter pieces (appendices, afterword...), in the order of book.yaml
 * @param memo what is made from it once and read by several checks ({@link #derived})
 */
public record Manuscript(
        Path root,
        BookConfig config,
        List<Piece> front,
        List<Piece> essays,
        Map<String, Piece> headnotes,
        Map<ApparatusFile<?>, Object> apparatus,
        Map<BookKey<?>, Object> settings,
        Map<FoundFile<?>, Object> found,
        List<Piece> back,
        ManuscriptMemo memo) {
    /** {@code memo}: null for a new one; never another manuscript's (it would serve what was made of that one). */
    public Manuscript {
        if (memo == null) memo = new ManuscriptMemo();
    }

    /**
     * What {@code what} makes of this manuscript, made on first asking and then kept with it (the essays' searchable
     * text, read by four checks).
     */
    public <T> T derived(ManuscriptMemo.Derived<T> what) {
        return memo.get(what, this);
    }

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
     * What the feature's key {@code key} of book.yaml was read into (the citation style, the chronology's note), or its
     * {@link BookKey#none()} when the reader was not told of it.
     */
    @SuppressWarnings("unchecked")
    public <T> T setting(BookKey<T> key) {
        Object read = settings.get(key);
        return read == null ? key.none() : (T) read;
    }

    /** What the feature found of its file {@code file} (the bibliography), or its {@link FoundFile#none()}. */
    @SuppressWarnings("unchecked")
    public <T> T found(FoundFile<T> file) {
        Object read = found.get(file);
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
