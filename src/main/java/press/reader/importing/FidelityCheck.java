package press.reader.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.FrontMatter;
import press.reader.manuscript.ManuscriptPaths;
import press.reader.manuscript.TextFiles;
import press.reader.manuscript.Yaml;

/**
 * Nothing lost, nothing reworded: aligns the words of an essay's source capture with the words of the essay.
 * The capture is cleaned again with the current rules, so every word a named rule removed or a typographic
 * rule changed is known; what remains must appear in the essay, in order, and the essay may add only markup
 * (footnote references, cross-reference links, heading ids, emphasis) and citations. Every other difference is
 * reported with the essay's file and line:
 * <ul>
 * <li>{@value #DROPPED}: words of the source missing from the essay;</li>
 * <li>{@value #ADDED}: words in the essay that are not in the source;</li>
 * <li>{@value #REWORDED}: words of the source replaced by other words;</li>
 * <li>{@value #CITATION}: a citation {@code [@key]} replaced words that its bibliography entry does not contain
 * (a citation that replaced a parenthetical reference whose words are all in the entry is explained);</li>
 * <li>{@value #NO_SOURCE}: the essay names no source, or the source is missing;</li>
 * <li>{@value #CLEANER}: the cleaning itself changed words without a rule (a bug in a rule);</li>
 * <li>{@value #UNRELATED}: the essay and its source differ too much to align.</li>
 * </ul>
 */
public final class FidelityCheck {
    public static final String DROPPED = "FD001";
    public static final String ADDED = "FD002";
    public static final String REWORDED = "FD003";
    public static final String CITATION = "FD004";
    public static final String NO_SOURCE = "FD005";
    public static final String CLEANER = "FD006";
    public static final String UNRELATED = "FD007";

    private static final int MAX_EDITS = 3000;
    private static final int QUOTED_WORDS = 12;
    private static final Set<String> CITATION_CONNECTIVES = Set.of("in", "see", "ed", "eds", "editor", "editors",
            "trans", "p", "pp", "page", "pages", "vol", "vols", "volume", "volumes", "no", "and", "cited", "by", "cf", "also");
    private static final Pattern CITE_KEY = Pattern.compile("@([\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&+?<>~/-]*)");
    private static final List<Role> FRONT_ORDER = List.of(Role.TITLE, Role.SUBTITLE, Role.STANDFIRST);
    private static final List<String> FRONT_KEYS = List.of("title", "subtitle", "standfirst");

    private FidelityCheck() {}

