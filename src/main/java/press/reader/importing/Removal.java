package press.reader.importing;

/**
 * One source line left out of the essay, with the rule that removed it.
 *
 * @param omitted what the front matter's {@code omitted:} list calls it (e.g. "reader comments"), or null
 * @param movedTo where its content went instead (e.g. "front matter: author"), or null
 */
public record Removal(int line, String rule, String text, String omitted, String movedTo) {}
