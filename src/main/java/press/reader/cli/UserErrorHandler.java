package press.reader.cli;

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

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (ex instanceof UserError ue) {
            for (Diagnostic d : Diagnostics.capErrorsPerFile(ue.diagnostics(), ERRORS_PER_FILE)) {
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
