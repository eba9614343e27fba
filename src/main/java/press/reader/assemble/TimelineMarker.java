package press.reader.assemble;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import press.reader.manuscript.TimelineEvent;

/** Anchors each chronology event at the first passage of an essay that its match words locate. */
final class TimelineMarker implements InlineMarker {
    private final Map<TimelineEvent, Integer> numbers;
    private final WordMatcher<TimelineEvent> matcher;
    private final Map<TimelineEvent, String> anchors;
    private final DocBook db;
    private final String chapter;

    TimelineMarker(List<TimelineEvent> eventsOfChapter, Map<TimelineEvent, Integer> numbers,
                   Map<TimelineEvent, String> anchors, DocBook db, String chapter) {
        Map<String, TimelineEvent> phrases = new LinkedHashMap<>();
        for (TimelineEvent e : eventsOfChapter) for (String m : e.match()) phrases.putIfAbsent(m, e);
        this.matcher = new WordMatcher<>(phrases);
        this.numbers = numbers;
        this.anchors = anchors;
        this.db = db;
        this.chapter = chapter;
    }

    static String anchorId(int number, String chapter) {
        return "tl" + number + "-" + chapter;
    }

    @Override
    public void mark(String text, TextMarks marks) {
        for (WordMatcher.Hit<TimelineEvent> hit : matcher.find(text)) {
            TimelineEvent e = hit.target();
            if (anchors.containsKey(e)) continue;
            String id = anchorId(numbers.get(e), chapter);
            anchors.put(e, id);
            marks.insert(hit.start(), false, -1, () -> anchor(id));
        }
    }

    private Element anchor(String id) {
        Element a = db.el("anchor");
        DocBook.id(a, id);
        return a;
    }
}
