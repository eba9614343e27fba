package press.reader.assemble;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.w3c.dom.Element;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.ApparatusFile;
import press.reader.manuscript.BookKey;
import press.reader.manuscript.FeatureDeclarations;
import press.reader.manuscript.FoundFile;
import press.reader.manuscript.Manuscript;

/**
 * The apparatus features a build assembles, in the order they mark the text, each by its {@link Maker}. The build's
 * list is {@code press.reader.features.Features}, the one place a feature is registered; the back sections the
 * makers declare are the ones book.yaml's {@code contents.back} may name ({@link #sections()}). Each feature is made
 * afresh for every book assembled; what is warm between builds (the citation processor) belongs to its maker.
 */
public final class ApparatusFeatures {
    /**
     * What a feature is made from: the manuscript (its reading), the document being written, the book's ids, the
     * styles' words (its printed words: "Chronology"), the build's diagnostics.
     */
    public record Assembly(Manuscript ms, DocBook db, BookState state, Words words, Diagnostics diagnostics) {
        /**
         * The context of the editor's Markdown written into a generated section (a glossary's definitions): its
         * paragraphs' ids start with {@code idPrefix} and are counted on across every fragment written with it; no
         * marker marks it, the replacers (citations) read it.
         */
        public PieceContext sectionContext(String idPrefix) {
            return new PieceContext(state, idPrefix, List.of());
        }

        /** Writes the editor's Markdown {@code markdown} (read at {@code file:line}) as paragraphs into {@code parent}. */
        public void markdown(String markdown, Element parent, PieceContext ctx, String file, int line) {
            MarkdownConverter.fragment(db, markdown, parent, ctx, file, line, diagnostics);
        }
    }

