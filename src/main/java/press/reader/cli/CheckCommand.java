package press.reader.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.Severity;
import press.reader.diagnostics.UserError;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the manuscript (structure, YAML, notes, citations, cross-references, apparatus, fidelity) without typesetting.")
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BookOptions book;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Diagnostics d = new Diagnostics();
        try {
            Builders.create(book.stylesDir()).check(book.manuscript, d);
        } catch (UserError e) {
            d.addAll(e.diagnostics());
        }
        for (Diagnostic x : Diagnostics.capErrorsPerFile(d.all(), UserErrorHandler.ERRORS_PER_FILE)) out.println(x.format());
        long errors = d.count(Severity.ERROR);
        long warnings = d.count(Severity.WARNING);
        out.printf("%d error(s), %d warning(s)%n", errors, warnings);
        return errors > 0 ? UserErrorHandler.USER_ERROR : 0;
    }
}
