package press.reader.diagnostics;

import java.util.List;

/**
 * A mistake in the user's input that stops the current command. It carries the diagnostics to show;
 * the command line prints them without a stack trace and exits non-zero.
 */
public class UserError extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    public UserError(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "error" : diagnostics.get(0).format());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public UserError(Diagnostic d) {
        this(List.of(d));
    }

    public static UserError at(String file, int line, String code, String message) {
        return new UserError(Diagnostic.error(file, line, code, message));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
