package press.reader.diagnostics;

import java.util.Objects;

/**
 * One message about the user's input, anchored at a place in a file.
 * Printed in the compiler format that editors and IDEs link: {@code file:line:column: severity: message [CODE]}.
 * Line and column are 1-based; 0 means "unknown" and is left out of the output.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String code, String message) {

    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
        file = file == null ? "" : file;
        code = code == null ? "" : code;
    }

    public static Diagnostic error(String file, int line, String code, String message) {
        return new Diagnostic(Severity.ERROR, file, line, 0, code, message);
    }

    public static Diagnostic warning(String file, int line, String code, String message) {
        return new Diagnostic(Severity.WARNING, file, line, 0, code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: severity: message [CODE]} with unknown parts omitted. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (!file.isEmpty()) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) sb.append(':').append(column);
            }
            sb.append(": ");
        }
        sb.append(severity.label()).append(": ").append(message);
        if (!code.isEmpty()) sb.append(" [").append(code).append(']');
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
