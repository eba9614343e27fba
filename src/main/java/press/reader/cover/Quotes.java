package press.reader.cover;

/**
 * Curls straight quotes as a typesetter would (workers' -> workers’, "x" -> “x”): the words stay the same,
 * only the glyphs change. book.yaml values are often typed with straight quotes.
 */
final class Quotes {
    private Quotes() {}

    static String curl(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean opens = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{\u2014\u2013".indexOf(s.charAt(i - 1)) >= 0;
            if (c == '\'') out.append(opens ? '\u2018' : '\u2019');
            else if (c == '"') out.append(opens ? '\u201C' : '\u201D');
            else out.append(c);
        }
        return out.toString();
    }
}
