package press.reader.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Future;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;
import press.reader.publish.BookBuilder.ManuscriptCheck;

/**
 * The manuscript checks of a build, run on the second core while the book is assembled and its first layout pass
 * (which draws nothing) is made: they only report, and nothing the build makes reads what they find. Their findings
 * join the build's diagnostics before anything is drawn or any other edition is made, in the order of a build that
 * ran them before the assembly (the checks' first, then the assembly's), and their errors stop the build there.
 */
final class ChecksBeside {
    private final SecondCore core;
    private final Future<Diagnostics> found;
    private final Diagnostics build;
    /** What the assembly reported, kept apart until the checks' findings are in. */
    private final Diagnostics assembling = new Diagnostics();
    private Diagnostics checks;

    private ChecksBeside(SecondCore core, Future<Diagnostics> found, Diagnostics build) {
        this.core = core;
        this.found = found;
        this.build = build;
    }

    /** Starts {@code checks} of {@code manuscript} on {@code core}; the build's diagnostics are {@code build}. */
    static ChecksBeside start(SecondCore core, List<ManuscriptCheck> checks, Manuscript manuscript, Diagnostics build) {
        return new ChecksBeside(core, core.submit(() -> {
            Diagnostics d = new Diagnostics();
            for (ManuscriptCheck c : checks) c.check(manuscript, d);
            return d;
        }), build);
    }

    /** Where the assembly reports, until {@link #join}. */
    Diagnostics assembling() {
        return assembling;
    }

    /**
     * Waits for the checks and adds what they found, then what the assembly found, to the build's diagnostics (once);
     * when either found an error, throws the build's errors, as a build that ran them before the layout stopped there.
     * Errors that editions report later are not this method's (the build reports them when every edition is made).
     */
    void join() {
        if (merge()) build.throwIfErrors();
    }

    /** Adds the checks' findings and the assembly's to the build's diagnostics, once; whether they hold an error. */
    private synchronized boolean merge() {
        if (checks == null) {
            try {
                checks = core.join(found);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            build.addAll(checks.all());
            build.addAll(assembling.all());
        }
        return checks.hasErrors() || assembling.hasErrors();
    }
}
