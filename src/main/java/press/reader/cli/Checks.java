package press.reader.cli;

import java.util.List;
import press.reader.clean.FidelityCheck;
import press.reader.diagnostics.Diagnostic;
import press.reader.manuscript.Piece;
import press.reader.publish.BookBuilder;

/** The manuscript checks every build and `check` run, in order. */
public final class Checks {
    private Checks() {}

    public static List<BookBuilder.ManuscriptCheck> all() {
        return List.of(Checks::fidelity);
    }

    /** Every essay imported from a capture must keep every word of it (issue: nothing lost, nothing reworded). */
    private static void fidelity(press.reader.manuscript.Manuscript ms, press.reader.diagnostics.Diagnostics d) {
        for (Piece essay : ms.essays()) {
            if (essay.get("source") == null) continue;
            for (Diagnostic x : FidelityCheck.check(ms.root(), ms.root().resolve(essay.file()))) d.add(relative(x, ms));
        }
    }

    /** Shows paths inside the manuscript folder relative to it, as every other message does. */
    private static Diagnostic relative(Diagnostic x, press.reader.manuscript.Manuscript ms) {
        String root = ms.root().toString() + java.io.File.separator;
        String file = x.file().startsWith(root) ? x.file().substring(root.length()) : x.file();
        return new Diagnostic(x.severity(), file, x.line(), x.column(), x.code(), x.message().replace(root, ""));
    }
}
