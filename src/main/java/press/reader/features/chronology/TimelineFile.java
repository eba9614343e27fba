package press.reader.features.chronology;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.ApparatusFile;
import press.reader.manuscript.ProseSegment;
import press.reader.manuscript.Yaml.Value;
import press.reader.manuscript.YamlFields;

/** The chronology's file, timeline.yaml: a list of dated events, each with the essays that discuss it. */
public final class TimelineFile {
    private TimelineFile() {}

    /** timeline.yaml, which the section {@code chronology} needs. */
    public static final ApparatusFile<List<TimelineEvent>> FILE = ApparatusFile.<List<TimelineEvent>>of("timeline.yaml",
            ChronologyFeature.SECTION, List.of(), TimelineFile::read).withProse(TimelineFile::prose, false);

    /** An event and its disagreement are the editor's prose, printed in the chronology. */
    private static List<ProseSegment> prose(List<TimelineEvent> events) {
        List<ProseSegment> all = new ArrayList<>();
        for (TimelineEvent e : events) {
            all.add(new ProseSegment(e.file(), e.line(), e.event()));
            if (e.disagreement() != null) all.add(new ProseSegment(e.file(), e.line(), e.disagreement()));
        }
        return all;
    }

    private static List<TimelineEvent> read(List<Value> entries, Diagnostics diagnostics) {
        List<TimelineEvent> out = new ArrayList<>();
        for (Value v : entries) {
            YamlFields f = YamlFields.of(v, "a timeline event").allowOnly(Set.of("date", "new-style", "event", "essays",
                    "match", "disagreement", "context", "label"));
            String date = checkedDate(f, "date");
            String ns = f.has("new-style") ? checkedDate(f, "new-style") : null;
            out.add(new TimelineEvent(date, ns, f.string("event"), label(f, diagnostics), f.strings("essays"),
                    f.strings("match"), f.string("disagreement", null), f.bool("context", false), f.file(), f.line()));
        }
        return List.copyOf(out);
    }

    /** The figure's label: an empty one is an error; one too long for the figure is a warning at its line. */
    private static String label(YamlFields f, Diagnostics diagnostics) {
        if (!f.has("label")) return null;
        String label = f.string("label").strip().replaceAll("\\s+", " ");
        if (label.isEmpty()) throw UserError.at(f.file(), f.lineOf("label"), "BP034", "label is empty; leave it out "
                + "to let the figure derive one from the event");
        int length = label.codePointCount(0, label.length());
        if (length > TimelineEvent.LABEL_MAX_CHARS) {
            diagnostics.warning(f.file(), f.lineOf("label"), "BP035", "label has " + length
                    + " characters; the time-line figure has room for " + TimelineEvent.LABEL_MAX_CHARS
                    + " (it wraps a longer one onto a second line)");
        }
        return label;
    }

    private static String checkedDate(YamlFields f, String key) {
        String d = f.string(key).strip();
        if (!d.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
            throw UserError.at(f.file(), f.lineOf(key), "BP030", key + " must be YYYY, YYYY-MM or YYYY-MM-DD, found '" + d + "'");
        }
        return d;
    }
}
