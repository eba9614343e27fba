package press.reader.manuscript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.Yaml.Value;

/** Reads the editor's apparatus files: editor-notes.yaml, glossary.yaml, timeline.yaml, index.yaml. */
final class ApparatusReader {
    static final Set<String> INDEX_KINDS = Set.of("person", "place", "organisation", "event", "concept");
    private final ManuscriptReader reader;
    private final Map<String, Integer> backLines = new HashMap<>();

    ApparatusReader(ManuscriptReader reader, List<BookConfig.Entry> back) {
        this.reader = reader;
        for (BookConfig.Entry e : back) backLines.put(e.name(), e.line());
    }

    private List<Value> entries(String name, boolean required) {
        Value root = reader.readYamlFile(name);
        if (root == null) {
            String section = name.equals("timeline.yaml") ? "chronology" : name.replace(".yaml", "");
            if (required) throw UserError.at("book.yaml", backLines.getOrDefault(section, 0), "BP001",
                    "the back-matter section '" + section + "' needs " + name + ", which is not in the manuscript folder");
            return List.of();
        }
        if (root instanceof Yaml.Mapping m && m.entries().isEmpty()) return List.of();
        if (!(root instanceof Yaml.Sequence seq)) {
            throw UserError.at(name, root.line(), "BP012", name + " must be a list of entries");
        }
        return seq.items();
    }

    List<EditorNote> editorNotes() {
        List<EditorNote> out = new ArrayList<>();
        for (Value v : entries("editor-notes.yaml", false)) {
            YamlFields f = YamlFields.of(v, "an editor's note").allowOnly(Set.of("chapter", "at", "occurrence", "note"));
            int occurrence = f.integer("occurrence", 1);
            if (occurrence < 1) throw UserError.at(f.file(), f.lineOf("occurrence"), "BP015", "occurrence counts from 1");
            out.add(new EditorNote(f.string("chapter"), f.string("at"), occurrence, f.string("note"), f.file(), f.line()));
        }
        return List.copyOf(out);
    }

    List<GlossaryEntry> glossary(boolean required) {
        List<GlossaryEntry> out = new ArrayList<>();
        for (Value v : entries("glossary.yaml", required)) {
            YamlFields f = YamlFields.of(v, "a glossary entry").allowOnly(Set.of("term", "variants", "definition",
                    "italic"));
            out.add(new GlossaryEntry(f.string("term"), f.strings("variants"), f.string("definition"),
                    f.bool("italic", false), f.file(), f.line()));
        }
        return List.copyOf(out);
    }

    List<TimelineEvent> timeline(boolean required) {
        List<TimelineEvent> out = new ArrayList<>();
        for (Value v : entries("timeline.yaml", required)) {
            YamlFields f = YamlFields.of(v, "a timeline event").allowOnly(Set.of("date", "new-style", "event", "essays",
                    "match", "disagreement", "context", "label"));
            String date = checkedDate(f, "date");
            String ns = f.has("new-style") ? checkedDate(f, "new-style") : null;
            out.add(new TimelineEvent(date, ns, f.string("event"), label(f), f.strings("essays"), f.strings("match"),
                    f.string("disagreement", null), f.bool("context", false), f.file(), f.line()));
        }
        return List.copyOf(out);
    }

    /** The figure's label: an empty one is an error; one too long for the figure is a warning at its line. */
    private String label(YamlFields f) {
        if (!f.has("label")) return null;
        String label = f.string("label").strip().replaceAll("\\s+", " ");
        if (label.isEmpty()) throw UserError.at(f.file(), f.lineOf("label"), "BP034", "label is empty; leave it out "
                + "to let the figure derive one from the event");
        int length = label.codePointCount(0, label.length());
        if (length > TimelineEvent.LABEL_MAX_CHARS) {
            reader.diagnostics().warning(f.file(), f.lineOf("label"), "BP035", "label has " + length
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

    List<IndexHeading> index(boolean required) {
        List<IndexHeading> out = new ArrayList<>();
        for (Value v : entries("index.yaml", required)) out.add(heading(v, 0));
        return List.copyOf(out);
    }

    private IndexHeading heading(Value v, int depth) {
        YamlFields f = YamlFields.of(v, depth == 0 ? "an index entry" : "an index subentry")
                .allowOnly(Set.of("headword", "kind", "forms", "sub", "see", "see-also", "suppress", "add"));
        List<IndexHeading> subs = new ArrayList<>();
        if (depth == 0) {
            for (Value s : f.list("sub")) subs.add(heading(s, 1));
        } else if (f.has("sub")) {
            throw UserError.at(f.file(), f.lineOf("sub"), "BP031", "index subentries cannot have subentries of their own");
        }
        String kind = f.string("kind", "");
        if (!kind.isEmpty() && !INDEX_KINDS.contains(kind)) {
            throw UserError.at(f.file(), f.lineOf("kind"), "BP032", "index kind '" + kind + "' is not one of "
                    + String.join(", ", new TreeSet<>(INDEX_KINDS)));
        }
        List<IndexHeading.Addition> additions = new ArrayList<>();
        for (Value a : f.list("add")) {
            YamlFields af = YamlFields.of(a, "an index addition").allowOnly(Set.of("chapter", "at"));
            additions.add(new IndexHeading.Addition(af.string("chapter"), af.string("at"), af.file(), af.line()));
        }
        for (String s : f.strings("suppress")) {
            if (!s.matches("[A-Za-z][A-Za-z0-9_-]*(#[1-9][0-9]*)?")) {
                throw UserError.at(f.file(), f.lineOf("suppress"), "BP033", "suppress takes a chapter id, or chapter#n "
                        + "for its n-th occurrence, found '" + s + "'");
            }
        }
        return new IndexHeading(f.string("headword"), kind, f.strings("forms"), List.copyOf(subs),
                f.string("see", null), f.strings("see-also"), f.strings("suppress"), List.copyOf(additions),
                f.file(), f.line());
    }
}
