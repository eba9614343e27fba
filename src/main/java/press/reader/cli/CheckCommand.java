package press.reader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(names = "--manuscript", paramLabel = "DIR", defaultValue = "manuscript",
            description = "manuscript folder (default: ${DEFAULT-VALUE})")
    Path manuscript;

    @Option(names = "--styles", paramLabel = "DIR", description = "styles folder")
    Path styles;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Diagnostics d = new Diagnostics();
        try {
            Builders.create(StylesLocator.locate(styles)).check(manuscript, d);
        } catch (UserError e) {
            d.addAll(e.diagnostics());
        }
        for (Diagnostic x : d.all()) out.println(x.format());
        long errors = d.count(Severity.ERROR);
        long warnings = d.count(Severity.WARNING);
        out.printf("%d error(s), %d warning(s)%n", errors, warnings);
        return errors > 0 ? UserErrorHandler.USER_ERROR : 0;
    }
}
