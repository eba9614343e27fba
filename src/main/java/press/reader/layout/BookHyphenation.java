package press.reader.layout;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.hyphenation.HyphenationTree;
import org.apache.fop.hyphenation.HyphenationTreeCache;
import org.apache.fop.hyphenation.Hyphenator;
import org.apache.fop.hyphenation.TernaryTree;
import press.reader.diagnostics.UserError;

/**
 * The hyphenation FOP uses for one book: FOP's own patterns for the book's language and country (en-GB: British),
 * with two kinds of exception added.
 * <ul>
 *   <li>Every word of the book with a capital letter (a name, a title, an acronym, a sentence's first word) is
 *       never broken: "Len-in", "Pet-rograd", "Jonath-an" are what the patterns do to names. The patterns match
 *       lower case only, so the tree is told that a capital is a letter of its own (not the lower-case one) and
 *       the book's capitalised words are listed as it writes them.</li>
 *   <li>The designer's exceptions ({@code styles/hyphenation.txt}): where a word may break, or that it may not.</li>
 * </ul>
 * FOP's line breaker then weighs these breaks as its own, so {@code hyphenation-ladder-count} (hyphens in a row)
 * and the character counts of the styles apply to them.
 *
 * <p>FOP takes its trees from a cache of the factory, by language and country only; a build puts this book's tree
 * there before each layout, and {@link #GATE} keeps two books from laying out with each other's tree.
 */
final class BookHyphenation {
    /**
     * Layouts whose trees are the same (the print and the screen layout of one book, side by side) may run together:
     * either's tree in the cache breaks words as the other's would. A layout with another tree, or none, waits.
     */
    static final Gate GATE = new Gate();
    /** A break between two parts of an exception (FOP's tree counts the letters of the String parts only). */
    private static final Character BREAK = '-';

    private final String language;
    private final String country;
    private final RememberingTree tree;
    /** What the tree is made from: two trees with equal keys break every word alike. */
    private final List<Object> key;
    private final Set<String> keptWhole;

    private BookHyphenation(String language, String country, RememberingTree tree, List<Object> key,
                            Set<String> keptWhole) {
        this.language = language;
        this.country = country;
        this.tree = tree;
        this.key = key;
        this.keptWhole = keptWhole;
    }

    /** What the tree is made from (for {@link #GATE}); null hyphenation has the key null. */
    static Object key(BookHyphenation h) {
        return h == null ? null : h.key;
    }

    /** The book's capitalised words, each never broken: what a part of the book reads of the tree besides the patterns. */
    Set<String> keptWhole() {
        return keptWhole;
    }

    /**
     * @param xmlLang the book's language ("en-GB")
     * @param text the book's text, for its capitalised words
     * @param exceptions the designer's exceptions file (may be absent)
     * @return null when FOP has no patterns for the language
     */
    static BookHyphenation of(String xmlLang, String text, Path exceptions) {
        return of(xmlLang, text, exceptions, null);
    }

    /**
     * As {@link #of(String, String, Path)}, or {@code last} when it is made from the same (a rebuild in which no
     * capitalised word came or went): its tree not made again from FOP's patterns, and the words it broke remembered.
     */
    static BookHyphenation of(String xmlLang, String text, Path exceptions, BookHyphenation last) {
        String[] parts = xmlLang.split("-");
        String language = parts[0].toLowerCase(Locale.ROOT);
        String country = parts.length > 1 && parts[1].length() == 2 ? parts[1].toUpperCase(Locale.ROOT) : null;
        Set<String> capitalised = capitalisedWords(text);
        List<Exception> designers = exceptions(exceptions);
        List<Object> key = List.of(language, String.valueOf(country), capitalised, designers);
        if (last != null && last.key.equals(key)) return last;
        HyphenationTree tree = country == null ? null : Hyphenator.getFopHyphenationTree(language + "_" + country);
        if (tree == null) tree = Hyphenator.getFopHyphenationTree(language);
        if (tree == null) return null;
        capitalsAreLettersOfTheirOwn(tree);
        for (String w : capitalised) tree.addException(w, new ArrayList<>(List.of(w)));
        for (Exception e : designers) tree.addException(e.word(), e.parts());
        return new BookHyphenation(language, country, RememberingTree.of(tree), key, Set.copyOf(capitalised));
    }

