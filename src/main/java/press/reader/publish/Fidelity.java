package press.reader.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import press.reader.assemble.ApparatusFeatures;
import press.reader.importing.Bibliography;
import press.reader.importing.CleanResult;
import press.reader.importing.FidelityCheck;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.ManuscriptPaths;
import press.reader.manuscript.Piece;
import press.reader.memo.Lru;

/**
 * The fidelity of every essay that names a source to its capture, computed once per content and shared: the
 * manuscript check reports its differences, and the cleanup report shows them beside the cleaning. Re-cleaning a
 * capture takes time, so a result is kept (a warm part of the {@link Workshop}), keyed by the hash of everything it
 * reads: the essay, its capture, the rules and the works the book's features list (the citations' bibliography, read
 * by its feature), whose words a citation that replaced a parenthetical reference is compared with.
 */
public final class Fidelity implements BookBuilder.ManuscriptCheck {
    /** One essay's fidelity; {@code checked.fresh()} is null when its capture could not be cleaned. */
    public record Essay(Piece piece, FidelityCheck.Checked checked) {}

    private static final int KEPT = 256;
    private final Map<String, FidelityCheck.Checked> results = Lru.synchronizedMap(KEPT);
    private final ApparatusFeatures features;

    /** The check of the manuscripts of a build with {@code features}, whose listed works a citation is compared with. */
    public Fidelity(ApparatusFeatures features) {
        this.features = features;
    }

    /**
     * Captures as the rules clean them, by everything the cleaning reads (the rules file, the capture as read, the
     * source's name): an edited essay is checked again, but its capture, which the edit did not change, is not
     * cleaned again (the cleaning was most of the check).
     */
    private final Map<String, CleanResult> cleaned = Lru.synchronizedMap(KEPT);
    private int cleanings;

    /** How many captures this check has cleaned (the others came from its memory), for the tests. */
    int cleanings() {
        return cleanings;
    }

    /** The results of the last check, for the cleanup report of the same build (the same manuscript object). */
    private volatile LastCheck last;

    private record LastCheck(Manuscript manuscript, List<Essay> essays) {}

    /** Every essay imported from a capture must keep every word of it (nothing lost, nothing reworded). */
    @Override
    public void check(Manuscript manuscript, Diagnostics diagnostics) {
        List<Essay> essays = compute(manuscript);
        last = new LastCheck(manuscript, essays);
        for (Essay e : essays) diagnostics.addAll(e.checked().diagnostics());
    }

    /**
     * The essays that name a source, in the order of the contents, each checked against its capture: those the check
     * of this manuscript found, not read again.
     */
    public List<Essay> of(Manuscript manuscript) {
        LastCheck l = last;
        return l != null && l.manuscript() == manuscript ? l.essays() : compute(manuscript);
    }

    private List<Essay> compute(Manuscript manuscript) {
        List<Essay> essays = new ArrayList<>();
        List<Map<String, ?>> works = null;
        String worksRead = null;
        Bibliography bibliography = null;
        for (Piece essay : manuscript.essays()) {
            if (essay.get("source") == null) continue;
            Path root = manuscript.root();
            if (works == null) {
                works = features.works(root);
                worksRead = works.toString();
            }
            String key = key(root, essay, worksRead);
            FidelityCheck.Checked checked = key == null ? null : results.get(key);
            if (checked == null) {
                if (bibliography == null) bibliography = Bibliography.of(works);
                checked = FidelityCheck.checkEssay(root, root.resolve(essay.file()), bibliography, cleaning(root));
                if (key != null) results.put(key, checked);
            }
            essays.add(new Essay(essay, checked));
        }
        return List.copyOf(essays);
    }

    private FidelityCheck.Cleaning cleaning(Path root) {
        byte[] rules = readOrEmpty(root.resolve("rules.yaml"));
        return (r, capture, sourceRef) -> {
            String key = BuildCache.hash(rules, capture.name(), capture.text(), String.valueOf(capture.warnings()), sourceRef);
            CleanResult known = cleaned.get(key);
            if (known != null) return known;
            CleanResult made = FidelityCheck.Cleaning.FRESH.clean(r, capture, sourceRef);
            synchronized (cleaned) {
                cleanings++;
            }
            cleaned.put(key, made);
            return made;
        };
    }

    /**
     * Null when a file it reads lies outside the manuscript: the check itself reports that, every time. The works are
     * keyed by their entries as read, so that an edit of the bibliography that changes none of them keeps the results.
     */
    private static String key(Path root, Piece essay, String works) {
        try {
            Path source = ManuscriptPaths.inside(root, essay.get("source"), essay.file(), 1);
            return BuildCache.hash(root, essay.file(), readOrEmpty(root.resolve(essay.file())), readOrEmpty(source),
                    readOrEmpty(ManuscriptPaths.inside(root, "rules.yaml", "", 0)), works);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] readOrEmpty(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0];
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