    /**
     * An essay checked against its capture: the capture as the current rules clean it (null when there is none to
     * clean) and every difference, with the essay's file and line.
     */
    public record Checked(CleanResult fresh, List<Diagnostic> diagnostics) {
        public Checked {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * Checks {@code essayFile} against the capture its front matter names, with {@code manuscriptDir/rules.yaml};
     * a citation that replaced words is explained by the words of its entry in {@code bibliography}.
     */
    public static List<Diagnostic> check(Path manuscriptDir, Path essayFile, Bibliography bibliography) {
        return checkEssay(manuscriptDir, essayFile, bibliography).diagnostics();
    }

    /** How a capture is cleaned for the check: by the {@link Importer}, or from a cache of its results. */
    public interface Cleaning {
        CleanResult clean(Rules rules, CaptureReader.Capture capture, String sourceRef);

        /** Cleans every time. */
        Cleaning FRESH = (rules, capture, sourceRef) -> new Importer(rules).clean(capture, sourceRef);
    }

    /** As {@link #check}, keeping the cleaned capture too (for the cleanup report). */
    public static Checked checkEssay(Path manuscriptDir, Path essayFile, Bibliography bibliography) {
        return checkEssay(manuscriptDir, essayFile, bibliography, Cleaning.FRESH);
    }

    /** As {@link #checkEssay(Path, Path, Bibliography)}, cleaning the capture with {@code cleaning}. */
    public static Checked checkEssay(Path manuscriptDir, Path essayFile, Bibliography bibliography, Cleaning cleaning) {
        try {
            return check(manuscriptDir, essayFile,
                    RulesLoader.load(ManuscriptPaths.inside(manuscriptDir, "rules.yaml", "rules.yaml", 0)), bibliography,
                    cleaning);
        } catch (UserError e) {
            return new Checked(null, e.diagnostics());
        }
    }

    private static Checked check(Path manuscriptDir, Path essayFile, Rules rules, Bibliography bibliography,
                                 Cleaning cleaning) {
        String essayName = nameInside(manuscriptDir, essayFile);
        try {
            String essayText = TextFiles.readUtf8(essayFile, essayName);
            FrontMatter fm = FrontMatter.split(essayText, essayName);
            String source = scalar(fm.yaml(), "source");
            if (source == null || source.isBlank() || source.equals(EssayMetadata.UNKNOWN)) {
                return new Checked(null, List.of(Diagnostic.warning(essayName, 1, NO_SOURCE,
                        "no 'source:' in the front matter: the essay's words cannot be checked against a capture")));
            }
            // the capture must be inside the manuscript: a source: of ../../etc/passwd must not be read (or quoted)
            Path sourceFile = ManuscriptPaths.inside(manuscriptDir, source, essayName, lineOf(fm.yaml(), "source"));
            if (!Files.isRegularFile(sourceFile)) {
                return new Checked(null, List.of(Diagnostic.error(essayName, lineOf(fm.yaml(), "source"), NO_SOURCE,
                        "source capture not found: " + sourceFile)));
            }
            CaptureReader.Capture capture = CaptureReader.read(sourceFile, nameInside(manuscriptDir, sourceFile));
            CleanResult fresh = cleaning.clean(rules, capture, source);
            return new Checked(fresh, compare(fresh, essayText, essayName, bibliography));
        } catch (UserError e) {
            return new Checked(null, e.diagnostics());
        }
    }

    /** A file as messages name it: relative to the manuscript folder when it is inside, as every other message does. */
    private static String nameInside(Path manuscriptDir, Path file) {
        Path root = manuscriptDir.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(root) ? root.relativize(f).toString().replace('\\', '/') : file.toString();
    }

    /**
     * Compares a fresh import of the source with an essay's text (which may have been edited since).
     *
     * @param bibliography used to explain citations that replaced parenthetical references; may be null
     */
    public static List<Diagnostic> compare(CleanResult fresh, String essayText, String essayName, Bibliography bibliography) {
        CaptureWords capture = fresh.captureWords(FidelityCheck::captureWords);
        List<Diagnostic> out = new ArrayList<>(capture.cleanerCheck());
        FrontMatter fm = FrontMatter.split(essayText, essayName);
        List<Token> expected = capture.expected();
        List<Token> actual = new ArrayList<>();
        for (int i = 0; i < FRONT_ORDER.size(); i++) {
            // A title the capture lacks is the editor's to supply: it is not the author's text.
            if (firstWithRole(fresh, FRONT_ORDER.get(i)) == null) continue;
            String value = scalar(fm.yaml(), FRONT_KEYS.get(i));
            if (value != null) actual.addAll(Tokenizer.markdown(value, lineOf(fm.yaml(), FRONT_KEYS.get(i))));
        }
        String[] body = fm.body().split("\n", -1);
        for (int i = 0; i < body.length; i++) actual.addAll(Tokenizer.markdown(body[i], fm.bodyFirstLine() + i));

        List<WordDiff.Hunk> hunks = WordDiff.diff(keys(expected), keys(actual), MAX_EDITS);
        if (hunks == null) {
            out.add(Diagnostic.error(essayName, 1, UNRELATED, "the essay differs from its source "
                    + fresh.sourceName() + " in more than " + MAX_EDITS + " words: is 'source:' right?"));
            return out;
        }
        Bibliography bib = bibliography == null ? Bibliography.empty() : bibliography;
        for (WordDiff.Hunk h : hunks) {
            Diagnostic d = explain(h, expected, actual, essayName, fresh.sourceName(), bib);
            if (d != null) out.add(d);
        }
        out.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line));
        return out;
    }

    /**
     * What the comparison reads of the capture alone, whatever the essay: the cleaning's own check
     * ({@link #cleanerSelfCheck}) and the words the essay must hold, in order (the front matter's, then the body's).
     */
    record CaptureWords(List<Diagnostic> cleanerCheck, List<Token> expected) {
        CaptureWords {
            cleanerCheck = List.copyOf(cleanerCheck);
            expected = List.copyOf(expected);
        }
    }

