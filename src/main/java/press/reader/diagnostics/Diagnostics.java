package press.reader.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

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

    /** Throws {@link UserError} carrying every error so far if there is any. */
    public void throwIfErrors() {
        if (hasErrors()) throw new UserError(all());
    }
}
