package press.reader.diagnostics;

import java.util.Locale;

/** How bad a diagnostic is. Errors stop a build; warnings and notes are reported only. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
