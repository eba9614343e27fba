package press.reader.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.reader.diagnostics.Diagnostic;

/**
 * Turns the author's note markers ("(1)", "[1]") into footnote references to the notes list. Markers whose
 * notes the capture lacks are removed (rule {@code dangling-note-marker}) and counted, so that no reference
 * dangles; the count goes into the front matter as {@code notes-missing}.
 */
final class NoteMarkers {
    /** Stands for "[^n]" until the text has been escaped for Markdown. */
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    record Outcome(int missing, List<Diagnostic> warnings) {}

    private NoteMarkers() {}

    static Outcome apply(List<SourceLine> lines, List<Pattern> markers, String file) {
        Set<Integer> notes = new TreeSet<>();
        for (SourceLine l : lines) if (l.kept() && l.role == Role.NOTE) notes.add(l.noteNumber);
        Set<Integer> referenced = new TreeSet<>();
        List<Diagnostic> warnings = new ArrayList<>();
        int missing = 0;
        for (SourceLine line : lines) {
            if (!line.kept() || line.blank() || line.role == Role.NOTE) continue;
            for (Pattern p : markers) {
                Matcher m = p.matcher(line.text);
                StringBuilder out = new StringBuilder();
                int last = 0;
                while (m.find()) {
                    int n = Integer.parseInt(m.group("n"));
                    out.append(line.text, last, m.start());
                    last = m.end();
                    if (notes.contains(n)) {
                        referenced.add(n);
                        out.append(OPEN).append(n).append(CLOSE);
                        line.change("note-marker", m.group(), "[^" + n + "]");
                    } else if (notes.isEmpty()) {
                        missing++;
                        // a marker glued between two words ("revolution(3)and") leaves a space, never one word
                        boolean glued = m.end() < line.text.length() && Character.isLetterOrDigit(line.text.codePointAt(m.end()));
                        if (glued) out.append(' ');
                        line.change("dangling-note-marker", m.group(), glued ? " " : "");
                    } else {
                        out.append(m.group());
                        warnings.add(Diagnostic.warning(file, line.number, ImportCodes.MARKER_WITHOUT_NOTE,
                                "note marker " + m.group() + " has no note in the notes list; left as text"));
                    }
                }
                out.append(line.text.substring(last));
                line.text = out.toString();
            }
        }
        for (SourceLine l : lines) {
            if (l.kept() && l.role == Role.NOTE && !referenced.contains(l.noteNumber)) {
                warnings.add(Diagnostic.warning(file, l.number, ImportCodes.NOTE_NEVER_MARKED, "note " + l.noteNumber + " is never referenced in the text"));
            }
        }
        return new Outcome(missing, warnings);
    }
}
