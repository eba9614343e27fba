package press.reader.manuscript;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.Yaml.Value;

/** Reads a manuscript folder into a {@link Manuscript}. Structural mistakes stop with a {@link UserError}. */
public final class ManuscriptReader {
    static final Set<String> BOOK_KEYS = union(Set.of("format", "title", "subtitle", "editors", "language", "publisher",
            "year", "identifier", "isbn", "trim", "blurb", "contents", "signature", "print-standard",
            "paper-thickness", "bleed", "subjects", "ignore-keys", "design"), ImprintReader.KEYS);
    static final Set<String> ESSAY_KEYS = Set.of("title", "subtitle", "standfirst", "author", "publication", "date",
            "source", "url", "omitted", "notes-missing", "short-title");
    static final Set<String> FRONT_KEYS = Set.of("title", "subtitle", "author");
    /** Keys of a front- or back-matter piece: a headnote's, and the kind of division it is */
    static final Set<String> MATTER_KEYS = Set.of("title", "subtitle", "author", "kind");
    /** Front-matter keys that may hold a list; any other key must be text (a list title is a mistake). */
    static final Set<String> LIST_KEYS = Set.of("author", "omitted");
    static final Set<String> PRINT_STANDARDS = Set.of("none", "pdf-x-3", "pdf-x-4", "pdf-a-1b");

    private final Path root;
    private final Diagnostics diagnostics;
    /** Front-matter keys written for other tools that the editor has asked not to hear about (book.yaml ignore-keys) */
    private Set<String> ignoredKeys = Set.of();
    /** What the features' keys of book.yaml were read into, by key, in the order they were declared */
    private Map<BookKey<?>, Object> settings = Map.of();

    /**
     * What the build's apparatus features declare (their makers do): the back sections they generate, the names
     * {@code contents.back} may give besides Markdown pieces; the files they read; the keys of book.yaml they own; the
     * ids they reserve. Always given (the composition root's, {@code cli/Builders}; {@link FeatureDeclarations#NONE}
     * for a book of no feature), so that no read of book.yaml leaves a key unchecked: a key that is neither the tool's
     * nor a feature's is a mistake (BP013).
     */
    private final FeatureDeclarations features;

    /** A reader for a build, which reads the files {@code features} declare and accepts only their sections and keys. */
    public ManuscriptReader(Path root, Diagnostics diagnostics, FeatureDeclarations features) {
        this.root = root.toAbsolutePath().normalize();
        this.diagnostics = diagnostics;
        this.features = Objects.requireNonNull(features, "the features' declarations (FeatureDeclarations.NONE for none)");
    }

    public Manuscript read() {
        if (!Files.isDirectory(root)) {
            throw UserError.at(root.toString(), 0, "BP004", "manuscript folder not found");
        }
        BookConfig config = readConfig();
        checkUniqueIds(config);
        // Every file is read even when an earlier one has a mistake, so that one run reports a mistake in each
        List<Diagnostic> mistakes = new ArrayList<>();
        List<Piece> front = new ArrayList<>();
        for (BookConfig.Entry e : config.front()) reading(mistakes, () -> front.add(readPiece(e, Piece.Kind.FRONT, MATTER_KEYS)));
        List<Piece> essays = new ArrayList<>();
        for (BookConfig.Entry e : config.essays()) reading(mistakes, () -> essays.add(readPiece(e, Piece.Kind.ESSAY, ESSAY_KEYS)));
        Map<String, Piece> headnotes = new LinkedHashMap<>();
        for (Piece essay : essays) {
            Path h = root.resolve("headnotes").resolve(essay.id() + ".md");
            if (Files.isRegularFile(h)) {
                String name = "headnotes/" + essay.id() + ".md";
                reading(mistakes, () -> headnotes.put(essay.id(), readPiece(new BookConfig.Entry(name, 0),
                        Piece.Kind.HEADNOTE, FRONT_KEYS, "headnote-" + essay.id())));
            }
        }
        List<Piece> backPieces = new ArrayList<>();
        for (BookConfig.Entry e : config.backPieces()) reading(mistakes, () -> backPieces.add(readPiece(e, Piece.Kind.BACK, MATTER_KEYS)));
        Map<ApparatusFile<?>, Object> apparatus = readApparatus(config, mistakes);
        if (!mistakes.isEmpty()) throw new UserError(mistakes);
        return new Manuscript(root, config, List.copyOf(front), List.copyOf(essays), headnotes, apparatus,
                settings, findFeatureFiles(), List.copyOf(backPieces), new ManuscriptMemo());
    }

