package press.reader.features.chronology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import press.reader.assemble.ApparatusFeature;
import press.reader.assemble.ApparatusFeatures;
import press.reader.assemble.DocBook;
import press.reader.assemble.InlineMarker;
import press.reader.assemble.PieceContext;
import press.reader.assemble.Words;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;

/**
 * The chronology: each event numbered in date order ({@code tl<n>}), anchored at the first passage of each essay it
 * names where one of its match words occurs ({@link TimelineMarker}; anchors {@code tl<n>-<essay>}), the generated
 * chronology table with its places as links to those anchors ({@link ChronologyWriter}), and the checks of what it
 * marked: an event naming an unknown essay (BP160), an essay in which none of its match words occurs (BP161). Its
 * events are read from timeline.yaml ({@link TimelineFile}, which its maker declares: the manuscript reader reads it);
 * the editor's match words are checked against the essays before assembly by {@link StaleMatchWords}, which its maker
 * registers. An apparatus feature in a package
 * of its own: registered by one line in {@code press.reader.features.Features}; the assembler and the manuscript
 * reader do not know it by name.
 */
public final class ChronologyFeature implements ApparatusFeature {
    /** Its section's name in book.yaml's {@code contents.back}, and the section's id. */
    static final String SECTION = "chronology";

    private final Manuscript ms;
    private final DocBook db;
    private final Words words;
    private final Diagnostics diagnostics;
    /** Whether book.yaml's back matter prints the chronology (one not printed was told as timeline.yaml was read, BP591) */
    private final boolean printed;
    /** Each event's number, in date order: the row's id and the first part of its anchors' ids */
    private final Map<TimelineEvent, Integer> numbers = new LinkedHashMap<>();
    /** For each essay, the anchor each of its events got (an event whose words it lacks has none) */
    private final Map<String, Map<TimelineEvent, String>> anchors = new HashMap<>();

    ChronologyFeature(Manuscript ms, DocBook db, Words words, Diagnostics diagnostics, boolean printed) {
        this.ms = ms;
        this.printed = printed;
        this.db = db;
        this.words = words;
        this.diagnostics = diagnostics;
        List<TimelineEvent> sorted = new ArrayList<>(ms.apparatus(TimelineFile.FILE));
        sorted.sort(Comparator.comparing(TimelineEvent::sortKey));
        for (int i = 0; i < sorted.size(); i++) numbers.put(sorted.get(i), i + 1);
    }

    /** The chronology, generating the section {@code chronology}; its events are the manuscript's timeline. */
    public static ApparatusFeatures.Maker maker() {
        return ApparatusFeatures.Maker.of(SECTION, TimelineFile.FILE.name(),
                a -> new ChronologyFeature(a.ms(), a.db(), a.words(), a.diagnostics(), a.prints(SECTION))).reading(TimelineFile.FILE)
                .owning(ChronologySettings.NOTE).owning(ChronologySettings.FIGURE)
                .checking(StaleMatchWords::check)
                .checking(FocusWithinEvents::check)
                // the time-line figure's title, description and the figure itself (the styles give these ids)
                .reserving("timeline-title", "timeline-desc", "chronology-figure");
    }

    // its section's id is reserved as a name of contents.back; its rows' and anchors' ids are left as they were

    /** The anchors of the events that name this essay. */
    @Override
    public InlineMarker marker(PieceContext ctx) {
        String essay = ctx.idPrefix();
        essaysInChapter.add(essay);
        List<TimelineEvent> events = ms.apparatus(TimelineFile.FILE).stream().filter(e -> e.essays().contains(essay)).toList();
        return new TimelineMarker(events, numbers, anchors.computeIfAbsent(essay, k -> new LinkedHashMap<>()), db, essay);
    }

    /** The essays marked since the chapter began (one: the chronology marks essays, not their headnotes) */
    private final List<String> essaysInChapter = new ArrayList<>();

    @Override
    public void beginChapter() {
        essaysInChapter.clear();
    }

    /** The anchors the chapter's essay got, by essay. */
    @Override
    public Object chapterLeft() {
        Map<String, Map<TimelineEvent, String>> left = new LinkedHashMap<>();
        for (String essay : essaysInChapter) left.put(essay, Collections.unmodifiableMap(new LinkedHashMap<>(anchors.get(essay))));
        return Collections.unmodifiableMap(left);
    }

    @Override
    public void reuseChapter(Object left) {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) left).entrySet()) {
            @SuppressWarnings("unchecked")
            Map<TimelineEvent, String> kept = (Map<TimelineEvent, String>) e.getValue();
            anchors.put((String) e.getKey(), new LinkedHashMap<>(kept));
        }
    }

    @Override
    public void writeSection(String name, Element book) {
        new ChronologyWriter(db, ms.apparatus(TimelineFile.FILE), numbers, anchors, ms, words).write(book);
    }

    @Override
    public void report() {
        // an event of a chronology not printed that anchors nowhere (BP161) would only repeat that it is in no edition
        for (TimelineEvent e : ms.apparatus(TimelineFile.FILE)) {
            for (String essay : e.essays()) {
                if (ms.essay(essay).isEmpty()) {
                    diagnostics.error(e.file(), e.line(), "BP160", "timeline event names unknown essay '" + essay + "'");
                } else if (printed && !anchors.getOrDefault(essay, Map.of()).containsKey(e)) {
                    diagnostics.warning(e.file(), e.line(), "BP161", "timeline event '" + e.event()
                            + "': none of its match words occur in essay '" + essay + "'");
                }
            }
        }
    }
}
