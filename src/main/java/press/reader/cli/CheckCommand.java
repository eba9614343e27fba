package press.reader.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.Severity;
import press.reader.diagnostics.UserError;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the manuscript (structure, YAML, notes, citations, cross-references, apparatus, fidelity) without typesetting.",
                "Messages read file:line:column: severity: message [CODE]; --explain CODE says what a code means and how to fix it."})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    BookOptions book;

    @Option(names = "--explain", paramLabel = "CODE",
            description = "print what a diagnostic code (such as BP104) means, an example and the fix, instead of checking")
    String explain;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (explain != null) return Explain.print(explain, out, spec.commandLine());
        Diagnostics d = new Diagnostics();
        try {
            main.builder(book.stylesDir()).check(book.manuscript, d);
        } catch (UserError e) {
            d.addAll(e.diagnostics());
        }
        for (Diagnostic x : UserErrorHandler.shown(d.all())) out.println(x.format());
        long errors = d.count(Severity.ERROR);
        long warnings = d.count(Severity.WARNING);
        out.printf("%d error(s), %d warning(s)%n", errors, warnings);
        Explain.hint(d.all()).ifPresent(out::println);
        return errors > 0 ? UserErrorHandler.USER_ERROR : 0;
    }
}
