package press.reader.assemble;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.ReservedIds;

/** Book-wide bookkeeping during assembly: ids in use and cross-references to check once everything exists. */
final class BookState {
    record CrossReference(String target, String file, int line) {}

    private final Set<String> ids = new HashSet<>();
    private final List<CrossReference> crossReferences = new ArrayList<>();
    private final Diagnostics diagnostics;
    private final CitationWriter citations;

    /** The manuscript folder, where figures' image files are (null for a manuscript not read from a folder) */
    private final Path root;

    BookState(Diagnostics diagnostics, CitationWriter citations) {
        this(diagnostics, citations, null);
    }

    BookState(Diagnostics diagnostics, CitationWriter citations, Path root) {
        this.diagnostics = diagnostics;
        this.citations = citations;
        this.root = root;
    }

    Path manuscriptRoot() {
        return root;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    CitationWriter citations() {
        return citations;
    }

    /** Claims an id. An id the editor chose must be unique; a generated one gets a numeric suffix instead. */
    String uniqueId(String id, String file, int line) {
        String reserved = file.isEmpty() ? null : ReservedIds.reason(id);
        if (reserved != null && !id.matches(".*-(p|n)\\w+$")) throw UserError.at(file, line, "BP120", reserved);
        if (ids.add(id)) return id;
        if (!file.isEmpty() && !id.contains("--") && !id.matches(".*-(p|n)\\w+$")) {
            throw UserError.at(file, line, "BP120", "duplicate id '" + id + "'");
        }
        for (int i = 2; ; i++) {
            if (ids.add(id + "-" + i)) return id + "-" + i;
        }
    }

    boolean has(String id) {
        return ids.contains(id);
    }

    void reserve(String id) {
        ids.add(id);
    }

    void crossReference(String target, String file, int line) {
        crossReferences.add(new CrossReference(target, file, line));
    }

    /** Reports every cross-reference whose target does not exist. */
    void checkCrossReferences() {
        for (CrossReference x : crossReferences) {
            if (!ids.contains(x.target())) {
                diagnostics.error(x.file(), x.line(), "BP121", "cross-reference to '#" + x.target()
                        + "', which is no chapter, heading, figure, table or anchor of this book");
            }
        }
    }
}
