package press.reader.manuscript;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.Yaml.Value;

/**
 * A YAML file of the manuscript that an apparatus feature reads (editor-notes.yaml, timeline.yaml, glossary.yaml,
 * index.yaml; a gazetteer's gazetteer.yaml), declared by the feature and read by the manuscript reader with the rest
 * of the manuscript, so that one run reports a mistake in each file. The file is a list of entries, each read by the
 * feature's {@link EntriesReader} (with {@code YamlFields}, its mistakes at their file and line); the feature, its
 * checks and later stages find what was read with {@link Manuscript#apparatus(ApparatusFile)}. One object per file:
 * the feature keeps it as a constant, and it is the key of what was read.
 *
 * @param <T> what the file is read into (a list of the feature's entries)
 */
public final class ApparatusFile<T> {
    /** Reads the file's entries, in order; a mistake is a {@link UserError}, a doubt a warning in {@code diagnostics}. */
    public interface EntriesReader<T> {
        T read(List<Value> entries, Diagnostics diagnostics);
    }

    private final String name;
    private final String section;
    private final T none;
    private final EntriesReader<T> reader;
    /** The editor's prose in what was read (a definition, an event), for the checks of that prose */
    private final Function<T, List<ProseSegment>> prose;
    private final boolean proseInPieces;

    private ApparatusFile(String name, String section, T none, EntriesReader<T> reader,
                          Function<T, List<ProseSegment>> prose, boolean proseInPieces) {
        this.name = Objects.requireNonNull(name);
        this.section = section;
        this.none = Objects.requireNonNull(none);
        this.reader = Objects.requireNonNull(reader);
        this.prose = Objects.requireNonNull(prose);
        this.proseInPieces = proseInPieces;
    }

    /**
     * The file {@code name}, read by {@code reader}; {@code none} stands for it when it is absent or empty. A book
     * whose {@code contents.back} names {@code section} (null: none) must have it.
     */
    public static <T> ApparatusFile<T> of(String name, String section, T none, EntriesReader<T> reader) {
        return new ApparatusFile<>(name, section, none, reader, read -> List.of(), false);
    }

    /**
     * This file, its entries holding the editor's prose {@code prose} finds (a definition, an event), which the checks
     * of the editor's prose read with the rest of it ({@link Manuscript#apparatusProse}); {@code inPieces} when that
     * prose is printed inside the pieces, where every piece's markers (the index) read it, as an editor's note is.
     */
    public ApparatusFile<T> withProse(Function<T, List<ProseSegment>> prose, boolean inPieces) {
        return new ApparatusFile<>(name, section, none, reader, prose, inPieces);
    }

    /** The file's name in the manuscript folder. */
    public String name() {
        return name;
    }

    /** The generated section that needs the file, or null. */
    public String section() {
        return section;
    }

    /** What stands for the file when it is absent, empty, or was not read. */
    public T none() {
        return none;
    }

    /** Reads the file of {@code reader}'s manuscript; {@code required} when {@code contents.back} names its section. */
    T read(ManuscriptReader manuscript, boolean required, int sectionLine) {
        Value root = manuscript.readYamlFile(name);
        if (root == null) {
            if (required) throw UserError.at("book.yaml", sectionLine, "BP001",
                    "the back-matter section '" + section + "' needs " + name + ", which is not in the manuscript folder");
            return none;
        }
        if (root instanceof Yaml.Mapping m && m.entries().isEmpty()) return none;
        if (!(root instanceof Yaml.Sequence seq)) {
            throw UserError.at(name, root.line(), "BP012", name + " must be a list of entries");
        }
        T read = reader.read(seq.items(), manuscript.diagnostics());
        if (section != null && !required && !seq.items().isEmpty()) notPrinted(seq, manuscript.diagnostics());
        return read;
    }

    /**
     * Tells the editor once that this file's section is not printed, as {@code contents.back} does not name it: what
     * the editor wrote in it is in no edition (the feature links nothing to a section the book leaves out), and
     * nothing may be lost without a word. Said here, where every feature's file is read, for every feature with a
     * section (a file read for more than its section, as the bibliography is for the citations, is no apparatus file).
     */
    private void notPrinted(Yaml.Sequence entries, Diagnostics diagnostics) {
        int n = entries.items().size();
        diagnostics.warning(name, entries.items().get(0).line(), "BP591", name + " is not printed: book.yaml's "
                + "contents.back names no '" + section + "', so its " + n + (n == 1 ? " entry is" : " entries are")
                + " in no edition; add '" + section + "' to contents.back to print it, or remove " + name);
    }

    /** The editor's prose in {@code read}, what this file was read into. */
    @SuppressWarnings("unchecked")
    List<ProseSegment> proseOf(Object read) {
        return prose.apply((T) read);
    }

    /** Whether its prose is printed inside the pieces (an editor's note), not in a section of its own. */
    boolean proseInPieces() {
        return proseInPieces;
    }

    @Override
    public String toString() {
        return name;
    }
}
