package press.reader.features.chronology;

import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import press.reader.assemble.DocBook;
import press.reader.assemble.InlineMarker;
import press.reader.assemble.TextMarks;
import press.reader.assemble.WordMatcher;

/**
 * Anchors each chronology event at the first passage of an essay that one of its match words locates. Events are
 * matched independently: two events may well be discussed in the same sentence.
 */
final class TimelineMarker implements InlineMarker {
    private final List<TimelineEvent> events;
    private final Map<TimelineEvent, Integer> numbers;
    private final Map<TimelineEvent, String> anchors;
    private final DocBook db;
    private final String chapter;

    TimelineMarker(List<TimelineEvent> eventsOfChapter, Map<TimelineEvent, Integer> numbers,
                   Map<TimelineEvent, String> anchors, DocBook db, String chapter) {
        this.events = eventsOfChapter;
        this.numbers = numbers;
        this.anchors = anchors;
        this.db = db;
        this.chapter = chapter;
        this.anchored = new boolean[eventsOfChapter.size()];
        for (int k = 0; k < anchored.length; k++) anchored[k] = anchors.containsKey(eventsOfChapter.get(k));
    }

    /**
     * Whether each event has its anchor in this essay ({@code anchors} has it): asked of the map at every run of text,
     * the events' hash codes (each over all its fields) took a twentieth of a warm rebuild's assembly. This essay's
     * marker is the only one that adds to its anchors.
     */
    private final boolean[] anchored;

    static String anchorId(int number, String chapter) {
        return "tl" + number + "-" + chapter;
    }

    @Override
    public void mark(String text, TextMarks marks) {
        String haystack = WordMatcher.normalise(text);
        for (int k = 0; k < events.size(); k++) {
            if (anchored[k]) continue;
            TimelineEvent e = events.get(k);
            int at = -1;
            for (String m : e.match()) {
                int i = haystack.indexOf(WordMatcher.normalise(m));
                if (i >= 0 && (at < 0 || i < at)) at = i;
            }
            if (at < 0) continue;
            String id = anchorId(numbers.get(e), chapter);
            anchors.put(e, id);
            for (int j = k; j < anchored.length; j++) anchored[j] |= events.get(j).equals(e);
            marks.insert(at, false, -1, () -> anchor(id));
        }
    }

    private Element anchor(String id) {
        Element a = db.el("anchor");
        DocBook.id(a, id);
        return a;
    }
}
