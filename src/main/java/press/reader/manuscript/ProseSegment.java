package press.reader.manuscript;

/**
 * A stretch of the editor's own prose with the place it starts: a Markdown piece's body, or one text field of a
 * YAML entry (a note, a definition, an event).
 *
 * @param text the Markdown as written
 * @param firstLine the file line of the text's first character; later lines are counted from it
 */
public record ProseSegment(String file, int firstLine, String text) {

    /** The file line of the character at {@code offset}. */
    public int lineAt(int offset) {
        int line = firstLine;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
