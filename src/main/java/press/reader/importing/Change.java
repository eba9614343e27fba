package press.reader.importing;

/** One changed character run on a source line, with the rule that changed it (for the report and fidelity). */
public record Change(int line, String rule, String before, String after) {}
