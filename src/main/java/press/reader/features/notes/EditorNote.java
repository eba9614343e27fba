package press.reader.features.notes;

/** An editor's note on an essay's text, called after the {@code occurrence}-th occurrence of the exact words {@code at}. */
public record EditorNote(String chapter, String at, int occurrence, String markdown, String file, int line) {}
