package press.reader.cli;

import java.util.List;
import picocli.CommandLine;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;

/**
 * Turns a user's mistake into messages and exit code 1, without a stack trace. Anything else is a bug in this
 * tool: it gets a one-line message and exit code 70 (and the trace only with BOOKPRESS_DEBUG set).
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int USER_ERROR = 1;
    static final int INTERNAL_ERROR = 70;
    /** Errors shown per file; the rest of a file's are counted in one line */
    static final int ERRORS_PER_FILE = 20;
    /** Warnings shown per code and file; the rest are counted in one note (BP675) */
    static final int WARNINGS_PER_KIND = 5;

    /** The diagnostics as the command line shows them: a file's errors and a kind's warnings capped, the rest counted. */
    static List<Diagnostic> shown(List<Diagnostic> all) {
        return Diagnostics.foldRepeatedWarnings(Diagnostics.capErrorsPerFile(all, ERRORS_PER_FILE), WARNINGS_PER_KIND);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (ex instanceof UserError ue) {
            for (Diagnostic d : shown(ue.diagnostics())) {
                cl.getErr().println(d.format());
            }
            cl.getErr().println("build failed: " + ue.diagnostics().stream().filter(Diagnostic::isError).count() + " error(s)");
            Explain.hint(ue.diagnostics()).ifPresent(cl.getErr()::println);
            return USER_ERROR;
        }
        cl.getErr().println("internal error: " + ex);
        if (System.getenv("BOOKPRESS_DEBUG") != null) ex.printStackTrace(cl.getErr());
        return INTERNAL_ERROR;
    }
}
