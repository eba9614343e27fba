package press.reader.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.reader.support.PageLines.Line;
import press.reader.support.TextOperators.Adjustment;

/**
 * The micro-typography of a print PDF in figures: kerning, word spaces and hyphenation, measured as a typesetter
 * would on the pages themselves. The tests assert on these; {@link #main} prints them for any PDF, e.g. a build
 * before a change: {@code mvn -q -o exec:java -Dmain.class=press.reader.support.TypeMeasure
 * -Dexec.classpathScope=test -Dexec.args=output/book.pdf}.
 */
public final class TypeMeasure {
    /** Pairs the font's designers kerned (Libertine's GPOS: T-o -63, W-e -80, ...), as a reader sees them gape. */
    public static final List<String> KNOWN_PAIRS = List.of("To", "Tr", "Wa", "We", "Yo", "y,", "y.", "r.", "r,", "AV");

    public final TextOperators operators;
    public final PageLines lines;

    public TypeMeasure(Path pdf) throws IOException {
        operators = new TextOperators(pdf);
        lines = PageLines.of(pdf);
    }

    // ------------------------------------------------------------------ kerning
    public long letterAdjustments() {
        return operators.betweenLetters().size();
    }

    public long kernedAdjustments() {
        return operators.betweenLetters().stream().filter(a -> a.value() != 0).count();
    }

    /**
     * For each known pair: how often it is set, and its most common kerning in thousandths of an em, measured on
     * the glyphs' positions (the distance from one glyph's start to the next, less the first glyph's advance).
     */
    public Map<String, float[]> knownPairs() {
        Map<String, List<Float>> seen = new LinkedHashMap<>();
        for (String pair : KNOWN_PAIRS) seen.put(pair, new ArrayList<>());
        for (Line l : lines.all()) {
            List<PageLines.Glyph> g = l.glyphs();
            for (int i = 0; i + 1 < g.size(); i++) {
                List<Float> values = seen.get(g.get(i).text() + g.get(i + 1).text());
                if (values == null || g.get(i).size() != g.get(i + 1).size()) continue;
                float kern = g.get(i + 1).x() - g.get(i).x() - g.get(i).advance();
                values.add((float) Math.round(1000 * kern / g.get(i).size()));
            }
        }
        Map<String, float[]> out = new LinkedHashMap<>();
        seen.forEach((pair, values) -> {
            float mode = values.stream().collect(java.util.stream.Collectors.groupingBy(v -> v,
                    java.util.stream.Collectors.counting())).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
            long kerned = values.stream().filter(v -> v != 0).count();
            out.put(pair, new float[] {values.size(), mode, kerned});
        });
        return out;
    }

    // ------------------------------------------------------------------ word spaces
    /** A word space of justified text, as a multiple of the font's own space. */
    public record Space(int page, float ratio, String line) {}

    /**
     * The word spaces of full lines (text of 9 pt and larger), measured on the glyphs' positions: from the space
     * glyph's start to the next glyph's, over the space's own advance.
     */
    public List<Space> bodyWordSpaces() {
        return wordSpaces(9f, Float.MAX_VALUE);
    }

    /** The word spaces of the notes' full lines (8.5 pt). */
    public List<Space> noteWordSpaces() {
        return wordSpaces(8f, 9f);
    }

    /** Notes' full lines whose word spaces are wider than {@code ratio} times the font's space. */
    public long noteLinesWiderThan(double ratio) {
        return noteWordSpaces().stream().filter(s -> s.ratio() > ratio).map(s -> s.page() + s.line()).distinct().count();
    }

    private List<Space> wordSpaces(float minSize, float maxSize) {
        List<Space> out = new ArrayList<>();
        for (Line l : fullLines()) {
            if (l.size() < minSize || l.size() >= maxSize) continue;
            List<PageLines.Glyph> g = l.glyphs();
            for (int i = 1; i + 1 < g.size(); i++) {
                if (!g.get(i).text().equals(" ") || g.get(i).advance() <= 0 || !follows(g.get(i - 1), g.get(i))) continue;
                float ratio = (g.get(i + 1).x() - g.get(i).x()) / g.get(i).advance();
                out.add(new Space(l.page(), ratio, l.text()));
            }
        }
        return out;
    }

    /**
     * The space comes straight after a glyph of the line: not after another space, nor after type of another size
     * set between them (a lead-in's capitals at 0.8 em are a line of their own here, and their spaces would measure
     * the whole run of them).
     */
    private static boolean follows(PageLines.Glyph before, PageLines.Glyph space) {
        return !before.text().isBlank() && Math.abs(space.x() - (before.x() + before.advance())) < 1f;
    }

    public Space widestWordSpace() {
        return bodyWordSpaces().stream().max(Comparator.comparingDouble(Space::ratio)).orElseThrow();
    }

    /** Full lines whose word spaces are wider than {@code ratio} times the font's space. */
    public long linesWiderThan(double ratio) {
        return bodyWordSpaces().stream().filter(s -> s.ratio() > ratio).map(s -> s.page() + s.line()).distinct().count();
    }

