package press.reader.assemble;

/**
 * Curls the straight quotes and apostrophes of the editor's own texts (introduction, headnotes, notes, glossary,
 * chronology), so that they match the essays, which the import cleaned to the house style. Never applied to an
 * essay's text: the authors' words are only ever changed by the recorded import rules.
 */
public final class HouseQuotes {
    private HouseQuotes() {}

    public static String curl(String s) {
        if (s.indexOf('\'') < 0 && s.indexOf('"') < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '"' && c != '\'') {
                out.append(c);
                continue;
            }
            // asked only at a quote: asked at every character, it took about a twentieth of a warm rebuild's assembly
            char before = i == 0 ? ' ' : s.charAt(i - 1);
            boolean opens = Character.isWhitespace(before) || "([{—–‘“/".indexOf(before) >= 0;
            if (c == '"') {
                out.append(opens ? '“' : '”');
            } else if (c == '\'') {
                // an apostrophe inside or at the end of a word, or before a year ('20s), is a right quote
                boolean apostrophe = Character.isLetterOrDigit(before)
                        || (opens && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)));
                out.append(apostrophe || !opens ? '’' : '‘');
            }
        }
        return out.toString();
    }
}
