package press.reader.features.citations;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import press.reader.cite.Bibliography;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.FoundFile;

/**
 * The book's sources: bibliography.json (CSL-JSON) or bibliography.bib (BibTeX, as pandoc books keep them), found with
 * the manuscript and read by the citation processor; both is a mistake (BP568), none a book without citations. Its
 * entries are the works the feature lists for the fidelity check of an import ({@link #works}).
 */
final class BibliographyFile {
    private BibliographyFile() {}

    static final FoundFile<Optional<Path>> FILE = FoundFile.of(List.of("bibliography.json", "bibliography.bib"),
            Optional.empty(), present -> {
                Optional<Path> json = present.file("bibliography.json");
                Optional<Path> bib = present.file("bibliography.bib");
                if (json.isPresent() && bib.isPresent()) {
                    throw UserError.at("bibliography.bib", 0, "BP568", "the manuscript has both bibliography.json and "
                            + "bibliography.bib: keep one (the book's sources must be in one place)");
                }
                return json.isPresent() ? json : bib;
            });

    /**
     * The entries of the bibliography in the manuscript folder {@code root}, each entry's fields as the one reader of
     * the book's sources ({@code cite/Bibliography}) reads them; none without a bibliography, or when it cannot be
     * found (two of them, BP568; a link out of the folder) or read: the read of the manuscript and the citations report
     * that, at their places, so the fidelity check, which reads the entries' words only, says nothing of it.
     */
    static List<Map<String, Object>> works(Path root) {
        Optional<Path> file;
        try {
            file = FILE.findIn(root);
        } catch (UserError e) {
            return List.of();
        }
        if (file.isEmpty()) return List.of();
        return Bibliography.load(file.get(), file.get().getFileName().toString(), new Diagnostics()).entries();
    }
}
