package press.reader.manuscript;

import java.util.List;
import java.util.Set;

/**
 * What the build's apparatus features declare to the manuscript reader, which knows none of them by name: the back
 * sections they generate (the names {@code contents.back} may give besides Markdown pieces), the files of the
 * manuscript they read (YAML lists the reader reads with their readers, and files in a form of their own that it finds
 * for them), the keys of book.yaml they own and the ids they give to parts they make, which no piece may take, and the
 * beginnings of the ids their styles derive for what they make ({@code index-…}), which no piece's id may have.
 */
public record FeatureDeclarations(Set<String> sections, List<ApparatusFile<?>> files, List<FoundFile<?>> foundFiles,
                                  List<BookKey<?>> keys, Set<String> reservedIds, List<String> reservedPrefixes) {
    public FeatureDeclarations {
        sections = Set.copyOf(sections);
        files = List.copyOf(files);
        foundFiles = List.copyOf(foundFiles);
        keys = List.copyOf(keys);
        reservedIds = Set.copyOf(reservedIds);
        reservedPrefixes = List.copyOf(reservedPrefixes);
        // a feature owning one of the tool's own keys would parse it besides the tool, and its mistakes be reported twice
        for (BookKey<?> k : keys) {
            if (ManuscriptReader.BOOK_KEYS.contains(k.key())) {
                throw new IllegalArgumentException("a feature may not own book.yaml's '" + k.key() + "': the tool reads it");
            }
        }
    }

    /** Nothing declared: no generated section, no file, no key of book.yaml, no id reserved by a feature. */
    public static final FeatureDeclarations NONE = new FeatureDeclarations(Set.of(), List.of(), List.of(), List.of(),
            Set.of(), List.of());
}
