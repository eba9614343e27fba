package press.reader.assemble;

/**
 * pandoc's smart punctuation for text written in Markdown: "---" an em dash, "--" an en dash, "..." an ellipsis, and
 * straight quotes and apostrophes curled ({@link HouseQuotes}). Where the writer typed the characters themselves,
 * nothing changes. An essay imported from a web capture (front matter {@code source:}) is never touched: its words
 * are changed only by the recorded import rules, which have already set its typography.
 */
final class SmartPunctuation {
    private SmartPunctuation() {}

    static String apply(String s) {
        String t = s;
        // dashes first: a quote after a dash then opens ("—“Yes”")
        if (t.contains("--")) t = t.replace("---", "\u2014").replace("--", "\u2013");
        if (t.contains("...")) t = t.replace("...", "\u2026");
        return HouseQuotes.curl(t);
    }
}
