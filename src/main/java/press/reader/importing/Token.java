package press.reader.importing;

/**
 * A word of an essay or capture, with the line it is on. Apostrophes are folded (’ and ' compare equal) since
 * curling them is a typographic change; case and letters are compared exactly. A citation token stands for a
 * whole pandoc citation such as {@code [@serge1937, 22]}.
 */
record Token(String text, int line, boolean citation) {
    String key() {
        return citation ? "\u0000" + text : text.replace('’', '\'').replace('‘', '\'');
    }
}
