package press.reader.cli;

import java.util.List;
import press.reader.apparatus.ApparatusChecks;
import press.reader.clean.FidelityCheck;
import press.reader.diagnostics.Diagnostic;
import press.reader.layout.FontCoverage;
import press.reader.manuscript.Piece;
import press.reader.publish.BookBuilder;

/** The manuscript checks every build and `check` run, in order. */
public final class Checks {
    private Checks() {}

    public static List<BookBuilder.ManuscriptCheck> all() {
        List<BookBuilder.ManuscriptCheck> all = new java.util.ArrayList<>(List.of(Checks::fidelity, Checks::indexReferences));
        all.addAll(ApparatusChecks.all());
        return List.copyOf(all);
    }

    private static void indexReferences(press.reader.manuscript.Manuscript ms, press.reader.diagnostics.Diagnostics d) {
        press.reader.manuscript.IndexReferences.check(ms.index(), d);
    }

    /** Every check, including those that need the styles (the fonts that will draw the text). */
    public static List<BookBuilder.ManuscriptCheck> all(java.nio.file.Path styles) {
        FontCoverage fonts = new FontCoverage(styles.resolve("fonts"));
        List<BookBuilder.ManuscriptCheck> all = new java.util.ArrayList<>(all());
        all.add((ms, d) -> glyphs(ms, d, fonts));
        return List.copyOf(all);
    }

    /**
     * A character no font of the book can draw is named with its place (FOP would print '#' in its stead), wherever
     * it is written: the pieces (front matter included: titles, authors), book.yaml (the title page, the cover, the
     * metadata), the apparatus and the bibliography. Lines of YAML comments are skipped: they are never printed.
     */
    private static void glyphs(press.reader.manuscript.Manuscript ms, press.reader.diagnostics.Diagnostics d,
                               FontCoverage fonts) {
        java.util.Set<String> files = new java.util.LinkedHashSet<>();
        files.add("book.yaml");
        for (Piece p : ms.allPieces()) files.add(p.file());
        files.addAll(List.of("editor-notes.yaml", "glossary.yaml", "timeline.yaml", "index.yaml", "bibliography.json"));
        // the book's own design may print words of its own (labels, a colophon)
        if (ms.config().design().print() != null) files.add(ms.config().design().print());
        if (ms.config().design().epub() != null) files.add(ms.config().design().epub());
        if (ms.bibliography().isPresent()) localeGlyphs(ms, d, fonts);
        for (String name : files) {
            java.nio.file.Path path = ms.root().resolve(name);
            if (!java.nio.file.Files.isRegularFile(path)) continue;
            String text;
            try {
                text = java.nio.file.Files.readString(path);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                continue;   // unreadable files are reported by the reader itself
            }
            String[] lines = text.split("\n", -1);
            boolean yaml = name.endsWith(".yaml");
            for (int i = 0; i < lines.length; i++) {
                if (yaml && lines[i].stripLeading().startsWith("#")) continue;
                java.util.Set<Integer> reported = new java.util.HashSet<>();
                for (int col = 0; col < lines[i].length(); ) {
                    int cp = lines[i].codePointAt(col);
                    if (cp != '\r' && cp != '\uFEFF' && !fonts.covers(cp) && reported.add(cp)) {
                        d.add(new Diagnostic(press.reader.diagnostics.Severity.WARNING, name, i + 1,
                                lines[i].codePointCount(0, col) + 1, "BP250", String.format(
                                "character U+%04X '%s' is in none of the book's fonts (styles/fonts): the PDF cannot show it; the EPUB leaves it to the reader's fonts",
                                cp, new String(Character.toChars(cp)))));
                    }
                    col += Character.charCount(cp);
                }
            }
        }
    }

    /**
     * The words the citation processor prints for the book's language (ibid., ed., the date affixes) come from its
     * CSL locale, not from the manuscript: a language the fonts cannot write (Japanese, Chinese) is named at the
     * language line of book.yaml, once, with the characters the PDF's citations would lose.
     */
    private static void localeGlyphs(press.reader.manuscript.Manuscript ms, press.reader.diagnostics.Diagnostics d,
                                     FontCoverage fonts) {
        String locale = press.reader.manuscript.LanguageResources.cslLocale(ms.config().language());
        java.util.Set<Integer> missing = new java.util.LinkedHashSet<>();
        press.reader.manuscript.LanguageResources.cslLocaleWords(locale).codePoints()
                .filter(cp -> !fonts.covers(cp)).forEach(missing::add);
        if (missing.isEmpty()) return;
        StringBuilder named = new StringBuilder();
        missing.stream().limit(5).forEach(cp -> named.append(named.length() > 0 ? ", " : "")
                .append(String.format("U+%04X '%s'", cp, new String(Character.toChars(cp)))));
        d.add(new Diagnostic(press.reader.diagnostics.Severity.WARNING, "book.yaml", lineOf(ms, "language:"), 0, "BP250",
                "the citation words of CSL locale " + locale + " use " + missing.size() + " character(s) in none of the "
                + "book's fonts (styles/fonts), such as " + named + ": the PDF's citations cannot show them"));
    }

    /** The line of book.yaml whose text starts with {@code key} (0 if none). */
    private static int lineOf(press.reader.manuscript.Manuscript ms, String key) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(ms.root().resolve("book.yaml"));
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(key)) return i + 1;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // unreadable: the reader reports it
        }
        return 0;
    }

    /** Every essay imported from a capture must keep every word of it (issue: nothing lost, nothing reworded). */
    private static void fidelity(press.reader.manuscript.Manuscript ms, press.reader.diagnostics.Diagnostics d) {
        for (Piece essay : ms.essays()) {
            if (essay.get("source") == null) continue;
            d.addAll(fidelityOf(ms, essay));
        }
    }

    /**
     * The fidelity check re-cleans the capture, which takes time; in a warm process (watch) its result is kept,
     * keyed by the hash of everything it reads: the essay, its capture, the rules and the bibliography.
     */
    private static List<Diagnostic> fidelityOf(press.reader.manuscript.Manuscript ms, Piece essay) {
        java.nio.file.Path root = ms.root();
        String key;
        try {
            // only files inside the manuscript are read; a path leading out is the check's own error to report
            java.nio.file.Path source = press.reader.manuscript.ManuscriptPaths.inside(root, essay.get("source"), essay.file(), 1);
            key = press.reader.publish.BuildCache.hash(root, essay.file(), readOrEmpty(root.resolve(essay.file())),
                    readOrEmpty(source), readOrEmpty(press.reader.manuscript.ManuscriptPaths.inside(root, "rules.yaml", "", 0)),
                    readOrEmpty(press.reader.manuscript.ManuscriptPaths.inside(root, "bibliography.json", "", 0)));
        } catch (RuntimeException e) {
            return FidelityCheck.check(root, root.resolve(essay.file()));
        }
        return FIDELITY.computeIfAbsent(key, k -> List.copyOf(FidelityCheck.check(root, root.resolve(essay.file()))));
    }

    private static final java.util.Map<String, List<Diagnostic>> FIDELITY = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Diagnostic>> eldest) {
                    return size() > 256;
                }
            });

    private static byte[] readOrEmpty(java.nio.file.Path p) {
        try {
            return java.nio.file.Files.isRegularFile(p) ? java.nio.file.Files.readAllBytes(p) : new byte[0];
        } catch (java.io.IOException e) {
            return new byte[0];
        }
    }
}