    /**
     * How a feature is made for each book, and what it declares before any book is read: the back sections it
     * generates, by their name in {@code contents.back} (none for a feature that prints where it marks, as the
     * editor's notes do), each with the manuscript file the editor writes it from (a message about the section's
     * pages names that file); the apparatus files of the manuscript it reads ({@link ApparatusFile}, read with the
     * manuscript); the files it reads itself, in a form of its own, which the reader finds for it ({@link FoundFile}:
     * the bibliography), and the names of any other file it reads (their characters must be in the fonts); the keys of
     * book.yaml it owns and reads ({@link BookKey}: the citation style); the ids it gives to parts of the book it
     * makes, which no piece or heading may take; its checks of the manuscript that run before assembly.
     */
    public record Maker(Map<String, String> sections, List<ApparatusFile<?>> files, List<String> otherFiles,
                        List<FoundFile<?>> foundFiles, List<BookKey<?>> keys, Set<String> reservedIds,
                        List<String> reservedPrefixes, List<Check> checks, List<WordsOfItsOwn> words,
                        Function<Assembly, ApparatusFeature> make) {
        public Maker {
            checks = List.copyOf(checks);
            sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
            files = List.copyOf(files);
            otherFiles = List.copyOf(otherFiles);
            foundFiles = List.copyOf(foundFiles);
            keys = List.copyOf(keys);
            reservedIds = Set.copyOf(reservedIds);
            reservedPrefixes = List.copyOf(reservedPrefixes);
            words = List.copyOf(words);
        }

        /** A feature generating the one back section {@code section}, written from the manuscript's {@code file}. */
        public static Maker of(String section, String file, Function<Assembly, ApparatusFeature> make) {
            return new Maker(Map.of(section, file), List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(),
                    List.of(), List.of(), make);
        }

        /** A feature that generates no back section. */
        public static Maker withoutSection(Function<Assembly, ApparatusFeature> make) {
            return new Maker(Map.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(),
                    List.of(), List.of(), make);
        }

        /** This feature reading {@code file} with the manuscript (what it read: {@code Manuscript.apparatus(file)}). */
        public Maker reading(ApparatusFile<?> file) {
            List<ApparatusFile<?>> more = new ArrayList<>(files);
            more.add(file);
            return new Maker(sections, more, otherFiles, foundFiles, keys, reservedIds, reservedPrefixes, checks, words, make);
        }

        /** This feature reading the manuscript's files {@code names} itself (the citations, the bibliography). */
        public Maker alsoReading(String... names) {
            List<String> more = new ArrayList<>(otherFiles);
            more.addAll(List.of(names));
            return new Maker(sections, files, more, foundFiles, keys, reservedIds, reservedPrefixes, checks, words, make);
        }

        /**
         * This feature finding with the manuscript a file it reads itself, in a form of its own (the citations, the
         * bibliography: what it found is {@code Manuscript.found(file)}); the check of the fonts reads its names too.
         */
        public Maker finding(FoundFile<?> file) {
            List<FoundFile<?>> more = new ArrayList<>(foundFiles);
            more.add(file);
            return new Maker(sections, files, otherFiles, more, keys, reservedIds, reservedPrefixes, checks, words, make);
        }

        /**
         * This feature owning the key {@code key} of book.yaml, which it reads itself (the citation style, the
         * chronology's note): a known key of book.yaml, read with it ({@code Manuscript.setting(key)}).
         */
        public Maker owning(BookKey<?> key) {
            List<BookKey<?>> more = new ArrayList<>(keys);
            more.add(key);
            return new Maker(sections, files, otherFiles, foundFiles, more, reservedIds, reservedPrefixes, checks, words, make);
        }

        /** This feature giving the ids {@code ids} to parts of the book it makes (besides its sections' names). */
        public Maker reserving(String... ids) {
            Set<String> more = new LinkedHashSet<>(reservedIds);
            more.addAll(List.of(ids));
            return new Maker(sections, files, otherFiles, foundFiles, keys, more, reservedPrefixes, checks, words, make);
        }

        /**
         * This feature printing words of its own that no file of the manuscript holds ({@code words}: the citation
         * processor's, from its CSL locale), which the check of the fonts reads.
         */
        public Maker printing(WordsOfItsOwn words) {
            List<WordsOfItsOwn> more = new ArrayList<>(this.words);
            more.add(words);
            return new Maker(sections, files, otherFiles, foundFiles, keys, reservedIds, reservedPrefixes, checks, more, make);
        }

        /**
         * This feature's styles deriving ids that begin with {@code prefix} for parts of what it makes (the index's
         * letter groups, {@code index-a}), which no piece's or heading's id may begin with.
         */
        public Maker reservingIdsStartingWith(String prefix) {
            List<String> more = new ArrayList<>(reservedPrefixes);
            more.add(prefix);
            return new Maker(sections, files, otherFiles, foundFiles, keys, reservedIds, more, checks, words, make);
        }

        /** This feature checking the manuscript with {@code check} before assembly, after the checks it has. */
        public Maker checking(Check check) {
            List<Check> more = new ArrayList<>(checks);
            more.add(check);
            return new Maker(sections, files, otherFiles, foundFiles, keys, reservedIds, reservedPrefixes, more, words, make);
        }
    }

    /**
     * A feature's check of the manuscript that runs before assembly, with the build's other manuscript checks (beside
     * the assembly, on the second core): what the editor wrote for it read against the essays (match words found in
     * none, a variant no essay uses). It reports; it changes nothing.
     */
    public interface Check {
        void check(Manuscript manuscript, Diagnostics diagnostics);
    }

    /**
     * Words a feature prints that no file of the manuscript holds (the citation processor's "ibid." and "ed.", from the
     * CSL locale of the book's language), for the check of the fonts: what they are ("the citation words of CSL locale
     * en-US"), what of the PDF prints them ("citations"), the key of book.yaml they follow from ("language"), and
     * their text.
     */
    public record PrintedWords(String what, String printedIn, String bookKey, String text) {}

    /** The words a feature prints of its own for a manuscript, or null when it prints none for it. */
    public interface WordsOfItsOwn {
        PrintedWords of(Manuscript manuscript);
    }

    /** One feature made for a book, with the sections its maker declared. */
    record Made(ApparatusFeature feature, List<String> sections) {}

    private final List<Maker> makers;

