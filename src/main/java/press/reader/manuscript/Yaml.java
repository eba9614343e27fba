package press.reader.manuscript;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.UserError;
import press.reader.memo.Fingerprint;
import press.reader.memo.Lru;

/**
 * Reads YAML into a small tree that remembers the line of every value, so that every message about a
 * manuscript's YAML can point at the line. Hostile input is bounded: aliases, nesting and size are limited.
 */
public final class Yaml {
    private Yaml() {}

    /** The largest YAML file read; a larger one is refused by its size before it is read or parsed. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    /** Reads and parses a YAML file of the manuscript, refusing an oversized one before reading it. */
    public static Value parseFile(Path path, String file) {
        return parse(TextFiles.readUtf8(path, file, MAX_FILE_BYTES, "a YAML file"), file, 1);
    }

    /** A YAML value with the file and 1-based line it came from. */
    public sealed interface Value permits Scalar, Sequence, Mapping {
        String file();

        int line();

        default String kind() {
            return this instanceof Scalar ? "a text value" : this instanceof Sequence ? "a list" : "a mapping";
        }
    }

    public record Scalar(String file, int line, String text) implements Value {}

    public record Sequence(String file, int line, List<Value> items) implements Value {}

    /** Keys keep their order and their own lines. */
    public record Mapping(String file, int line, Map<String, Value> entries, Map<String, Integer> keyLines)
            implements Value {
        public Value get(String key) {
            return entries.get(key);
        }

        public int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }
    }

    /**
     * Parses {@code text}; {@code firstLine} is the file line the text starts on (front matter starts after the
     * opening fence). An empty document gives an empty mapping.
     */
    public static Value parse(String text, String file, int firstLine) {
        // A warm process (watch, the desk) reads the same apparatus files and front matter at every rebuild: parsing
        // them again took a tenth of a rebuild after a one-paragraph edit. The tree is a function of the text, the
        // file's name and the first line (and is not changed by anyone: its maps are unmodifiable); a file that fails
        // to parse is not kept.
        // One tree a file (its name and first line), the last one parsed: an apparatus file edited all afternoon in
        // `watch` keeps one tree, not one for each of its versions.
        String place = file + "\n" + firstLine;
        String fingerprint = Fingerprint.of(text);
        Parsed kept = PARSED.get(place);
        if (kept != null && kept.fingerprint().equals(fingerprint)) return kept.value();
        Value parsed = parseAnew(text, file, firstLine);
        PARSED.put(place, new Parsed(fingerprint, parsed));
        return parsed;
    }

    private record Parsed(String fingerprint, Value value) {}

    /** The tree parsed last for each file (by name and first line), with the {@link Fingerprint} of its text. */
    private static final Map<String, Parsed> PARSED = Lru.synchronizedMap(512);

    private static Value parseAnew(String text, String file, int firstLine) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(5 * 1024 * 1024);
        options.setAllowRecursiveKeys(false);
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(options);
        refuseInvisibleCharacters(text, file, firstLine);
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + firstLine : firstLine;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw UserError.at(file, line, "BP010", "malformed YAML: " + oneLine(problem));
        } catch (YAMLException e) {
            throw UserError.at(file, firstLine, "BP010", "malformed YAML: " + oneLine(e.getMessage()));
        }
        if (root == null) return new Mapping(file, firstLine, Map.of(), Map.of());
        return convert(root, file, firstLine, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * SnakeYAML refuses a NUL or another control character with a message at line 1 that does not name it, and reads
     * U+2028, U+2029 and U+0085 as line breaks that no editor shows (so its lines no longer match the editor's, and
     * the error it reports is lines away). Both are named here, at the line and column an editor shows.
     */
    private static void refuseInvisibleCharacters(String text, String file, int firstLine) {
        int line = firstLine;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
                continue;
            }
            String why = cp == 0x2028 || cp == 0x2029 || cp == 0x85
                    ? "YAML reads it as a line break that editors do not show; put a space or a real line break in its place"
                    : yamlPrintable(cp) ? null : "YAML does not allow it in a file; remove it (a \\x escape in a \"quoted\" value can stand for it)";
            if (why != null) {
                throw new UserError(List.of(Diagnostic.error(file, line, "BP010",
                        String.format("malformed YAML: invisible character U+%04X at column %d: %s", cp, column, why))));
            }
            column++;
        }
    }

    /** The characters YAML 1.1 allows in a stream (SnakeYAML's StreamReader.isPrintable), line breaks aside. */
    private static boolean yamlPrintable(int cp) {
        return cp == 0x9 || cp == 0xD || (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static String oneLine(String s) {
        if (s == null) return "unreadable";
        String first = s.strip().split("\\R", 2)[0];
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    /** {@code open}: the collections being converted, outer to inner; an alias back to one of them is a cycle. */
    private static Value convert(Node node, String file, int firstLine, Set<Node> open) {
        int line = node.getStartMark().getLine() + firstLine;
        if (node instanceof ScalarNode s) {
            return new Scalar(file, line, s.getValue());
        }
        // "&a [*a]" makes a node its own child: refuse it rather than recurse until the stack overflows
        if (!open.add(node)) {
            throw UserError.at(file, line, "BP010", "malformed YAML: an alias refers to a list or mapping that contains it");
        }
        try {
            return convertCollection(node, file, firstLine, line, open);
        } finally {
            open.remove(node);
        }
    }

    private static Value convertCollection(Node node, String file, int firstLine, int line, Set<Node> open) {
        if (node instanceof SequenceNode seq) {
            List<Value> items = new ArrayList<>();
            for (Node child : seq.getValue()) items.add(convert(child, file, firstLine, open));
            return new Sequence(file, line, List.copyOf(items));
        }
        MappingNode map = (MappingNode) node;
        Map<String, Value> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw UserError.at(file, t.getKeyNode().getStartMark().getLine() + firstLine, "BP011",
                        "a key must be plain text");
            }
            int keyLine = k.getStartMark().getLine() + firstLine;
            // compose() skips SnakeYAML's duplicate-key check (that lives in its constructor): without this the
            // second value would silently replace the first.
            if (entries.containsKey(k.getValue())) {
                throw UserError.at(file, keyLine, "BP011", "duplicate key '" + k.getValue() + "' (first at line "
                        + keyLines.get(k.getValue()) + ")");
            }
            entries.put(k.getValue(), convert(t.getValueNode(), file, firstLine, open));
            keyLines.put(k.getValue(), keyLine);
        }
        return new Mapping(file, line, Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keyLines));
    }
}
