package press.reader.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A collector that every stage appends to. Stages never print; the command line decides how to show these. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    public synchronized void addAll(Iterable<Diagnostic> ds) {
        for (Diagnostic d : ds) items.add(d);
    }

    public void error(String file, int line, String code, String message) {
        add(Diagnostic.error(file, line, code, message));
    }

    public void warning(String file, int line, String code, String message) {
        add(Diagnostic.warning(file, line, code, message));
    }

    /** How many have been added so far: a mark for {@link #since}. */
    public synchronized int size() {
        return items.size();
    }

    /** Those added after {@code mark} ({@link #size}), in the order they were added. */
    public synchronized List<Diagnostic> since(int mark) {
        return List.copyOf(items.subList(mark, items.size()));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long count(Severity s) {
        return items.stream().filter(d -> d.severity() == s).count();
    }

    /** All diagnostics, sorted by file and line so that output is stable from run to run. */
    public synchronized List<Diagnostic> all() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column));
        return Collections.unmodifiableList(copy);
    }

    /**
     * At most {@code perFile} errors of each file, in order, then a note of how many more that file has: a file
     * with a systematic mistake (a wrong encoding, a pasted web page) does not bury the other files' messages.
     */
    public static List<Diagnostic> capErrorsPerFile(List<Diagnostic> all, int perFile) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> hidden = new LinkedHashMap<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : all) {
            if (!d.isError()) {
                out.add(d);
            } else if (seen.merge(d.file(), 1, Integer::sum) <= perFile) {
                out.add(d);
            } else {
                hidden.merge(d.file(), 1, Integer::sum);
            }
        }
        hidden.forEach((file, n) -> out.add(new Diagnostic(Severity.NOTE, file, 0, 0, "BP009", n + " more error(s) in this "
                + "file not shown (the first " + perFile + " are); fix these and check again")));
        return out;
    }

    /** The code of the note that stands for the warnings {@link #foldRepeatedWarnings} leaves out. */
    public static final String MORE_WARNINGS = "BP675";

    /**
     * At most {@code shown} warnings of one code in one file, in order, then one note at the first one left out with
     * how many more there are and the lines they span: one reason repeated for every work of a bibliography of
     * 10,000 (an entry never cited) is one located message and a count, not 10,000 lines that bury the others.
     * Errors and notes pass unchanged; the count of warnings at the end, and the build report, include them all.
     */
    public static List<Diagnostic> foldRepeatedWarnings(List<Diagnostic> all, int shown) {
        Map<List<String>, List<Diagnostic>> byKind = new HashMap<>();
        for (Diagnostic d : all) {
            if (folds(d)) byKind.computeIfAbsent(List.of(d.file(), d.code()), k -> new ArrayList<>()).add(d);
        }
        Map<List<String>, Integer> seen = new HashMap<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : all) {
            if (!folds(d)) {
                out.add(d);
                continue;
            }
            List<String> kind = List.of(d.file(), d.code());
            int n = seen.merge(kind, 1, Integer::sum);
            if (n <= shown) out.add(d);
            List<Diagnostic> same = byKind.get(kind);
            if (n == shown && same.size() > shown) out.add(more(same.subList(shown, same.size()), shown));
        }
        return out;
    }

    private static boolean folds(Diagnostic d) {
        return d.severity() == Severity.WARNING && !d.code().isEmpty();
    }

    /** The note in place of the warnings left out: where the first is, how many, the lines they span. */
    private static Diagnostic more(List<Diagnostic> left, int shown) {
        Diagnostic first = left.get(0);
        int last = left.stream().mapToInt(Diagnostic::line).max().orElse(0);
        String lines = first.line() > 0 && last > first.line() ? " at lines " + first.line() + "-" + last : "";
        return new Diagnostic(Severity.NOTE, first.file(), first.line(), first.column(), MORE_WARNINGS, left.size()
                + " more warning(s) " + first.code() + " like the ones above in this file" + lines + " (the first "
                + shown + " are shown; the count of warnings includes them all)");
    }

    /** Throws {@link UserError} carrying every error so far if there is any. */
    public void throwIfErrors() {
        if (hasErrors()) throw new UserError(all());
    }
}