    private ApparatusFeatures(List<Maker> makers) {
        Set<String> sections = new LinkedHashSet<>();
        for (Maker m : makers) {
            for (String s : m.sections().keySet()) {
                if (!sections.add(s)) throw new IllegalArgumentException("two features generate the section '" + s + "'");
            }
        }
        this.makers = List.copyOf(makers);
    }

    /** The features made by {@code makers}, marking the text in that order. */
    public static ApparatusFeatures of(List<Maker> makers) {
        return new ApparatusFeatures(makers);
    }

    /** These features and {@code maker}'s after them. */
    public ApparatusFeatures with(Maker maker) {
        List<Maker> more = new ArrayList<>(makers);
        more.add(maker);
        return new ApparatusFeatures(more);
    }

    /** The back sections these features generate: the names {@code contents.back} may give besides Markdown pieces. */
    public Set<String> sections() {
        Set<String> all = new LinkedHashSet<>();
        for (Maker m : makers) all.addAll(m.sections().keySet());
        return Set.copyOf(all);
    }

    /** The manuscript file each generated section is written from, by the section's name. */
    public Map<String, String> sectionFiles() {
        Map<String, String> all = new LinkedHashMap<>();
        for (Maker m : makers) all.putAll(m.sections());
        return Collections.unmodifiableMap(all);
    }

    /** The names of every manuscript file these features read, in their order (their apparatus files' first). */
    public List<String> files() {
        Set<String> all = new LinkedHashSet<>();
        for (Maker m : makers) {
            for (ApparatusFile<?> f : m.files()) all.add(f.name());
            all.addAll(m.otherFiles());
            for (FoundFile<?> f : m.foundFiles()) all.addAll(f.names());
        }
        return List.copyOf(all);
    }

    /**
     * The ids these features give to parts of the book they make, which a manuscript id may not take: their sections'
     * names and the ids they declared.
     */
    public Set<String> reservedIds() {
        Set<String> all = new LinkedHashSet<>(sections());
        for (Maker m : makers) all.addAll(m.reservedIds());
        return Set.copyOf(all);
    }

    /** The beginnings of the ids these features' styles derive, which a manuscript id may not have. */
    public List<String> reservedPrefixes() {
        Set<String> all = new LinkedHashSet<>();
        for (Maker m : makers) all.addAll(m.reservedPrefixes());
        return List.copyOf(all);
    }

    /**
     * What the manuscript reader is told of these features: their sections, their files, the keys of book.yaml they
     * own, their ids.
     */
    public FeatureDeclarations declarations() {
        List<ApparatusFile<?>> files = new ArrayList<>();
        List<FoundFile<?>> found = new ArrayList<>();
        List<BookKey<?>> keys = new ArrayList<>();
        Set<String> keyNames = new LinkedHashSet<>();
        for (Maker m : makers) {
            files.addAll(m.files());
            found.addAll(m.foundFiles());
            for (BookKey<?> k : m.keys()) {
                if (!keyNames.add(k.key())) throw new IllegalArgumentException("two features own book.yaml's '" + k.key() + "'");
                keys.add(k);
            }
        }
        return new FeatureDeclarations(sections(), files, found, keys, reservedIds(), reservedPrefixes());
    }

    /** The features' checks of the manuscript before assembly, feature by feature in their order. */
    public List<Check> checks() {
        List<Check> all = new ArrayList<>();
        for (Maker m : makers) all.addAll(m.checks());
        return List.copyOf(all);
    }

    /** The words these features print of their own for {@code ms}, that no file of it holds, feature by feature. */
    public List<PrintedWords> printedWords(Manuscript ms) {
        List<PrintedWords> all = new ArrayList<>();
        for (Maker m : makers) {
            for (WordsOfItsOwn w : m.words()) {
                PrintedWords printed = w.of(ms);
                if (printed != null) all.add(printed);
            }
        }
        return List.copyOf(all);
    }

    /** The features of the book {@code assembly} is assembling, in order. */
    List<Made> make(Assembly assembly) {
        return makers.stream().map(m -> new Made(m.make().apply(assembly), List.copyOf(m.sections().keySet()))).toList();
    }
}
