package press.reader.features.citations;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.FoundFile;

/**
 * The book's sources: bibliography.json (CSL-JSON) or bibliography.bib (BibTeX, as pandoc books keep them), found with
 * the manuscript and read by the citation processor; both is a mistake (BP568), none a book without citations.
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
}
