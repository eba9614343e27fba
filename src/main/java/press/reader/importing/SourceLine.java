package press.reader.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a capture as it goes through the cleaning stages: its original text never changes; {@code text}
 * is the current content, and every change to it is recorded with the rule that made it.
 */
final class SourceLine {
    final int number;
    final String original;
    String text;
    Role role = Role.PARAGRAPH;
    Removal removal;
    int noteNumber;
    /** The final Markdown of this line (front-matter text for title, subtitle and standfirst). */
    String rendered;
    final List<Change> changes = new ArrayList<>();

    SourceLine(int number, String original) {
        this.number = number;
        this.original = original;
        this.text = original;
    }

    boolean kept() {
        return removal == null;
    }

    boolean blank() {
        return original.isBlank();
    }

    void remove(String rule, String omitted, String movedTo) {
        removal = new Removal(number, rule, original, omitted, movedTo);
    }

    void change(String rule, String before, String after) {
        if (!before.equals(after)) changes.add(new Change(number, rule, before, after));
    }

    /** Replaces {@code text} and records the change. */
    void replaceText(String rule, String before, String after, String newText) {
        change(rule, before, after);
        text = newText;
    }
}