    /** The files the features read themselves, each found by its feature (the bibliography), in declared order. */
    private Map<FoundFile<?>, Object> findFeatureFiles() {
        Map<FoundFile<?>, Object> found = new LinkedHashMap<>();
        for (FoundFile<?> file : features.foundFiles()) {
            found.put(file, file.findIn(root));
        }
        return Collections.unmodifiableMap(found);
    }

    /**
     * The files the build's apparatus features declared, each read by its feature, in the order they were declared; a
     * file whose section {@code contents.back} names must be there (BP001 at that line).
     */
    private Map<ApparatusFile<?>, Object> readApparatus(BookConfig config, List<Diagnostic> mistakes) {
        Map<String, Integer> backLines = new HashMap<>();
        for (BookConfig.Entry e : config.back()) backLines.put(e.name(), e.line());
        Map<ApparatusFile<?>, Object> read = new LinkedHashMap<>();
        for (ApparatusFile<?> file : features.files()) {
            boolean required = file.section() != null && backLines.containsKey(file.section());
            int line = backLines.getOrDefault(file.section(), 0);
            reading(mistakes, () -> read.put(file, file.read(this, required, line)));
        }
        return Collections.unmodifiableMap(read);
    }

    private static void reading(List<Diagnostic> mistakes, Runnable read) {
        try {
            read.run();
        } catch (UserError e) {
            mistakes.addAll(e.diagnostics());
        }
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Resolves a manuscript-relative name, refusing anything that leaves the folder (.., absolute, symlinks out). */
    Path resolveInside(String name, String file, int line) {
        return ManuscriptPaths.inside(root, name, file, line);
    }

    /** Reads an optional YAML file of the manuscript, or null when absent. */
    Value readYamlFile(String name) {
        Path p = root.resolve(name);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return null;
        resolveInside(name, name, 0);
        return Yaml.parseFile(p, name);
    }

    private BookConfig readConfig() {
        String name = "book.yaml";
        Path p = root.resolve(name);
        if (!Files.isRegularFile(p)) throw UserError.at(name, 0, "BP001", "book.yaml not found in " + root);
        YamlFields f = YamlFields.of(Yaml.parseFile(p, name), name);
        f.allowOnly(union(BOOK_KEYS, features.keys().stream().map(BookKey::key).collect(Collectors.toSet())));
        ignoredKeys = Set.copyOf(f.strings("ignore-keys"));
        int format = f.integer("format", 1);
        if (format != 1) {
            throw UserError.at(name, f.lineOf("format"), "BP016", "manuscript format " + format + " is not supported (this tool reads format 1)");
        }
        String trimWidth = "6in";
        String trimHeight = "9in";
        if (f.has("trim")) {
            YamlFields trim = f.child("trim", "trim").allowOnly(Set.of("width", "height"));
            trimWidth = length(trim, "width");
            trimHeight = length(trim, "height");
        }
        ContentsReader.Contents contents = ContentsReader.read(f, features.sections());
        String standard = f.string("print-standard", "none");
        if (!PRINT_STANDARDS.contains(standard)) {
            throw UserError.at(name, f.lineOf("print-standard"), "BP015", "print-standard must be one of "
                    + String.join(", ", new TreeSet<>(PRINT_STANDARDS)));
        }
        String title = f.string("title");
        if (title.isBlank()) throw UserError.at(name, f.lineOf("title"), "BP014", "the book needs a title");
        int year = f.integer("year", Year.now().getValue());
        Imprint imprint = ImprintReader.read(f, year);
        List<String> editors = imprint.withRole(Imprint.Role.EDITOR).stream().map(Imprint.Contributor::name).toList();
        BookConfig config = new BookConfig(name, title, f.string("subtitle", ""), editors, f.string("language", "en"),
                f.string("publisher", ""), year,
                f.string("identifier"), printIsbn(f, imprint), trimWidth, trimHeight,
                f.string("blurb", ""),
                contents.front(), contents.chapters(), contents.back(), f.integer("signature", 0), standard,
                decimal(f, "paper-thickness", 0.0025), f.has("bleed") ? BookConfig.points(length(f, "bleed")) / 72.0 : 0.125,
                f.strings("subjects"), imprint, design(f),
                List.copyOf(contents.parts()), List.copyOf(contents.backPieces()));
        settings = readFeatureKeys(f);
        BookConfigBounds.check(f, config, diagnostics);
        return config;
    }

    /** The keys of book.yaml the features own, each read by its feature, in the order they were declared. */
    private Map<BookKey<?>, Object> readFeatureKeys(YamlFields f) {
        Map<BookKey<?>, Object> read = new LinkedHashMap<>();
        for (BookKey<?> key : features.keys()) read.put(key, key.read(f));
        return Collections.unmodifiableMap(read);
    }

    /** The ISBN the cover's barcode and the EPUB's print source use: the book's one ISBN, or the print format's */
    private static String printIsbn(YamlFields f, Imprint imprint) {
        return imprint.isbns().isEmpty() ? f.string("isbn", "") : imprint.isbnOf("print");
    }

    /** book.yaml's design: stylesheets inside the manuscript folder, each named at its line when missing */
    private BookConfig.Design design(YamlFields f) {
        if (!f.has("design")) return BookConfig.Design.STOCK;
        YamlFields d = f.child("design", "design").allowOnly(Set.of("print", "epub"));
        return new BookConfig.Design(designFile(d, "print"), designFile(d, "epub"));
    }

    private String designFile(YamlFields d, String key) {
        if (!d.has(key)) return null;
        String name = d.string(key).strip();
        Path p = resolveInside(name, "book.yaml", d.lineOf(key));
        if (!Files.isRegularFile(p) || !name.endsWith(".xsl")) {
            throw UserError.at("book.yaml", d.lineOf(key), "BP001", "design." + key + " must name an .xsl file in the "
                    + "manuscript folder that imports the stock one, e.g. <xsl:import href=\"bookpress:"
                    + (key.equals("print") ? "fo.xsl" : "epub/epub.xsl") + "\"/>; not found: " + name);
        }
        return name;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static double decimal(YamlFields f, String key, double fallback) {
        String v = f.string(key, null);
        if (v == null) return fallback;
        try {
            double d = Double.parseDouble(v.strip().replaceFirst("in$", ""));
            if (d > 0 && d < 0.1) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw UserError.at(f.file(), f.lineOf(key), "BP015", key + " must be inches per page, such as 0.0025, found '" + v + "'");
    }

    private static String length(YamlFields f, String key) {
        String v = f.string(key).strip();
        if (!v.matches("\\d+(\\.\\d+)?(in|mm|cm|pt)")) {
            throw UserError.at(f.file(), f.lineOf(key), "BP015", key + " must be a length such as 6in or 152mm, found '" + v + "'");
        }
        return v;
    }

    private Piece readPiece(BookConfig.Entry entry, Piece.Kind kind, Set<String> keys) {
        String stem = Piece.idOf(entry.name());
        return readPiece(entry, kind, keys, stem);
    }

    private Piece readPiece(BookConfig.Entry entry, Piece.Kind kind, Set<String> keys, String id) {
        String name = entry.name();
        // a headnote is not named in book.yaml (line 0): a message about its path names the file itself
        Path p = resolveInside(name, entry.line() > 0 ? "book.yaml" : name, entry.line());
        if (!Files.isRegularFile(p)) {
            throw UserError.at("book.yaml", entry.line(), "BP001", "file named in contents not found: " + name);
        }
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw UserError.at("book.yaml", entry.line(), "BP019", "file name '" + name
                    + "' cannot serve as an id: use letters, digits and hyphens, starting with a letter");
        }
        FrontMatter fm = HeadingTitle.split(TextFiles.readUtf8(p, name), name);
        YamlFields f = YamlFields.of(fm.yaml(), "the front matter of " + name);
        List<String> unknown = unknownFrontMatterKeys(f, keys, name);
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String key : f.mapping().entries().keySet()) {
            if (unknown.contains(key)) continue;
            if (f.mapping().get(key) instanceof Yaml.Sequence && LIST_KEYS.contains(key)) {
                lists.put(key, f.strings(key));
                meta.put(key, String.join("; ", f.strings(key)));
            } else {
                meta.put(key, f.string(key));
            }
        }
        if (kind == Piece.Kind.FRONT || kind == Piece.Kind.BACK) {
            meta.put("kind", MatterKinds.of(kind, id, meta.get("kind"), name, f.has("kind") ? f.lineOf("kind") : 2));
        }
        String body = fm.body();
        int bodyFirstLine = fm.bodyFirstLine();
        if (!meta.containsKey("title") || meta.get("title").isBlank()) {
            // a pandoc chapter names itself in its opening heading: that is its title
            HeadingTitle h = HeadingTitle.of(body, bodyFirstLine);
            if (h.title() != null) {
                meta.put("title", h.title());
                body = h.body();
                bodyFirstLine = h.bodyFirstLine();
            }
        }
        boolean untitled = MatterKinds.UNTITLED.contains(meta.getOrDefault("kind", ""));
        if (!untitled && (!meta.containsKey("title") || meta.get("title").isBlank())) {
            throw UserError.at(name, 2, "BP014", "missing title: give it in the front matter (title: ...) or open the "
                    + "text with a heading of the first level (# The Title)");
        }
        return new Piece(id, kind, name, meta, lists, body, bodyFirstLine);
    }

    /**
     * Front matter written for other tools (Jekyll, Hugo, pandoc: layout, tags, categories...) costs one warning per
     * file naming every such key, or nothing when book.yaml lists them under ignore-keys. A key one or two letters
     * from a known key is a misspelling, not another tool's: an error with the key it should be.
     */
    private List<String> unknownFrontMatterKeys(YamlFields f, Set<String> keys, String name) {
        List<String> unknown = f.unknownKeys(keys);
        List<Diagnostic> misspelt = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        for (String key : unknown) {
            Optional<String> near = KeySuggestions.nearest(key, keys);
            if (near.isPresent() && !ignoredKeys.contains(key)) {
                misspelt.add(Diagnostic.error(name, f.lineOf(key), "BP013", "unknown key '" + key
                        + "' in the front matter of " + name + ": did you mean '" + near.get() + "'?"));
            } else if (!ignoredKeys.contains(key)) {
                foreign.add(key);
            }
        }
        if (!misspelt.isEmpty()) throw new UserError(misspelt);
        if (!foreign.isEmpty()) {
            diagnostics.warning(name, f.lineOf(foreign.get(0)), "BP023", "front-matter key" + (foreign.size() > 1 ? "s " : " ")
                    + String.join(", ", foreign) + " not used by this tool, ignored (known keys: "
                    + String.join(", ", new TreeSet<>(keys)) + "; list keys under ignore-keys: in book.yaml "
                    + "to silence this)");
        }
        return unknown;
    }

    private void checkUniqueIds(BookConfig config) {
        Map<String, Integer> seen = new HashMap<>();
        List<BookConfig.Entry> all = new ArrayList<>(config.front());
        all.addAll(config.essays());
        all.addAll(config.backPieces());
        for (BookConfig.Entry e : all) {
            String id = Piece.idOf(e.name());
            String reserved = ReservedIds.reason(id, features.reservedIds(), features.reservedPrefixes());
            if (reserved != null) {
                throw UserError.at("book.yaml", e.line(), "BP019", "the file name of " + e.name() + " cannot serve as an id: "
                        + reserved + " (rename the file)");
            }
            Integer first = seen.putIfAbsent(id, e.line());
            if (first != null) {
                throw UserError.at("book.yaml", e.line(), "BP019", "two pieces share the id '" + id
                        + "' (the first is named on line " + first + "): file names must differ");
            }
        }
    }
}
