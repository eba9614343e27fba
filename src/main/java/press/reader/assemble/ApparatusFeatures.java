package press.reader.assemble;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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

        /**
         * Whether book.yaml's {@code contents.back} names the generated section {@code section}, so that it is printed:
         * a feature links to its section only then, as a link to a part the book leaves out would lead nowhere.
         */
        public boolean prints(String section) {
            return ms.config().back().stream().anyMatch(e -> e.name().equals(section));
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
    public static final class Maker {
        private final Map<String, String> sections;
        private final Function<Assembly, ApparatusFeature> make;
        private final List<ApparatusFile<?>> files = new ArrayList<>();
        private final List<FoundFile<?>> foundFiles = new ArrayList<>();
        private final List<BookKey<?>> keys = new ArrayList<>();
        private final Set<String> reservedIds = new LinkedHashSet<>();
        private final List<String> reservedPrefixes = new ArrayList<>();
        private final List<Check> checks = new ArrayList<>();
        private final List<WordsOfItsOwn> words = new ArrayList<>();
        private final List<Locator> locators = new ArrayList<>();
        private final List<Works> works = new ArrayList<>();

        private Maker(Map<String, String> sections, Function<Assembly, ApparatusFeature> make) {
            this.sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
            this.make = make;
        }

        /** This maker with what {@code change} adds: a maker is never changed once made. */
        private Maker with(Consumer<Maker> change) {
            Maker m = new Maker(sections, make);
            m.files.addAll(files);
            m.foundFiles.addAll(foundFiles);
            m.keys.addAll(keys);
            m.reservedIds.addAll(reservedIds);
            m.reservedPrefixes.addAll(reservedPrefixes);
            m.checks.addAll(checks);
            m.words.addAll(words);
            m.locators.addAll(locators);
            m.works.addAll(works);
            change.accept(m);
            return m;
        }

        /** A feature generating the one back section {@code section}, written from the manuscript's {@code file}. */
        public static Maker of(String section, String file, Function<Assembly, ApparatusFeature> make) {
            return new Maker(Map.of(section, file), make);
        }

        /** A feature that generates no back section. */
        public static Maker withoutSection(Function<Assembly, ApparatusFeature> make) {
            return new Maker(Map.of(), make);
        }

        /** This feature reading {@code file} with the manuscript (what it read: {@code Manuscript.apparatus(file)}). */
        public Maker reading(ApparatusFile<?> file) {
            return with(m -> m.files.add(file));
        }

        /**
         * This feature finding with the manuscript a file it reads itself, in a form of its own (the citations, the
         * bibliography: what it found is {@code Manuscript.found(file)}); the check of the fonts reads its names too.
         */
        public Maker finding(FoundFile<?> file) {
            return with(m -> m.foundFiles.add(file));
        }

        /**
         * This feature owning the key {@code key} of book.yaml, which it reads itself (the citation style, the
         * chronology's note): a known key of book.yaml, read with it ({@code Manuscript.setting(key)}).
         */
        public Maker owning(BookKey<?> key) {
            return with(m -> m.keys.add(key));
        }

        /** This feature giving the ids {@code ids} to parts of the book it makes (besides its sections' names). */
        public Maker reserving(String... ids) {
            return with(m -> m.reservedIds.addAll(List.of(ids)));
        }

        /**
         * This feature's styles deriving ids that begin with {@code prefix} for parts of what it makes (the index's
         * letter groups, {@code index-a}), which no piece's or heading's id may begin with.
         */
        public Maker reservingIdsStartingWith(String prefix) {
            return with(m -> m.reservedPrefixes.add(prefix));
        }

        /**
         * This feature printing words of its own that no file of the manuscript holds ({@code words}: the citation
         * processor's, from its CSL locale), which the check of the fonts reads.
         */
        public Maker printing(WordsOfItsOwn words) {
            return with(m -> m.words.add(words));
        }

        /**
         * This feature saying, with {@code locator}, where the editor wrote what it made into an element of the book
         * document (an editor's note's footnote: its entry in the notes' file), for a message about that element.
         */
        public Maker locating(Locator locator) {
            return with(m -> m.locators.add(locator));
        }

        /**
         * This feature listing works as the book's sources, read by {@code works} (the citations: the bibliography's
         * entries), whose words the fidelity check of an import reads.
         */
        public Maker listingWorks(Works works) {
            return with(m -> m.works.add(works));
        }

        /** This feature checking the manuscript with {@code check} before assembly, after the checks it has. */
        public Maker checking(Check check) {
            return with(m -> m.checks.add(check));
        }

        /** Its back sections, each with the manuscript file it is written from. */
        public Map<String, String> sections() {
            return sections;
        }

        public List<ApparatusFile<?>> files() {
            return List.copyOf(files);
        }

        public List<FoundFile<?>> foundFiles() {
            return List.copyOf(foundFiles);
        }

        public List<BookKey<?>> keys() {
            return List.copyOf(keys);
        }

        public Set<String> reservedIds() {
            return Collections.unmodifiableSet(reservedIds);
        }

        public List<String> reservedPrefixes() {
            return List.copyOf(reservedPrefixes);
        }

        public List<Check> checks() {
            return List.copyOf(checks);
        }

        public List<WordsOfItsOwn> words() {
            return List.copyOf(words);
        }

        public List<Locator> locators() {
            return List.copyOf(locators);
        }

        public List<Works> works() {
            return List.copyOf(works);
        }

        public Function<Assembly, ApparatusFeature> make() {
            return make;
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

    /** Where in the manuscript the editor wrote something: a file and its line. */
    public record Source(String file, int line) {}

    /**
     * Where the editor wrote what a feature made into the element {@code made} of the book document (an editor's
     * note's footnote: its entry in the notes' file), or null when the feature did not make it.
     */
    public interface Locator {
        Source locate(Manuscript manuscript, Element made);
    }

    /**
     * The works a feature lists as the book's sources (the citations' bibliography), as its own reader reads them from
     * the manuscript folder {@code manuscript}: each entry's fields by their CSL names ({@code id}, {@code title},
     * {@code author}...), none when there is no such file or it cannot be read (the feature's own check says why). The
     * fidelity check of an import reads their words: a citation that replaced "(Serge, From Lenin to Stalin, 22)" says
     * the same when those words are its entry's.
     */
    public interface Works {
        List<? extends Map<String, ?>> in(Path manuscript);
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

    /**
     * Where the editor wrote what a feature made into the element {@code made} of the book document, as the feature
     * that made it says, or null when no feature says (the element is not a feature's, or it is not from the editor).
     */
    public Source source(Manuscript ms, Element made) {
        for (Maker m : makers) {
            for (Locator l : m.locators()) {
                Source s = l.locate(ms, made);
                if (s != null) return s;
            }
        }
        return null;
    }

    /**
     * The works these features list as the sources of the book in the manuscript folder {@code manuscript}, each read by
     * its feature, feature by feature (what {@code import} and the fidelity check compare a citation with).
     */
    public List<Map<String, ?>> works(Path manuscript) {
        List<Map<String, ?>> all = new ArrayList<>();
        for (Maker m : makers) {
            for (Works w : m.works()) all.addAll(w.in(manuscript));
        }
        return List.copyOf(all);
    }

    /** The features of the book {@code assembly} is assembling, in order. */
    List<Made> make(Assembly assembly) {
        return makers.stream().map(m -> new Made(m.make().apply(assembly), List.copyOf(m.sections().keySet()))).toList();
    }
}
