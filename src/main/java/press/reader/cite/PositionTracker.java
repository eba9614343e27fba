package press.reader.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each cite its CSL position ("first", "subsequent", "ibid", "ibid-with-locator") and whether it is
 * "near" the previous cite of the same work, following CSL 1.0.2 (Appendix "Position"). One tracker per
 * chapter, fed clusters in document order.
 */
final class PositionTracker {
    /** A cite's position and near-note flag. */
    record Placed(CitePosition position, boolean nearNote) {}

    private final int nearNoteDistance;
    private final Map<String, Integer> lastNoteOfKey = new HashMap<>();
    private List<CiteItem> previousCluster = List.of();

    PositionTracker(int nearNoteDistance) {
        this.nearNoteDistance = nearNoteDistance;
    }

    /** A tracker that goes on from where this one is, apart from it. */
    PositionTracker copy() {
        PositionTracker c = new PositionTracker(nearNoteDistance);
        c.lastNoteOfKey.putAll(lastNoteOfKey);
        c.previousCluster = previousCluster;
        return c;
    }

    List<Placed> place(List<CiteItem> cluster, int noteNumber) {
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < cluster.size(); i++) {
            CiteItem cite = cluster.get(i);
            Integer lastNote = lastNoteOfKey.get(cite.key());
            if (lastNote == null) {
                out.add(new Placed(CitePosition.FIRST, false));
            } else {
                CiteItem preceding = i > 0 ? cluster.get(i - 1)
                        : previousCluster.size() == 1 ? previousCluster.get(0) : null;
                boolean near = noteNumber - lastNote <= nearNoteDistance;
                out.add(new Placed(positionAfter(preceding, cite), near));
            }
            lastNoteOfKey.put(cite.key(), noteNumber);
        }
        previousCluster = List.copyOf(cluster);
        return out;
    }

    /**
     * CSL: a cite right after a cite of the same work (in the same cluster, or as the first cite after a
     * cluster holding only that work) is "ibid"; the locators decide between ibid and ibid-with-locator,
     * and a cite without a locator after one with a locator is only "subsequent".
     */
    private static CitePosition positionAfter(CiteItem preceding, CiteItem cite) {
        if (preceding == null || !preceding.key().equals(cite.key())) return CitePosition.SUBSEQUENT;
        if (!preceding.hasLocator()) return cite.hasLocator() ? CitePosition.IBID_WITH_LOCATOR : CitePosition.IBID;
        if (!cite.hasLocator()) return CitePosition.SUBSEQUENT;
        boolean same = preceding.locator().equals(cite.locator()) && preceding.label().equals(cite.label());
        return same ? CitePosition.IBID : CitePosition.IBID_WITH_LOCATOR;
    }
}
