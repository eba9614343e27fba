package press.reader.manuscript;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A file of the manuscript that an apparatus feature reads itself, in a form of its own (the citations' bibliography,
 * CSL-JSON or BibTeX, read by the citation processor), and that the manuscript reader finds with the rest of the
 * manuscript, after every other file is read: a name that leaves the folder (a symbolic link out) or a mistake in
 * what is there (two bibliographies) stops the read like any other. The feature's {@link Finder} says what it found;
 * the feature and its checks get it with {@link Manuscript#found(FoundFile)}.
 *
 * @param <T> what the feature makes of what it found (the bibliography's path, if any)
 */
public final class FoundFile<T> {
    /** Finds the feature's file among {@code present}'s; a mistake is a {@link press.reader.diagnostics.UserError}. */
    public interface Finder<T> {
        T find(Present present);
    }

    /** The manuscript's file of a name, checked to be inside its folder, if it is there. */
    public interface Present {
        Optional<Path> file(String name);
    }

    private final List<String> names;
    private final T none;
    private final Finder<T> finder;

    private FoundFile(List<String> names, T none, Finder<T> finder) {
        this.names = List.copyOf(names);
        this.none = Objects.requireNonNull(none);
        this.finder = Objects.requireNonNull(finder);
    }

    /**
     * The file found by {@code finder} among the names {@code names} (which the check of the fonts reads too);
     * {@code none} stands for it when the reader was not told of it.
     */
    public static <T> FoundFile<T> of(List<String> names, T none, Finder<T> finder) {
        return new FoundFile<>(names, none, finder);
    }

    /** The names it may have in the manuscript folder. */
    public List<String> names() {
        return names;
    }

    /** What stands for it when the manuscript reader was not told of it. */
    public T none() {
        return none;
    }

    /**
     * What its feature finds in the manuscript folder {@code root}, as the manuscript reader finds it (a name that leaves
     * the folder is a {@link press.reader.diagnostics.UserError}): for a verb that reads no whole manuscript, such as
     * {@code import}, which reads the bibliography beside the essays it writes.
     */
    public T findIn(Path root) {
        return finder.find(name -> {
            Path p = ManuscriptPaths.inside(root, name, name, 0);
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        });
    }

    @Override
    public String toString() {
        return String.join("|", names);
    }
}
