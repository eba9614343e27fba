package press.reader.assemble;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.ReservedIds;

/**
 * Book-wide bookkeeping during assembly: ids in use, cross-references to check once everything exists, and the
 * replacers of words in the running text (the citations), which read every piece's text.
 */
public final class BookState {
    record CrossReference(String target, String file, int line) {}

    private final Set<String> ids = new HashSet<>();
    private final List<CrossReference> crossReferences = new ArrayList<>();
    private final Diagnostics diagnostics;
    private final List<TextReplacer> replacers = new ArrayList<>();

    /** The manuscript folder, where figures' image files are (null for a manuscript not read from a folder) */
    private final Path root;

    /** The ids the apparatus features give to the parts they make (their sections'), which the editor may not take */
    private final Set<String> featureIds;
    /** The beginnings of the ids the features' styles derive ({@code index-}), which no id the editor chose may have */
    private final List<String> featurePrefixes;

    BookState(Diagnostics diagnostics) {
        this(diagnostics, null, Set.of(), List.of());
    }

    BookState(Diagnostics diagnostics, Path root, Set<String> featureIds, List<String> featurePrefixes) {
        this.diagnostics = diagnostics;
        this.root = root;
        this.featureIds = Set.copyOf(featureIds);
        this.featurePrefixes = List.copyOf(featurePrefixes);
    }

    Path manuscriptRoot() {
        return root;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Adds a replacer of words in the running text; each reads the words the ones before it left. */
    void replaceWith(TextReplacer replacer) {
        replacers.add(replacer);
    }

    /**
     * A run of running text split by the replacers into plain strings and {@link TextReplacer.Replacement}s, in order
     * (the text alone when there are none).
     */
    List<Object> replace(String text, String file, int line, boolean inNote) {
        List<Object> parts = List.of(text);
        for (TextReplacer r : replacers) {
            if (parts.size() == 1 && parts.get(0) instanceof String whole) {
                parts = r.split(whole, file, line, inNote);   // most runs: nothing replaced before, no list to copy
                continue;
            }
            List<Object> split = new ArrayList<>();
            for (Object part : parts) {
                if (part instanceof String s) split.addAll(r.split(s, file, line, inNote));
                else split.add(part);
            }
            parts = split;
        }
        return parts;
    }

    /** Claims an id. An id the editor chose must be unique; a generated one gets a numeric suffix instead. */
    String uniqueId(String id, String file, int line) {
        String reserved = file.isEmpty() ? null : ReservedIds.reason(id, featureIds, featurePrefixes);
        if (reserved != null && !id.matches(".*-(p|n)\\w+$")) throw UserError.at(file, line, "BP120", reserved);
        if (ids.add(id)) return id;
        if (!file.isEmpty() && !id.contains("--") && !id.matches(".*-(p|n)\\w+$")) {
            throw UserError.at(file, line, "BP120", "duplicate id '" + id + "'");
        }
        for (int i = 2; ; i++) {
            if (ids.add(id + "-" + i)) return id + "-" + i;
        }
    }

    /** Whether {@code id} is taken. */
    public boolean has(String id) {
        return ids.contains(id);
    }

    /** Takes {@code id} before assembly begins (a generated section's, a glossary term's), so no other element gets it. */
    public void reserve(String id) {
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
