package press.reader.features.chronology;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import press.reader.assemble.DocBook;
import press.reader.assemble.EssayNames;
import press.reader.assemble.HouseQuotes;
import press.reader.assemble.Words;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;
import press.reader.manuscript.TitleMarks;

/**
 * Writes the unified chronology as a DocBook table: date, event, and where the essays discuss it. The places are
 * links to anchors in the essays; the styles turn them into page numbers (PDF) or links (EPUB).
 */
final class ChronologyWriter {
    private final DocBook db;
    private final List<TimelineEvent> events;
    private final Map<TimelineEvent, Integer> numbers;
    private final Map<String, Map<TimelineEvent, String>> anchors;
    private final EssayNames names;
    private final List<String> allEssays;
    private final String chronologyNote;
    private final ChronologyFigure figure;
    private final Words words;

    ChronologyWriter(DocBook db, List<TimelineEvent> events, Map<TimelineEvent, Integer> numbers,
                     Map<String, Map<TimelineEvent, String>> anchors, Manuscript ms, Words words) {
        this.db = db;
        this.events = new ArrayList<>(events);
        this.events.sort(Comparator.comparing(TimelineEvent::sortKey));
        this.numbers = numbers;
        this.anchors = anchors;
        this.names = new EssayNames(ms);
        this.allEssays = ms.essays().stream().map(Piece::id).toList();
        this.chronologyNote = ms.setting(ChronologySettings.NOTE);
        this.figure = ms.setting(ChronologySettings.FIGURE);
        this.words = words;
    }

    /**
     * Writes the chronology as an appendix with the styles' title for it, opened by the editor's note on it (book.yaml
     * {@code chronology-note}) and the styles' key to its dagger and page references; its column heads and the New
     * Style mark are the styles' words too.
     */
    void write(Element book) {
        String title = words.get("chronology");
        String key = words.get("chronology-key");
        Element appendix = db.add(book, "appendix");
        DocBook.id(appendix, ChronologyFeature.SECTION);
        appendix.setAttribute("role", "chronology");
        db.addText(appendix, "title", title);
        // The editor's note on the chronology (how its dates are given) is the book's; the key to the marks is the tool's.
        String note = chronologyNote.isEmpty() ? key : chronologyNote + " " + key;
        Element intro = db.addMarked(appendix, "para", HouseQuotes.curl(note));
        intro.setAttribute("role", "chronology-intro");
        Element table = db.add(appendix, "informaltable");
        table.setAttribute("role", "chronology");
        Element tgroup = db.add(table, "tgroup");
        tgroup.setAttribute("cols", "3");
        for (String[] col : new String[][] {{"date", "1.1*"}, {"event", "3*"}, {"where", "1.2*"}}) {
            Element spec = db.add(tgroup, "colspec");
            spec.setAttribute("colname", col[0]);
            spec.setAttribute("colwidth", col[1]);
        }
        Element headRow = db.add(db.add(tgroup, "thead"), "row");
        db.addText(headRow, "entry", words.get("chronology-date"));
        db.addText(headRow, "entry", words.get("chronology-event"));
        db.addText(headRow, "entry", words.get("chronology-discussed"));
        Element body = db.add(tgroup, "tbody");
        for (TimelineEvent e : events) row(body, e);
        figureSettings(book);
    }

    /**
     * The editor's settings of the time line (book.yaml chronology-figure), in the book's metadata, where the figure's
     * stylesheet reads them: the years ("1905 1930"), the focus, the note under its key.
     */
    private void figureSettings(Element book) {
        Element info = null;
        for (Node n = book.getFirstChild(); n != null && info == null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("info")) info = e;
        }
        if (info == null) return;
        if (figure.years() != null) {
            db.addText(info, "bibliomisc", figure.years().get(0) + " " + figure.years().get(1)).setAttribute("role", "timeline-years");
        }
        if (figure.focus() != null) {
            db.addText(info, "bibliomisc", figure.focus().get(0) + " " + figure.focus().get(1)).setAttribute("role", "timeline-focus");
        }
        if (!figure.note().isEmpty()) {
            db.addText(info, "bibliomisc", HouseQuotes.curl(figure.note())).setAttribute("role", "timeline-note");
        }
    }

    private void row(Element body, TimelineEvent e) {
        Element row = db.add(body, "row");
        DocBook.id(row, "tl" + numbers.get(e));
        // the editor's short label for the time-line figure (DocBook's own attribute for a short reference text)
        if (e.label() != null) row.setAttribute("xreflabel", HouseQuotes.curl(TitleMarks.plain(e.label())));
        Element date = db.add(row, "entry");
        Element d = db.addText(date, "date", display(e.date()));
        d.setAttribute("role", e.date());
        if (e.newStyle() != null) {
            Element ns = db.addText(date, "phrase", "(" + display(e.newStyle()) + " " + words.get("new-style") + ")");
            ns.setAttribute("role", "new-style");
        }
        Element event = db.add(row, "entry");
        // An event names the essays it is about by their ids at most; a disagreement is always about what essays say.
        Element para = db.addMarked(event, "para", HouseQuotes.curl(names.replaceIds(e.event(), e.essays()))
                + (e.context() ? " †" : ""));
        if (e.context()) para.setAttribute("role", "context");
        if (e.disagreement() != null) {
            Element dis = db.addMarked(event, "para", HouseQuotes.curl(names.replaceIds(e.disagreement(), allEssays)));
            dis.setAttribute("role", "disagreement");
        }
        Element where = db.add(row, "entry");
        Element places = db.add(where, "simplelist");
        places.setAttribute("type", "inline");
        for (String essay : e.essays()) {
            String anchor = anchors.getOrDefault(essay, Map.of()).get(e);
            if (anchor == null) continue;
            Element member = db.add(places, "member");
            Element link = db.add(member, "link");
            link.setAttribute("linkend", anchor);
            link.setAttribute("role", "pageref");
            db.marked(link, names.of(essay));
        }
    }

    /** 1917-10-25 as "25 October 1917", 1917-10 as "October 1917", 1917 as "1917". */
    static String display(String iso) {
        String[] p = iso.split("-");
        if (p.length == 1) return p[0];
        String month = Month.of(Integer.parseInt(p[1])).getDisplayName(TextStyle.FULL, Locale.UK);
        if (p.length == 2) return month + " " + p[0];
        return Integer.parseInt(p[2]) + " " + month + " " + p[0];
    }
}
