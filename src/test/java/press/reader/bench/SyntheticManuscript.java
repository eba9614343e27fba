package press.reader.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A bigger book made from the real one, to see how the build scales: the essays are repeated {@code factor} times
 * (copy k of essay {@code id} becomes {@code id-k}, with its headnote and the editor's notes on it), and everything
 * else (sources, bibliography, glossary, chronology, index, rules) is kept as it is, so the book stays valid.
 *
 * <p>The copies keep their titles and their {@code source:}: the fidelity check compares an essay's title with its
 * capture, so a changed title would be an error, and checking every copy keeps the check's cost in the measurement.
 * Cross-references and chronology entries name the original essays, which stay in the book, so none dangles.
 */
public final class SyntheticManuscript {
    private SyntheticManuscript() {}

    /** Writes into {@code target} (which must not exist or be empty) a manuscript {@code factor} times the real one. */
    public static Path generate(Path realManuscript, int factor, Path target) {
        if (factor < 1) throw new IllegalArgumentException("factor must be at least 1, not " + factor);
        try {
            copyTree(realManuscript, target);
            Path bookYaml = target.resolve("book.yaml");
            Map<String, Object> book = load(bookYaml);
            List<String> essays = essayNames(book);
            List<String> all = new ArrayList<>(essays);
            for (int k = 2; k <= factor; k++) {
                for (String name : essays) all.add(copyEssay(target, name, k));
            }
            contents(book).put("essays", all);
            dump(bookYaml, book);
            multiplyEditorNotes(target.resolve("editor-notes.yaml"), essays, factor);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of copy {@code k} of essay {@code id}. */
    public static String copyId(String id, int k) {
        return id + "-" + k;
    }

    private static String copyEssay(Path ms, String name, int k) throws IOException {
        Path essay = ms.resolve(name);
        String id = stem(essay);
        String copyName = Path.of(name).resolveSibling(copyId(id, k) + ".md").toString().replace('\\', '/');
        Files.copy(essay, ms.resolve(copyName));
        Path headnote = ms.resolve("headnotes").resolve(id + ".md");
        if (Files.isRegularFile(headnote)) Files.copy(headnote, headnote.resolveSibling(copyId(id, k) + ".md"));
        return copyName;
    }

    /** Each essay copy gets the editor's notes of its original, so notes per page stay as in the real book. */
    @SuppressWarnings("unchecked")
    private static void multiplyEditorNotes(Path file, List<String> essayNames, int factor) throws IOException {
        if (!Files.isRegularFile(file)) return;
        Object loaded = newYaml().load(Files.readString(file, StandardCharsets.UTF_8));
        if (!(loaded instanceof List<?> notes)) return;
        List<String> ids = essayNames.stream().map(n -> stem(Path.of(n))).toList();
        List<Object> all = new ArrayList<>(notes);
        for (int k = 2; k <= factor; k++) {
            for (Object n : notes) {
                if (n instanceof Map<?, ?> note && ids.contains(String.valueOf(note.get("chapter")))) {
                    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) note);
                    copy.put("chapter", copyId(String.valueOf(note.get("chapter")), k));
                    all.add(copy);
                }
            }
        }
        Files.writeString(file, newYaml().dump(all), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static List<String> essayNames(Map<String, Object> book) {
        Object essays = contents(book).get("essays");
        if (!(essays instanceof List<?> list)) throw new IllegalArgumentException("book.yaml: contents.essays is not a list");
        return ((List<Object>) list).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contents(Map<String, Object> book) {
        if (!(book.get("contents") instanceof Map<?, ?> c)) throw new IllegalArgumentException("book.yaml: no contents");
        return (Map<String, Object>) c;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path yaml) throws IOException {
        return (Map<String, Object>) newYaml().load(Files.readString(yaml, StandardCharsets.UTF_8));
    }

    private static void dump(Path yaml, Map<String, Object> value) throws IOException {
        Files.writeString(yaml, newYaml().dump(value), StandardCharsets.UTF_8);
    }

    private static Yaml newYaml() {
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setWidth(120);
        dump.setAllowUnicode(true);
        LoaderOptions load = new LoaderOptions();
        load.setCodePointLimit(64 * 1024 * 1024);   // a 50x editor-notes file is far above SnakeYAML's 3 MB default
        return new Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(load),
                new org.yaml.snakeyaml.representer.Representer(dump), dump, load);
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.md$", "");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path p : tree.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }
}