    /** Puts the tree where FOP's hyphenator looks for the book's language, for the layout about to start. */
    void install(FOUserAgent agent) {
        HyphenationTreeCache cache = agent.getHyphenationTreeCache();
        if (cache != null) cache.cache(HyphenationTreeCache.constructLlccKey(language, country), tree);
    }

    /**
     * Every distinct word of the text (a run of letters) with a capital letter in it, as written: a word its lower
     * case would change. One look at each letter, a word cut out only when it has a capital (a regular expression's
     * matcher cut every word of the book out and lowered it: a rebuild's most of this).
     */
    static Set<String> capitalisedWords(String text) {
        Set<String> out = new HashSet<>();
        int start = -1;
        boolean capital = false;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetter(cp)) {
                if (start < 0) {
                    start = i;
                    capital = false;
                }
                // String.toLowerCase changes a word exactly when it changes one of its code points
                if (Character.toLowerCase(cp) != cp) capital = true;
            } else if (start >= 0) {
                if (capital) out.add(text.substring(start, i));
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return new TreeSet<>(out);
    }

    /**
     * The pattern trees map "A" to "a" (a class of letters) before they look a word up; mapped to itself, a capital
     * keeps a capitalised word apart from its lower-case twin in the exceptions ("Revolution" whole, "revolution"
     * broken as the patterns say).
     */
    private static void capitalsAreLettersOfTheirOwn(HyphenationTree tree) {
        try {
            Field f = HyphenationTree.class.getDeclaredField("classmap");
            f.setAccessible(true);
            TernaryTree classmap = (TernaryTree) f.get(tree);
            char[] key = new char[2];
            for (char c = 0; c < 0x2000; c++) {
                if (!Character.isUpperCase(c)) continue;
                key[0] = c;
                if (classmap.find(key, 0) >= 0) classmap.insert(key, 0, c);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FOP's hyphenation tree has changed: " + e, e);
        }
    }

    /** A designer's exception: the word in lower case and its parts, with a hyphen between two parts at each break. */
    record Exception(String word, ArrayList<Object> parts) {}

    /**
     * The designer's exceptions: one word a line, with a hyphen at each point it may break ("mili-tia"); a word
     * without one is never broken. Lines starting with # are comments. No file: no exceptions.
     */
    static List<Exception> exceptions(Path file) {
        List<Exception> out = new ArrayList<>();
        if (file == null || !Files.isRegularFile(file)) return out;
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw UserError.at(file.toString(), 0, "BP520", "the hyphenation exceptions cannot be read: " + e.getMessage());
        }
        for (int n = 1; n <= lines.size(); n++) {
            String w = lines.get(n - 1).strip();
            if (w.isEmpty() || w.startsWith("#")) continue;
            if (!w.matches("\\p{Ll}+(-\\p{Ll}+)*")) {
                throw UserError.at(file.toString(), n, "BP520", "'" + w + "' is not a lower-case word with hyphens where it"
                        + " may break (e.g. mili-tia; no hyphen: never broken)");
            }
            ArrayList<Object> parts = new ArrayList<>();
            for (String part : w.split("-")) {
                if (!parts.isEmpty()) parts.add(BREAK);
                parts.add(part);
            }
            out.add(new Exception(w.replace("-", ""), parts));
        }
        return out;
    }

    /** Where the word may break (letter counts), for tests: FOP's own answer with this tree. */
    List<Integer> points(String word, int remain, int push) {
        var h = tree.hyphenate(word, remain, push);
        List<Integer> out = new ArrayList<>();
        if (h != null) for (int p : h.getHyphenationPoints()) out.add(p);
        return out;
    }

    /** The words the tree broke from its patterns so far, the others remembered (for tests). */
    long lookedUp() {
        return tree.lookedUp();
    }

    /** Admits layouts with equal hyphenation keys together, and one key at a time. */
    static final class Gate {
        private Object admitted;
        private int inside;

        synchronized void enter(Object key) {
            while (inside > 0 && !Objects.equals(admitted, key)) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while another book was laid out", e);
                }
            }
            admitted = key;
            inside++;
        }

        synchronized void leave() {
            if (--inside == 0) {
                admitted = null;
                notifyAll();
            }
        }
    }
}
