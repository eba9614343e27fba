package press.reader.features.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.ApparatusFile;
import press.reader.manuscript.ProseSegment;
import press.reader.manuscript.Yaml.Value;
import press.reader.manuscript.YamlFields;

/** The editor's notes' file, editor-notes.yaml: a list of notes, each on an essay's exact words. */
public final class EditorNotesFile {
    private EditorNotesFile() {}

    /** editor-notes.yaml, needed by no section: the notes print where they are called. */
    public static final ApparatusFile<List<EditorNote>> FILE = ApparatusFile.<List<EditorNote>>of("editor-notes.yaml", null, List.of(),
            EditorNotesFile::read).withProse(EditorNotesFile::prose, true);

    /** The notes are the editor's prose, printed in the essays (where the index reads them too). */
    private static List<ProseSegment> prose(List<EditorNote> notes) {
        return notes.stream().map(n -> new ProseSegment(n.file(), n.line(), n.markdown())).toList();
    }

    private static List<EditorNote> read(List<Value> entries, Diagnostics diagnostics) {
        List<EditorNote> out = new ArrayList<>();
        for (Value v : entries) {
            YamlFields f = YamlFields.of(v, "an editor's note").allowOnly(Set.of("chapter", "at", "occurrence", "note"));
            int occurrence = f.integer("occurrence", 1);
            if (occurrence < 1) throw UserError.at(f.file(), f.lineOf("occurrence"), "BP015", "occurrence counts from 1");
            out.add(new EditorNote(f.string("chapter"), f.string("at"), occurrence, f.string("note"), f.file(), f.line()));
        }
        return List.copyOf(out);
    }
}
