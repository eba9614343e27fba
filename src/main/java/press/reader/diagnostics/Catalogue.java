package press.reader.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every diagnostic code bookpress can print, with its usual severity, a one-line title and a help text that says
 * what it means, shows input that causes it and gives the fix. The entries live in {@code catalogue.yaml} beside
 * this class (prose is easier to keep right in YAML than in Java strings); {@code CatalogueTest} keeps that file in
 * step with the codes the sources use, and {@link CatalogueDocs} turns it into {@code docs/diagnostics.md}.
 *
 * <pre>{@code
 * Catalogue.lookup("BP104").ifPresent(e -> System.out.println(e.title()));   // "An image inside a line of text"
 * }</pre>
 */
public final class Catalogue {
    /** The resource the entries are read from, next to this class. */
    static final String RESOURCE = "catalogue.yaml";

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}\\d{3}");
    private static final Set<String> KEYS = Set.of("severity", "title", "means", "example", "fix");

    /**
     * One code of the catalogue. {@code help} is plain text that reads well in a terminal and as Markdown: what the
     * code means, an example (indented four spaces) and the fix, separated by blank lines.
     */
    public record Entry(String code, Severity severity, String title, String help) {}

    private Catalogue() {}

    /** The entry for {@code code} (as printed, e.g. "BP104"), if the catalogue has it. */
    public static Optional<Entry> lookup(String code) {
        return Optional.ofNullable(code == null ? null : Loaded.BY_CODE.get(code));
    }

    /** Every entry, in code order (BP before CL, FD and IM; numbers ascending). */
    public static List<Entry> all() {
        return Loaded.ALL;
    }

    /** Loaded on first use: most runs print no diagnostic and never need it. */
    private static final class Loaded {
        static final Map<String, Entry> BY_CODE;
        static final List<Entry> ALL;

        static {
            try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("the diagnostics catalogue " + RESOURCE + " is not on the class path");
                BY_CODE = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ALL = List.copyOf(BY_CODE.values());
        }
    }

    /**
     * Reads a catalogue. A malformed one is a fault of this program, not of the user's input, so it is an
     * {@link IllegalStateException} naming the code and what is wrong.
     */
    static Map<String, Entry> parse(Reader yamlText) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object root = new Yaml(new SafeConstructor(options)).load(yamlText);
        if (!(root instanceof Map<?, ?> codes)) throw new IllegalStateException("the catalogue must map codes to entries");
        Map<String, Entry> out = new TreeMap<>(Comparator.naturalOrder());
        for (Map.Entry<?, ?> e : codes.entrySet()) {
            String code = String.valueOf(e.getKey());
            if (!CODE.matcher(code).matches()) throw bad(code, "a code is two capital letters and three digits");
            if (!(e.getValue() instanceof Map<?, ?> fields)) throw bad(code, "needs severity, title, means, example and fix");
            for (Object key : fields.keySet()) {
                if (!KEYS.contains(String.valueOf(key))) throw bad(code, "unknown key '" + key + "' (known: " + KEYS + ")");
            }
            out.put(code, new Entry(code, severity(code, text(code, fields, "severity")), oneLine(code, text(code, fields, "title")),
                    help(text(code, fields, "means"), text(code, fields, "example"), text(code, fields, "fix"))));
        }
        return out;
    }

    /** What it means, then the example indented (a code block in Markdown), then the fix. */
    private static String help(String means, String example, String fix) {
        List<String> example4 = new ArrayList<>();
        for (String line : example.strip().split("\n")) example4.add(line.isBlank() ? "" : "    " + line.stripTrailing());
        return means.strip() + "\n\nFor example:\n\n" + String.join("\n", example4) + "\n\nFix: " + fix.strip();
    }

    private static Severity severity(String code, String word) {
        try {
            return Severity.valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(code, "severity must be error, warning or note, found '" + word + "'");
        }
    }

    private static String oneLine(String code, String title) {
        if (title.contains("\n")) throw bad(code, "the title must be one line");
        return title.strip();
    }

    private static String text(String code, Map<?, ?> fields, String key) {
        Object v = fields.get(key);
        if (v == null || String.valueOf(v).isBlank()) throw bad(code, "needs a non-empty '" + key + "'");
        return String.valueOf(v);
    }

    private static IllegalStateException bad(String code, String problem) {
        return new IllegalStateException("diagnostics catalogue, " + code + ": " + problem);
    }
}
