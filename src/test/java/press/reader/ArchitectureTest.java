package press.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the main code, read from its sources: no two packages import each other, directly or round a longer
 * loop (data flows one way, manuscript to editions), and a class is named by an import, not inline by its full name,
 * unless two classes of one simple name meet in a file (commonmark's {@code Node} and the DOM's). The apparatus features
 * are extensions (issue 16, section 5): the assembler and the manuscript reader name none of them, and no feature uses
 * another's package, so that a new feature is one package and one line in {@code features/Features}.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)\\.(\\w+)(?:\\.\\w+)?;");
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:java|javax|org|com|net|press)(?:\\.[a-z]\\w*)+)\\.([A-Z]\\w*)");

    /** Each main source file's code: comments and string literals blanked, so that a name in prose counts for nothing. */
    private static final Map<Path, String> code = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) code.put(f, codeOf(Files.readString(f)));
        }
    }

    @Test
    void noPackagesImportEachOther() {
        Map<String, Set<String>> uses = new TreeMap<>();
        code.forEach((file, text) -> {
            String pkg = packageOf(text);
            uses.computeIfAbsent(pkg, k -> new TreeSet<>()).addAll(packagesUsed(text, pkg));
        });
        List<List<String>> cycles = cycles(uses);
        System.out.println(uses.size() + " packages, " + uses.values().stream().mapToInt(Set::size).sum()
                + " uses between them, cycles: " + cycles);
        assertTrue(uses.size() > 20, "the sources were not found: " + uses.keySet());
        assertEquals(List.of(), cycles);
    }

    @Test
    void classesAreImportedNotNamedInline() {
        List<String> inline = new ArrayList<>();
        code.forEach((file, text) -> {
            Set<String> clashing = new HashSet<>();
            for (Matcher m = IMPORT.matcher(text); m.find(); ) clashing.add(m.group(2));
            for (Matcher m = Pattern.compile("\\b(?:class|interface|record|enum) (\\w+)").matcher(text); m.find(); ) {
                clashing.add(m.group(1));
            }
            for (Matcher m = QUALIFIED.matcher(body(text)); m.find(); ) {
                if (!clashing.contains(m.group(2))) inline.add(file + ": " + m.group());
            }
        });
        System.out.println("inline full class names without a clash of simple names: " + inline.size());
        assertEquals(List.of(), inline);
    }

    /** Where the apparatus features live: {@code press.reader.features.<feature>}, registered in this package itself. */
    private static final String FEATURES = "press.reader.features";
    /**
     * The stock features' manuscript files and the keys of book.yaml they own, which only their features name (each
     * declares them to the manuscript reader: {@code ApparatusFile}, {@code FoundFile}, {@code BookKey})
     */
    private static final List<String> FEATURE_NAMES = List.of("editor-notes.yaml", "timeline.yaml", "glossary.yaml",
            "index.yaml", "bibliography.json", "bibliography.bib", "citation-style", "chronology-note", "chronology-figure");

    /** The beginnings of the ids a stock feature's styles derive, which its maker reserves (the index's letter groups) */
    private static final List<String> FEATURE_ID_PREFIXES = List.of("index-");

    @Test
    void theAssemblerAndTheManuscriptReaderNameNoFeature() {
        List<String> naming = new ArrayList<>();
        int files = 0;
        for (Map.Entry<Path, String> e : code.entrySet()) {
            String pkg = packageOf(e.getValue());
            if (!pkg.equals("press.reader.assemble") && !pkg.equals("press.reader.manuscript")
                    && !pkg.equals("press.reader.apparatus")) continue;
            files++;
            for (String used : packagesUsed(e.getValue(), pkg)) {
                if (used.equals(FEATURES) || used.startsWith(FEATURES + ".")) naming.add(e.getKey() + " uses " + used);
            }
            String literals = literalsOf(e.getKey());
            for (String file : FEATURE_NAMES) {
                if (literals.contains("\"" + file + "\"")) naming.add(e.getKey() + " names " + file);
            }
            for (String prefix : FEATURE_ID_PREFIXES) {
                if (Pattern.compile("\"[^\"\\n]*" + prefix + "[^\"\\n]*\"").matcher(literals).find()) {
                    naming.add(e.getKey() + " names the ids " + prefix + "…");
                }
            }
        }
        System.out.println(files + " files of assemble, manuscript and apparatus; naming a feature: " + naming);
        assertTrue(files > 40, "the sources were not found");
        assertEquals(List.of(), naming);
    }

    /**
     * A stock feature's files and keys of book.yaml are named by that feature alone, in every stage (issue 16, §3 and
     * §5): the fidelity check and {@code import} get the works the citations list through the feature
     * ({@code ApparatusFeatures.works}), not by reading {@code bibliography.json} themselves, and {@code init}'s
     * starter bibliography is a file of the starter book in the resources, not a name in {@code cli}.
     */
    @Test
    void onlyItsFeatureNamesAFeaturesFile() {
        List<String> naming = new ArrayList<>();
        for (Map.Entry<Path, String> e : code.entrySet()) {
            String pkg = packageOf(e.getValue());
            if (pkg.equals(FEATURES) || pkg.startsWith(FEATURES + ".")) continue;
            String literals = literalsOf(e.getKey());
            for (String file : FEATURE_NAMES) {
                if (literals.contains("\"" + file + "\"")) naming.add(e.getKey() + " names " + file);
            }
        }
        System.out.println("stages outside the features naming a feature's file or key: " + naming);
        assertEquals(List.of(), naming);
    }

    /**
     * Only the composition root ({@code cli/Builders}) names a feature: every other stage is told what the features
     * declare (their files, keys, ids, printed words, where the editor wrote what they made), as the publisher's check
     * of notes inside notes is told where an editor's note was written.
     */
    @Test
    void onlyTheCompositionRootUsesAFeature() {
        List<String> using = new ArrayList<>();
        code.forEach((file, text) -> {
            String pkg = packageOf(text);
            if (pkg.equals(FEATURES) || pkg.startsWith(FEATURES + ".") || file.endsWith("cli/Builders.java")) return;
            for (String used : packagesUsed(text, pkg)) {
                if (used.equals(FEATURES) || used.startsWith(FEATURES + ".")) using.add(file + " uses " + used);
            }
        });
        System.out.println("stages beside the composition root using a feature: " + using);
        assertEquals(List.of(), using);
    }

    @Test
    void noFeatureUsesAnother() {
        List<String> crossing = new ArrayList<>();
        Set<String> features = new TreeSet<>();
        for (Map.Entry<Path, String> e : code.entrySet()) {
            String pkg = packageOf(e.getValue());
            if (!pkg.startsWith(FEATURES + ".")) continue;
            String feature = featureOf(pkg);
            features.add(feature);
            for (String used : packagesUsed(e.getValue(), pkg)) {
                boolean another = used.equals(FEATURES) || used.startsWith(FEATURES + ".") && !featureOf(used).equals(feature);
                if (another) crossing.add(e.getKey() + " (" + feature + ") uses " + used);
            }
        }
        System.out.println(features.size() + " features " + features + "; using another's package: " + crossing);
        assertTrue(features.containsAll(List.of("citations", "notes", "chronology", "glossary", "index")), features.toString());
        assertEquals(List.of(), crossing);
    }

    /**
     * What a stock feature alone knows, by the name of the code that says it, with that feature: which words the
     * citation processor prints of its own (its CSL locale's), which the check of the fonts is told by the feature.
     */
    private static final Map<String, String> FEATURE_KNOWLEDGE = Map.of("cslLocaleWords", "citations");

    @Test
    void whatAFeaturePrintsIsSaidInItsPackage() {
        List<String> saying = new ArrayList<>();
        code.forEach((file, text) -> {
            String pkg = packageOf(text);
            FEATURE_KNOWLEDGE.forEach((name, feature) -> {
                if (pkg.equals(FEATURES + "." + feature)) return;
                // its declaration (a helper of the manuscript's languages) is not a use
                Matcher use = Pattern.compile("(?<!String )\\b" + name + "\\s*\\(").matcher(text);
                if (use.find()) saying.add(file + " uses " + name + ", which is the " + feature + " feature's to use");
            });
        });
        System.out.println("uses of a feature's knowledge outside it: " + saying);
        assertEquals(List.of(), saying);
    }

    /**
     * What is made once per manuscript is kept with the manuscript ({@code Manuscript.derived}), not in a static cache of
     * the last manuscript seen (a weak or soft reference to it, a weak map keyed by it) in a feature or a helper.
     */
    @Test
    void nothingCachesAManuscriptOutsideIt() {
        List<String> caching = new ArrayList<>();
        Pattern weak = Pattern.compile("\\b(?:WeakReference|SoftReference|WeakHashMap)\\b");
        code.forEach((file, text) -> {
            if (packageOf(text).equals("press.reader.manuscript")) return;
            if (weak.matcher(text).find() && Pattern.compile("\\bManuscript\\b").matcher(body(text)).find()) {
                caching.add(file + " keeps a manuscript in a weak cache of its own");
            }
        });
        System.out.println("caches of a manuscript outside it: " + caching);
        assertEquals(List.of(), caching);
    }

    /** The feature of package {@code press.reader.features.<feature>[.more]}. */
    private static String featureOf(String pkg) {
        return pkg.substring(FEATURES.length() + 1).split("\\.")[0];
    }

    /** The packages of ours that the source {@code text} of package {@code pkg} imports or names inline. */
    private static Set<String> packagesUsed(String text, String pkg) {
        Set<String> used = new TreeSet<>();
        for (Matcher m = IMPORT.matcher(text); m.find(); ) if (isOurs(m.group(1), pkg)) used.add(packageOfImport(m));
        for (Matcher m = QUALIFIED.matcher(body(text)); m.find(); ) if (isOurs(m.group(1), pkg)) used.add(m.group(1));
        return used;
    }

    /** The source of {@code file} without its comments (its string literals kept): what the code says in words. */
    private static String literalsOf(Path file) {
        try {
            return Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Package {@code press.reader.x} uses another of ours (a nested class's import names its outer class's package). */
    private static boolean isOurs(String name, String pkg) {
        return name.startsWith("press.reader.") && !name.equals(pkg);
    }

    private static String packageOfImport(Matcher m) {
        // "press.reader.publish.BookBuilder.ManuscriptCheck": the package ends before the first capital
        String full = m.group(1);
        int cap = 0;
        for (String part : full.split("\\.")) {
            if (Character.isUpperCase(part.charAt(0))) break;
            cap += part.length() + 1;
        }
        return cap == 0 ? full : full.substring(0, Math.min(cap, full.length() + 1) - 1);
    }

    private static String packageOf(String text) {
        Matcher m = PACKAGE.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** The text after the package and import lines. */
    private static String body(String text) {
        return text.replaceAll("(?m)^(?:package|import) [^\\n]*", "");
    }

    /** The source with its comments, string and character literals and text blocks left out (line breaks kept). */
    private static String codeOf(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') i++;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') end = source.indexOf("\"\"\"", end + 1);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c) j += source.charAt(j) == '\\' ? 2 : 1;
                i = j + 1;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The strongly connected groups of more than one package (Tarjan's algorithm). */
    private static List<List<String>> cycles(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<List<String>> found = new ArrayList<>();
        for (String p : uses.keySet()) if (!index.containsKey(p)) connect(p, uses, index, low, stack, found);
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> uses, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, List<List<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        for (String w : uses.getOrDefault(v, Set.of())) {
            if (!uses.containsKey(w)) continue;
            if (!index.containsKey(w)) {
                connect(w, uses, index, low, stack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> group = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                group.add(w);
            } while (!w.equals(v));
            if (group.size() > 1) found.add(group.stream().sorted().toList());
        }
    }
}
