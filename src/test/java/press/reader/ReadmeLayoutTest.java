package press.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README's "How the code is laid out" matches the code (issue 16, "Done means"): every package of the main code is named
 * in it, and every package, class and method it names exists ({@code publish/Fidelity}, {@code press.reader.bench},
 * {@code Manuscript.found}), in the main code or the tests' (the benchmark, the toy gazetteer).
 */
class ReadmeLayoutTest {
    private static final Path MAIN = Path.of("src", "main", "java", "press", "reader");
    private static final Path TEST = Path.of("src", "test", "java", "press", "reader");
    /** Classes the section names as what a newcomer would write, not as code that is there (a real gazetteer's file) */
    private static final Set<String> TO_BE_WRITTEN = Set.of("GazetteerFile");

    private static String layout;
    /** Every type declared in the sources (top-level and nested), by simple name, with the files declaring it */
    private static final Map<String, List<Path>> types = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## How the code is laid out");
        assertTrue(start >= 0, "README has no section 'How the code is laid out'");
        int end = readme.indexOf("\n## ", start + 1);
        layout = readme.substring(start, end < 0 ? readme.length() : end);
        Pattern declared = Pattern.compile("\\b(?:class|interface|record|enum) ([A-Z]\\w*)");
        for (Path root : List.of(MAIN, TEST)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (Matcher m = declared.matcher(Files.readString(f)); m.find(); ) {
                        types.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(f);
                    }
                }
            }
        }
    }

    @Test
    void everyPackageOfTheMainCodeIsNamed() throws IOException {
        List<String> unnamed = new ArrayList<>();
        Set<String> packages = packages(MAIN);
        for (String p : packages) {
            boolean named = layout.contains("`" + p + "`") || layout.contains("`" + p + "/")
                    || layout.contains("`press.reader." + p.replace('/', '.') + "`")
                    || layout.contains("(`" + p + "`") || layout.contains("`" + p + "` ");
            if (!named) unnamed.add(p);
        }
        System.out.println(packages.size() + " packages of the main code; not named in the README's layout: " + unnamed);
        assertTrue(packages.size() > 20, "the sources were not found");
        assertEquals(List.of(), unnamed);
    }

    @Test
    void everyPackageClassAndMethodNamedExists() throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> packages = new TreeSet<>(packages(MAIN));
        packages.addAll(packages(TEST));
        List<String> code = codeSpans();
        int names = 0;
        for (String span : code) {
            // press.reader.x.y: a package
            for (Matcher m = Pattern.compile("^press\\.reader\\.([a-z.]+[a-z])$").matcher(span); m.find(); names++) {
                if (!packages.contains(m.group(1).replace('.', '/'))) missing.add("package " + span);
            }
            // pkg/Class: a class of that package
            for (Matcher m = Pattern.compile("(?<![\\w/.-])([a-z]+(?:/[a-z]+)*)/([A-Z]\\w*)").matcher(span); m.find(); names++) {
                String file = m.group(1) + "/" + m.group(2) + ".java";
                if (!Files.exists(MAIN.resolve(file)) && !Files.exists(TEST.resolve(file))) missing.add(m.group());
            }
            // Class or Class.Nested.method: each type declared, the method in the last type's file
            for (Matcher m = Pattern.compile("(?<![\\w/.-])((?:[A-Z][a-z]\\w*\\.)*[A-Z][a-z]\\w*)(?:\\.([a-z]\\w*))?").matcher(span);
                 m.find(); names++) {
                String[] typeNames = m.group(1).split("\\.");
                boolean known = true;
                for (String t : typeNames) {
                    if (!types.containsKey(t) && !TO_BE_WRITTEN.contains(t)) {
                        missing.add("class " + t + " (in `" + span + "`)");
                        known = false;
                    }
                }
                String last = typeNames[typeNames.length - 1];
                if (known && m.group(2) != null && !TO_BE_WRITTEN.contains(last) && !declares(last, m.group(2))) {
                    missing.add("method " + m.group(1) + "." + m.group(2));
                }
            }
        }
        System.out.println(code.size() + " code spans in the README's layout, " + names + " names of code; missing: " + missing);
        assertTrue(names > 80, "names of code were not found: " + names);
        assertEquals(List.of(), missing);
    }

    /** The section's code spans that name code: not file names, paths of the styles or YAML. */
    private static List<String> codeSpans() {
        List<String> spans = new ArrayList<>();
        for (Matcher m = Pattern.compile("`([^`\\n]+)`").matcher(layout); m.find(); ) {
            String s = m.group(1);
            if (s.matches(".*\\.(xsl|yaml|json|bib|md|css|xml|html|java)\\b.*") || s.startsWith("styles/")
                    || s.startsWith("src/") || s.startsWith("press/reader/") || s.contains("<")) continue;
            spans.add(s);
        }
        return spans;
    }

    /** Whether a file declaring the type {@code type} declares a method, or a record component, {@code method}. */
    private static boolean declares(String type, String method) throws IOException {
        Pattern p = Pattern.compile("\\b" + method + "\\s*\\(|record " + type + "\\s*\\([^)]*\\b" + method + "\\b");
        for (Path f : types.get(type)) if (p.matcher(Files.readString(f)).find()) return true;
        return false;
    }

    /** The packages under {@code root} holding Java sources, as paths below press/reader ("features/citations"). */
    private static Set<String> packages(Path root) throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path dir = root.relativize(f.getParent());
                if (!dir.toString().isEmpty()) packages.add(dir.toString().replace('\\', '/'));
            }
        }
        return packages;
    }
}
