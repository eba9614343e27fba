package press.reader.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntPredicate;
import press.reader.assemble.ApparatusFeatures.PrintedWords;
import press.reader.cover.CoverMaker;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.Severity;
import press.reader.layout.FontCoverage;
import press.reader.manuscript.Manuscript;
import press.reader.manuscript.Piece;
import press.reader.memo.Fingerprint;
import press.reader.memo.Lru;

/**
 * The manuscript check of the characters the book's fonts cannot draw (BP250), made for the fonts of a styles folder
 * (styles/fop.xconf with its fallbacks; the cover's faces), the files the apparatus features read and the words they
 * print of their own (the citations' CSL locale words), which it is told (they are the features' to declare).
 */
public final class MissingGlyphs implements BookBuilder.ManuscriptCheck {
    private final FontCoverage fonts;
    private final FontCoverage cover;
    private final List<String> apparatusFiles;
    private final Function<Manuscript, List<PrintedWords>> printedWords;
    /**
     * What a file's text was found lacking, by the hash of its name and text: the fonts are this check's for its life,
     * so a file's findings depend on nothing else, and a warm rebuild after a one-paragraph edit scans one file again,
     * not every character of the book (a tenth of the checks' time beside a 3x book's assembly).
     */
    private final Map<String, List<Diagnostic>> found = Lru.synchronizedMap(KEPT);
    private final AtomicInteger scanned = new AtomicInteger();
    /** Enough for the pieces and apparatus files of a book fifty times the size of the real one. */
    private static final int KEPT = 2048;

    private MissingGlyphs(FontCoverage fonts, FontCoverage cover, List<String> apparatusFiles,
                          Function<Manuscript, List<PrintedWords>> printedWords) {
        this.fonts = fonts;
        this.cover = cover;
        this.apparatusFiles = List.copyOf(apparatusFiles);
        this.printedWords = printedWords;
    }

    /**
     * The check for the fonts of {@code styles}, reading besides the pieces the apparatus files {@code apparatusFiles}
     * and the words {@code printedWords} says the features print of their own for a manuscript.
     */
    public static MissingGlyphs of(Path styles, List<String> apparatusFiles,
                                   Function<Manuscript, List<PrintedWords>> printedWords) {
        return new MissingGlyphs(FontCoverage.of(styles), FontCoverage.ofFiles(CoverMaker.fontFiles(styles.resolve("fonts"))),
                apparatusFiles, printedWords);
    }

    /** How many files' texts this check has scanned (the others' findings it kept), for the tests. */
    int scanned() {
        return scanned.get();
    }

    @Override
    public void check(Manuscript ms, Diagnostics d) {
        glyphs(ms, d, fonts, cover);
    }

    /**
     * A character no font of the book can draw is named with its place (FOP would print '#' in its stead), wherever
     * it is written: the pieces (front matter included: titles, authors), book.yaml (the title page, the cover, the
     * metadata), the apparatus and the bibliography, and the words the features print of their own. Lines of YAML
     * comments are skipped: they are never printed.
     */
    private void glyphs(Manuscript ms, Diagnostics d,
                               FontCoverage fonts, FontCoverage cover) {
        Set<String> files = new LinkedHashSet<>();
        files.add("book.yaml");
        for (Piece p : ms.allPieces()) files.add(p.file());
        files.addAll(apparatusFiles);
        // the book's own design may print words of its own (labels, a colophon)
        if (ms.config().design().print() != null) files.add(ms.config().design().print());
        if (ms.config().design().epub() != null) files.add(ms.config().design().epub());
        for (PrintedWords w : printedWords.apply(ms)) printedGlyphs(ms, w, d, fonts);
        IntPredicate inFonts = fonts.remembering();
        IntPredicate onCover = cover.remembering();
        for (String name : files) {
            Path path = ms.root().resolve(name);
            if (!Files.isRegularFile(path)) continue;
            String text;
            try {
                text = Files.readString(path);
            } catch (IOException | UncheckedIOException e) {
                continue;   // unreadable files are reported by the reader itself
            }
            String key = Fingerprint.of(name, text);
            List<Diagnostic> known = found.get(key);
            if (known == null) {
                known = fileGlyphs(name, text, inFonts, onCover);
                found.put(key, known);
                scanned.incrementAndGet();
            }
            known.forEach(d::add);
        }
    }

    /** What {@code text}, the file {@code name}, holds that the fonts cannot draw, in the order it holds it. */
    private static List<Diagnostic> fileGlyphs(String name, String text, IntPredicate inFonts, IntPredicate onCover) {
        List<Diagnostic> d = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean yaml = name.endsWith(".yaml");
        boolean bookYaml = name.equals("book.yaml");
        for (int i = 0; i < lines.length; i++) {
            if (yaml && lines[i].stripLeading().startsWith("#")) continue;
            Set<Integer> reported = new HashSet<>();
            for (int col = 0; col < lines[i].length(); ) {
                int cp = lines[i].codePointAt(col);
                if (cp != '\r' && cp != '\uFEFF' && !inFonts.test(cp) && reported.add(cp)) {
                    d.add(new Diagnostic(Severity.WARNING, name, i + 1,
                            lines[i].codePointCount(0, col) + 1, "BP250", String.format(
                            "character U+%04X '%s' is in none of the book's fonts (styles/fop.xconf, fallbacks included): the PDF cannot show it; the EPUB leaves it to the reader's fonts",
                            cp, new String(Character.toChars(cp)))));
                } else if (bookYaml && cp != '\r' && cp != '\uFEFF' && !onCover.test(cp) && reported.add(cp)) {
                    // the cover is drawn in the book's faces only (OpenPDF, no fallback face)
                    d.add(new Diagnostic(Severity.WARNING, name, i + 1,
                            lines[i].codePointCount(0, col) + 1, "BP250", String.format(
                            "character U+%04X '%s' is drawn in the PDF from a fallback face, but the cover's fonts lack it: the cover cannot show it",
                            cp, new String(Character.toChars(cp)))));
                }
                col += Character.charCount(cp);
            }
        }
        return List.copyOf(d);
    }

    /**
     * The words a feature prints of its own (the citation processor's, ibid., ed., the date affixes, from its CSL
     * locale, not from the manuscript): a language the fonts cannot write (Japanese, Chinese) is named at the line of
     * book.yaml they follow from, once, with the characters the PDF would lose.
     */
    private static void printedGlyphs(Manuscript ms, PrintedWords words, Diagnostics d, FontCoverage fonts) {
        Set<Integer> missing = new LinkedHashSet<>();
        words.text().codePoints().filter(cp -> !fonts.covers(cp)).forEach(missing::add);
        if (missing.isEmpty()) return;
        StringBuilder named = new StringBuilder();
        missing.stream().limit(5).forEach(cp -> named.append(named.length() > 0 ? ", " : "")
                .append(String.format("U+%04X '%s'", cp, new String(Character.toChars(cp)))));
        d.add(new Diagnostic(Severity.WARNING, "book.yaml", lineOf(ms, words.bookKey() + ":"), 0, "BP250",
                "the " + words.what() + " use " + missing.size() + " character(s) in none of the "
                + "book's fonts (styles/fop.xconf, fallbacks included), such as " + named + ": the PDF's "
                + words.printedIn() + " cannot show them"));
    }

    /** The line of book.yaml whose text starts with {@code key} (0 if none). */
    private static int lineOf(Manuscript ms, String key) {
        try {
            List<String> lines = Files.readAllLines(ms.root().resolve("book.yaml"));
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(key)) return i + 1;
        } catch (IOException | UncheckedIOException e) {
            // unreadable: the reader reports it
        }
        return 0;
    }
}
