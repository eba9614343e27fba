package press.reader.cli;

import java.util.List;
import press.reader.clean.FidelityCheck;
import press.reader.diagnostics.Diagnostic;
import press.reader.layout.FontCoverage;
import press.reader.manuscript.Piece;
import press.reader.publish.BookBuilder;

/** The manuscript checks every build and `check` run, in order. */
public final class Checks {
    private Checks() {}

    public static List<BookBuilder.ManuscriptCheck> all() {
        return List.of(Checks::fidelity);
    }

    /** Every check, including those that need the styles (the fonts that will draw the text). */
    public static List<BookBuilder.ManuscriptCheck> all(java.nio.file.Path styles) {
        FontCoverage fonts = new FontCoverage(styles.resolve("fonts"));
        return List.of(Checks::fidelity, (ms, d) -> glyphs(ms, d, fonts));
    }

    /** A character no font of the book can draw is named with its place (FOP would print '#' in its stead). */
    private static void glyphs(press.reader.manuscript.Manuscript ms, press.reader.diagnostics.Diagnostics d,
                               FontCoverage fonts) {
        for (Piece p : ms.allPieces()) {
            String[] lines = p.body().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                java.util.Set<Integer> reported = new java.util.HashSet<>();
                for (int col = 0; col < lines[i].length(); ) {
                    int cp = lines[i].codePointAt(col);
                    if (!fonts.covers(cp) && reported.add(cp)) {
                        d.add(new Diagnostic(press.reader.diagnostics.Severity.WARNING, p.file(), p.bodyFirstLine() + i,
                                lines[i].codePointCount(0, col) + 1, "BP250", String.format(
                                "character U+%04X '%s' is in none of the book's fonts (styles/fonts): the PDF cannot show it; the EPUB leaves it to the reader's fonts",
                                cp, new String(Character.toChars(cp)))));
                    }
                    col += Character.charCount(cp);
                }
            }
        }
    }

    /** Every essay imported from a capture must keep every word of it (issue: nothing lost, nothing reworded). */
    private static void fidelity(press.reader.manuscript.Manuscript ms, press.reader.diagnostics.Diagnostics d) {
        for (Piece essay : ms.essays()) {
            if (essay.get("source") == null) continue;
            for (Diagnostic x : FidelityCheck.check(ms.root(), ms.root().resolve(essay.file()))) d.add(relative(x, ms));
        }
    }

    /** Shows paths inside the manuscript folder relative to it, as every other message does. */
    private static Diagnostic relative(Diagnostic x, press.reader.manuscript.Manuscript ms) {
        String root = ms.root().toString() + java.io.File.separator;
        String file = x.file().startsWith(root) ? x.file().substring(root.length()) : x.file();
        return new Diagnostic(x.severity(), file, x.line(), x.column(), x.code(), x.message().replace(root, ""));
    }
}
