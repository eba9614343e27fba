package press.reader.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import press.reader.diagnostics.Catalogue;
import press.reader.diagnostics.Diagnostic;

/**
 * {@code bookpress check --explain CODE}: a diagnostic code's entry in the {@link Catalogue}, and the one-line
 * pointer to it that ends a run with errors.
 */
final class Explain {
    private static final int MAX_SUGGESTIONS = 3;

    private Explain() {}

    /** Prints the entry for {@code asked}; an unknown code is a usage error (exit 2) naming the closest codes. */
    static int print(String asked, PrintWriter out, CommandLine commandLine) {
        String code = normalise(asked);
        Catalogue.Entry e = Catalogue.lookup(code).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                "unknown diagnostic code '" + asked.strip() + "'" + didYouMean(code) + " (docs/diagnostics.md lists every code)"));
        out.println(e.code() + ": " + e.title() + " (" + e.severity().label() + ")");
        out.println();
        out.println(wrap(e.help(), WIDTH));
        out.flush();
        return 0;
    }

    /** The width of a terminal's text, as picocli's help uses. */
    static final int WIDTH = 80;

    /**
     * The help's paragraphs broken at spaces to {@code width} columns, so that a terminal does not cut words;
     * indented lines (the example) are kept as they are.
     */
    static String wrap(String help, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : help.split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            if (line.startsWith(" ") || line.length() <= width) {
                out.append(line);
                continue;
            }
            int column = 0;
            for (String word : line.split(" ")) {
                if (column > 0 && column + 1 + word.length() > width) {
                    out.append('\n');
                    column = 0;
                } else if (column > 0) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
            }
        }
        return out.toString();
    }

    /**
     * The last line of a run that found errors: how to read about the first error's code. Empty when no error has
     * a code. It names a command, not a title, so that it never reads as a diagnostic itself.
     */
    static Optional<String> hint(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.isError() && Catalogue.lookup(d.code()).isPresent()).map(Diagnostic::code).findFirst()
                .map(code -> "To see what a code means and how to fix it: bookpress check --explain " + code);
    }

    /** Accepts the code as printed ({@code [BP104]}) and in any case. */
    static String normalise(String asked) {
        String s = asked.strip().toUpperCase(Locale.ROOT);
        if (s.startsWith("[") && s.endsWith("]")) s = s.substring(1, s.length() - 1).strip();
        return s;
    }

    /** "; did you mean BP104 or BP014?" for the codes one typing slip away, nearest in number first; else "". */
    static String didYouMean(String code) {
        List<String> close = new ArrayList<>();
        for (Catalogue.Entry e : Catalogue.all()) {
            String c = e.code();
            // a number without its family ("104"), or one slip: a wrong, missing, extra or swapped character
            if (code.matches("\\d{3}") ? c.endsWith(code) : slips(code, c) <= 1) close.add(c);
        }
        close.sort(Comparator.comparingInt((String c) -> Math.abs(number(c) - number(code))).thenComparing(c -> c));
        if (close.isEmpty()) return "";
        List<String> shown = close.subList(0, Math.min(MAX_SUGGESTIONS, close.size()));
        String list = shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
        return "; did you mean " + list + "?";
    }

    private static int number(String code) {
        String digits = code.replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 6 ? 0 : Integer.parseInt(digits);
    }

    /** Optimal string alignment distance: substitutions, insertions, deletions and swaps of neighbours. */
    static int slips(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
