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

    /** Throws {@link UserError} carrying every error so far if there is any. */
    public void throwIfErrors() {
        if (hasErrors()) throw new UserError(all());
    }
}
