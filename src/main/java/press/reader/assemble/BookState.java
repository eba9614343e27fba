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

    /** The manuscript folder; what is assembled from its files (a figure's image) is read outside the book's text. */
    Path manuscriptRoot() {
        if (recording != null) recording.readsFiles = true;
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
        String given = claim(id, file, line);
        if (recording != null) recording.reads.add(new Claim(id, file, line, given));
        return given;
    }

    private String claim(String id, String file, int line) {
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
        boolean taken = ids.contains(id);
        if (recording != null) recording.reads.add(new Probe(id, taken));
        return taken;
    }

    /** Takes {@code id} before assembly begins (a generated section's, a glossary term's), so no other element gets it. */
    public void reserve(String id) {
        ids.add(id);
    }

    void crossReference(String target, String file, int line) {
        CrossReference x = new CrossReference(target, file, line);
        crossReferences.add(x);
        if (recording != null) recording.reads.add(x);
    }

    /**
     * What one chapter's assembly asked of the book's ids and told it, in order: each id claimed ({@link Claim}, with
     * the id it was given), each id asked about ({@link Probe}), each cross-reference ({@link CrossReference}). A
     * later build that reuses the chapter replays it ({@link #replay}): the ids taken before the chapter are the
     * only state of the book the chapter's assembly reads here.
     */
    static final class Recording {
        final List<Object> reads = new ArrayList<>();
        /** Whether the chapter read the manuscript's files besides its text (a figure's image): it cannot be kept. */
        boolean readsFiles;
    }

    record Claim(String id, String file, int line, String given) {}

    record Probe(String id, boolean taken) {}

    private Recording recording;

    /** Starts recording what the chapter assembled next reads and tells ({@link Recording}). */
    void record() {
        recording = new Recording();
    }

    /** Stops recording; what was recorded since {@link #record}. */
    Recording recorded() {
        Recording r = recording;
        recording = null;
        return r;
    }

    /**
     * Replays a kept chapter's {@code reads}: claims its ids again, asks again what it asked, adds its cross-references,
     * when every claim is given the id it was given then and every question has the answer it had (the ids taken
     * before it are, as far as it reads them, the same). Otherwise leaves the book as it was and returns false: the
     * chapter must be assembled again (an id of its own taken now by a chapter before it, say).
     */
    boolean replay(List<Object> reads) {
        List<String> claimed = new ArrayList<>();
        List<CrossReference> refs = new ArrayList<>();
        boolean same = true;
        for (Object r : reads) {
            if (r instanceof Claim c) {
                String given;
                try {
                    given = claim(c.id(), c.file(), c.line());
                } catch (UserError e) {
                    same = false;
                    break;
                }
                claimed.add(given);
                if (!given.equals(c.given())) {
                    same = false;
                    break;
                }
            } else if (r instanceof Probe p) {
                if (ids.contains(p.id()) != p.taken()) {
                    same = false;
                    break;
                }
            } else {
                refs.add((CrossReference) r);
            }
        }
        if (!same) {
            ids.removeAll(claimed);
            return false;
        }
        crossReferences.addAll(refs);
        return true;
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