    /**
     * Glyphs drawn over the one before by more than 15 % of the type size (kerning moves a pair by 11 % at the most):
     * how FOP misplaced letter-spaced text broken at zero-width spaces ("january-201)8").
     */
    public List<String> overlaps() {
        List<String> out = new ArrayList<>();
        for (Line l : lines.all()) {
            List<PageLines.Glyph> g = l.glyphs();
            for (int i = 0; i + 1 < g.size(); i++) {
                float over = g.get(i).x() + g.get(i).advance() - g.get(i + 1).x();
                if (over > 0.15f * g.get(i).size() && !g.get(i).text().isBlank() && !g.get(i + 1).text().isBlank()) {
                    out.add("p. " + l.page() + ": '" + g.get(i).text() + g.get(i + 1).text() + "' in " + l.text());
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ hyphenation
    /** Lines of text set full out to the right edge of the text block (justified lines other than a last line). */
    public List<Line> fullLines() {
        List<Line> out = new ArrayList<>();
        for (int p = 1; p <= lines.pageCount(); p++) {
            List<Line> page = lines.page(p).stream().filter(l -> l.size() >= 8f && l.size() <= 11f).toList();
            double right = page.stream().mapToDouble(Line::right).max().orElse(0);
            double left = page.stream().mapToDouble(Line::left).min().orElse(0);
            for (Line l : page) {
                if (l.right() >= right - 1.5 && l.right() - left > 200 && l.text().length() > 30) out.add(l);
            }
        }
        return out;
    }

    /** A line broken inside a word by the hyphenator: it ends "letter-" and the next line goes on in lower case. */
    public List<Line> hyphenatedLines() {
        List<Line> out = new ArrayList<>();
        for (Line l : fullLines()) if (l.endsInHyphen() && next(l) != null && startsLower(next(l))) out.add(l);
        return out;
    }

    public double hyphenatedShare() {
        return (double) hyphenatedLines().size() / fullLines().size();
    }

    /** The most consecutive lines ending in a hyphenator's hyphen, and where. */
    public int longestStack() {
        int best = 0, run = 0;
        Line previous = null;
        for (Line l : hyphenatedLines()) {
            run = (previous != null && next(previous) == l) ? run + 1 : 1;
            best = Math.max(best, run);
            previous = l;
        }
        return best;
    }

    /** Broken words that begin with a capital (names, titles): "Len-in", "Pet-rograd". */
    public List<String> capitalisedWordsBroken() {
        List<String> out = new ArrayList<>();
        for (Line l : hyphenatedLines()) {
            String[] words = l.text().split(" ");
            String last = words[words.length - 1];
            if (Character.isUpperCase(last.codePointAt(0))) out.add("p. " + l.page() + ": " + last + next(l).text().split(" ")[0]);
        }
        return out;
    }

    /** Breaks leaving fewer than three letters before or after the hyphen ("Ju-ly", "Len-in"). */
    public List<String> shortFragments() {
        List<String> out = new ArrayList<>();
        for (Line l : hyphenatedLines()) {
            String[] words = l.text().split(" ");
            String head = words[words.length - 1].replaceAll("[^\\p{L}]", "");
            String tail = next(l).text().split(" ")[0].replaceAll("[^\\p{L}’'].*$", "").replaceAll("[’'].*$", "");
            if (head.length() < 3 || tail.length() < 3) out.add("p. " + l.page() + ": " + words[words.length - 1] + tail);
        }
        return out;
    }

    /** Right-hand pages whose last line of text (before the notes) ends in a hyphenator's hyphen. */
    public List<Integer> hyphenatedRectoEnds() {
        List<Integer> out = new ArrayList<>();
        for (int p = 1; p <= lines.pageCount(); p += 2) {
            List<Line> body = lines.page(p).stream().filter(l -> l.size() >= 9.4f && l.size() <= 11f).toList();
            if (body.isEmpty()) continue;
            Line last = body.get(body.size() - 1);
            if (last.endsInHyphen() && Character.isLowerCase(last.text().codePointAt(last.text().length() - 2))) out.add(p);
        }
        return out;
    }

    private Line next(Line l) {
        List<Line> page = lines.page(l.page());
        int i = page.indexOf(l);
        for (int j = i + 1; j < page.size(); j++) if (Math.abs(page.get(j).size() - l.size()) < 0.05f) return page.get(j);
        return null;
    }

    private static boolean startsLower(Line l) {
        return Character.isLowerCase(l.text().codePointAt(0));
    }

    /** Every figure, as the tests print them. */
    public String report() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("kerning: %d of %d adjustments between letters are non-zero%n", kernedAdjustments(), letterAdjustments()));
        knownPairs().forEach((k, v) -> s.append(String.format("  pair %-3s set %4d times, %4d kerned, most often by %4.0f/1000 em%n",
                k, (int) v[0], (int) v[2], v[1])));
        Space w = widestWordSpace();
        s.append(String.format("word spaces: %d in full lines of 9 pt and larger; %d lines wider than 1.7x; widest %.2fx (pdf p. %d: %s)%n",
                bodyWordSpaces().size(), linesWiderThan(1.7), w.ratio(), w.page(), w.line()));
        Space n = noteWordSpaces().stream().max(Comparator.comparingDouble(Space::ratio)).orElseThrow();
        s.append(String.format("  in the notes: %d lines wider than 1.7x; widest %.2fx (pdf p. %d)%n", noteLinesWiderThan(1.7),
                n.ratio(), n.page()));
        s.append(String.format("hyphenation: %d of %d full lines end in a hyphen (%.1f %%); longest stack %d%n",
                hyphenatedLines().size(), fullLines().size(), 100 * hyphenatedShare(), longestStack()));
        s.append("  capitalised words broken: ").append(capitalisedWordsBroken()).append('\n');
        s.append("  fragments under 3 letters: ").append(shortFragments()).append('\n');
        s.append("  rectos ending in a hyphen: ").append(hyphenatedRectoEnds()).append('\n');
        return s.toString();
    }

    public static void main(String[] args) throws IOException {
        for (String a : args) {
            System.out.println("== " + a);
            System.out.print(new TypeMeasure(Path.of(a)).report());
        }
    }
}