    private static CaptureWords captureWords(CleanResult fresh) {
        List<Token> expected = new ArrayList<>();
        for (Role role : FRONT_ORDER) {
            SourceLine line = firstWithRole(fresh, role);
            if (line != null) expected.addAll(Tokenizer.markdown(line.rendered, line.number));
        }
        for (SourceLine line : fresh.lines()) {
            if (line.kept() && !line.blank() && !line.role.isFrontMatter()) {
                expected.addAll(Tokenizer.markdown(line.rendered, line.number));
            }
        }
        return new CaptureWords(cleanerSelfCheck(fresh), expected);
    }

    /** Count of differences that no rule explains (errors), the number that must be 0. */
    public static long unexplained(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    private static Diagnostic explain(WordDiff.Hunk h, List<Token> expected, List<Token> actual, String essayName,
                                      String sourceName, Bibliography bib) {
        List<Token> dropped = expected.subList(h.aFrom(), h.aTo());
        List<Token> inserted = actual.subList(h.bFrom(), h.bTo());
        List<Token> citations = inserted.stream().filter(Token::citation).toList();
        List<Token> words = inserted.stream().filter(t -> !t.citation()).toList();
        int essayLine = !inserted.isEmpty() ? inserted.get(0).line()
                : h.bFrom() < actual.size() ? actual.get(h.bFrom()).line()
                : actual.isEmpty() ? 1 : actual.get(actual.size() - 1).line();
        String where = dropped.isEmpty() ? "" : " (" + sourceName + ":" + dropped.get(0).line() + ")";
        if (words.isEmpty()) {
            if (dropped.isEmpty()) return null; // the editor added a citation
            if (!citations.isEmpty()) {
                if (citationExplains(citations, dropped, bib)) return null;
                return Diagnostic.error(essayName, essayLine, CITATION, "citation " + quote(citations)
                        + " replaced words its bibliography entry does not contain: '" + quote(dropped) + "'" + where);
            }
            return Diagnostic.error(essayName, essayLine, DROPPED,
                    "words of the source are missing here: '" + quote(dropped) + "'" + where);
        }
        if (dropped.isEmpty()) {
            return Diagnostic.error(essayName, essayLine, ADDED, "words not in the source: '" + quote(words) + "'");
        }
        return Diagnostic.error(essayName, essayLine, REWORDED, "'" + quote(dropped) + "'" + where
                + " was changed to '" + quote(words) + "'");
    }

    private static boolean citationExplains(List<Token> citations, List<Token> dropped, Bibliography bib) {
        List<String> ids = new ArrayList<>();
        Set<String> allowed = new HashSet<>(CITATION_CONNECTIVES);
        for (Token c : citations) {
            Matcher m = CITE_KEY.matcher(c.text());
            while (m.find()) ids.add(m.group(1).replaceAll("[.:]+$", ""));
            for (Token t : Tokenizer.plain(c.text().replaceAll("@\\S+", " "), 0)) allowed.add(lower(t));
        }
        Set<String> entry = bib.words(ids);
        if (entry.isEmpty()) return false;
        allowed.addAll(entry);
        return dropped.stream().allMatch(t -> allowed.contains(lower(t)));
    }

    /** Every word the cleaning removed or added on a kept line must be in a change recorded for that line. */
    private static List<Diagnostic> cleanerSelfCheck(CleanResult fresh) {
        List<Diagnostic> out = new ArrayList<>();
        for (SourceLine line : fresh.lines()) {
            if (!line.kept() || line.blank()) continue;
            List<Token> before = Tokenizer.plain(line.original, line.number);
            List<Token> after = Tokenizer.markdown(line.rendered, line.number);
            List<WordDiff.Hunk> hunks = WordDiff.diff(keys(before), keys(after), MAX_EDITS);
            if (!hunks.isEmpty() && replaysToRendered(line, after)) continue;
            Set<String> removable = new HashSet<>();
            Set<String> addable = new HashSet<>();
            for (Change c : line.changes) {
                removable.addAll(keys(Tokenizer.plain(c.before(), 0)));
                addable.addAll(keys(Tokenizer.markdown(c.after(), 0)));
            }
            for (WordDiff.Hunk h : hunks) {
                for (Token t : before.subList(h.aFrom(), h.aTo())) {
                    if (!removable.contains(t.key())) {
                        out.add(Diagnostic.error(fresh.sourceName(), line.number, CLEANER,
                                "the cleaning dropped '" + t.text() + "' without a rule"));
                    }
                }
                for (Token t : after.subList(h.bFrom(), h.bTo())) {
                    if (!addable.contains(t.key())) {
                        out.add(Diagnostic.error(fresh.sourceName(), line.number, CLEANER,
                                "the cleaning added '" + t.text() + "' without a rule"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the line's recorded changes, replayed in order on its original text, give the rendered words. This
     * explains a change inside a word, which the word-by-word comparison cannot: an entity repaired in the middle
     * of "don&#8217;t" or "caf&eacute;" turns two words of the capture into one.
     */
    private static boolean replaysToRendered(SourceLine line, List<Token> rendered) {
        // Insertions (an empty "before": "## ", "> ", "- ") are markup prefixes the tokenizer skips; they have no
        // place to be found, so they are left out of the replay.
        List<Change> changes = line.changes.stream().filter(c -> !c.before().isEmpty()).toList();
        // one stack frame per change: a line with very many changes keeps the word-by-word verdict
        if (changes.size() > 300) return false;
        // Limited discrepancy search: first the replay that takes every change at its first likely place, then
        // those that take one, two or three changes elsewhere; a wrong early guess cannot eat the whole budget.
        int[] budget = {REPLAY_STEPS};
        for (int deviations = 0; deviations <= 3; deviations++) {
            if (replay(line.original, changes, 0, null, 0, keys(rendered), line.number, deviations, budget)) return true;
            if (budget[0] < 0) return false;
        }
        return false;
    }

    /** Bound on the occurrences tried: a change's text may occur several times and only one is where it applied. */
    private static final int REPLAY_STEPS = 20_000;

    /**
     * Applies changes[i..] in order. A rule records its changes left to right in one pass, so the occurrence after
     * the previous change of the same rule is tried first; the others follow (the record has no position, and the
     * escape of a line's first character is recorded after the inline escapes).
     */
    private static boolean replay(String text, List<Change> changes, int i, String rule, int cursor,
                                  List<String> target, int lineNumber, int deviations, int[] budget) {
        if (i == changes.size()) return keys(Tokenizer.markdown(text, lineNumber)).equals(target);
        Change c = changes.get(i);
        int from = c.rule().equals(rule) ? cursor : 0;
        List<Integer> places = new ArrayList<>();
        for (int at = text.indexOf(c.before(), from); at >= 0; at = text.indexOf(c.before(), at + 1)) places.add(at);
        for (int at = text.indexOf(c.before()); at >= 0 && at < from; at = text.indexOf(c.before(), at + 1)) places.add(at);
        for (int k = 0; k < places.size() && k <= (deviations > 0 ? places.size() : 0); k++) {
            if (--budget[0] < 0) return false;
            int at = places.get(k);
            String next = text.substring(0, at) + c.after() + text.substring(at + c.before().length());
            int left = k == 0 ? deviations : deviations - 1;
            if (replay(next, changes, i + 1, c.rule(), at + c.after().length(), target, lineNumber, left, budget)) {
                return true;
            }
        }
        return false;
    }

    private static SourceLine firstWithRole(CleanResult fresh, Role role) {
        for (SourceLine l : fresh.lines()) if (l.kept() && l.role == role) return l;
        return null;
    }

    private static String scalar(Yaml.Value yaml, String key) {
        if (yaml instanceof Yaml.Mapping m && m.get(key) instanceof Yaml.Scalar s) return s.text();
        return null;
    }

    private static int lineOf(Yaml.Value yaml, String key) {
        return yaml instanceof Yaml.Mapping m ? m.lineOf(key) : 1;
    }

    private static List<String> keys(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) out.add(t.key());
        return out;
    }

    private static String lower(Token t) {
        return t.key().toLowerCase(Locale.ROOT);
    }

    private static String quote(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size() && i < QUOTED_WORDS; i++) {
            if (i > 0) sb.append(' ');
            sb.append(tokens.get(i).text());
        }
        if (tokens.size() > QUOTED_WORDS) sb.append(" … (").append(tokens.size()).append(" words)");
        return sb.toString();
    }
}
