package press.reader.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.Severity;

/**
 * The book's sources: a CSL-JSON file (an array of entries, as Zotero and pandoc export it), or a BibTeX file
 * ({@link BibTeXBibliography}), read once.
 * Each entry keeps the line it starts on so that later checks ("entry never cited") can point at it.
 * A malformed entry is reported and left out; the other entries stay usable, so one slip does not hide
 * every other message.
 */
public final class Bibliography {

    /** CSL name variables (CSL 1.0.2): each must be an array of name objects. */
    private static final Set<String> NAME_FIELDS = Set.of("author", "chair", "collection-editor", "compiler",
            "composer", "container-author", "contributor", "curator", "director", "editor", "editor-translator",
            "editorial-director", "executive-producer", "guest", "host", "illustrator", "interviewer", "narrator",
            "organizer", "original-author", "performer", "producer", "recipient", "reviewed-author", "script-writer",
            "series-creator", "translator");

    /** CSL date variables: each must be an object such as {"date-parts": [[1937]]}. */
    private static final Set<String> DATE_FIELDS = Set.of("accessed", "available-date", "event-date", "issued",
            "original-date", "submitted", "container");

    private final String displayName;
    private final Map<String, CSLItemData> items;
    private final Map<String, Integer> lines;
    private final List<Map<String, Object>> fields;

    private Bibliography(String displayName, Map<String, CSLItemData> items, Map<String, Integer> lines,
                         List<Map<String, Object>> fields) {
        this.displayName = displayName;
        this.items = Collections.unmodifiableMap(items);
        this.lines = Collections.unmodifiableMap(lines);
        this.fields = List.copyOf(fields);
    }

    /**
     * Reads {@code cslJson}. Problems go to {@code d} as {@code displayName:line: message}; the result holds
     * every entry that could be read (none if the file is not JSON at all).
     */
    public static Bibliography load(Path cslJson, String displayName, Diagnostics d) {
        String text;
        try {
            text = Files.readString(cslJson, StandardCharsets.UTF_8);
        } catch (IOException e) {
            d.error(displayName, 0, CiteCodes.UNREADABLE, "cannot read the bibliography: " + e.getMessage());
            return empty(displayName);
        }
        // a BibTeX file (bibliography.bib), as pandoc books keep their sources
        if (cslJson.getFileName().toString().endsWith(".bib")) return BibTeXBibliography.parse(text, displayName, d);
        return parse(text, displayName, d);
    }

    /** A bibliography read by another reader (BibTeX): its items, the lines they start on, their fields' words. */
    static Bibliography of(String displayName, Map<String, CSLItemData> items, Map<String, Integer> lines,
                           List<Map<String, Object>> fields) {
        return new Bibliography(displayName, items, lines, fields);
    }

    /** Reads CSL-JSON from a string; {@code displayName} is the file name used in messages. */
    public static Bibliography parse(String text, String displayName, Diagnostics d) {
        JsonReader.Result json;
        try {
            json = JsonReader.parse(text);
        } catch (JsonReader.SyntaxError e) {
            d.add(new Diagnostic(Severity.ERROR, displayName,
                    e.line, e.column, CiteCodes.MALFORMED_JSON, "malformed CSL-JSON: " + e.getMessage()));
            return empty(displayName);
        }
        if (!(json.value() instanceof List<?> entries)) {
            d.error(displayName, 1, CiteCodes.MALFORMED_JSON,
                    "a CSL-JSON bibliography must be an array of entries: [ {\"id\": ..., \"type\": ...}, ... ]");
            return empty(displayName);
        }
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<Map<String, Object>> read = new ArrayList<>();
        int index = 0;
        for (Object entry : entries) {
            index++;
            if (!(entry instanceof Map<?, ?> map)) {
                d.error(displayName, json.lineOf(entries), CiteCodes.MALFORMED_ENTRY,
                        "bibliography entry number " + index + " is not an object {...}");
                continue;
            }
            int line = json.lineOf(entry);
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) map;
            CSLItemData item = toItem(fields, index, line, json, displayName, d);
            if (item == null) continue;
            if (items.containsKey(item.getId())) {
                d.error(displayName, line, CiteCodes.DUPLICATE_ENTRY, "bibliography entry '" + item.getId()
                        + "' is defined twice (first at line " + lines.get(item.getId()) + ")");
                continue;
            }
            items.put(item.getId(), item);
            lines.put(item.getId(), line);
            read.add(Collections.unmodifiableMap(fields));
        }
        return new Bibliography(displayName, items, lines, read);
    }

    private static CSLItemData toItem(Map<String, Object> fields, int index, int line, JsonReader.Result json,
                                      String file, Diagnostics d) {
        Object id = fields.get("id");
        if (!(id instanceof String key) || key.isBlank()) {
            d.error(file, line, CiteCodes.MALFORMED_ENTRY, "bibliography entry number " + index
                    + " has no \"id\" (a text key such as \"serge1937\", used as [@serge1937] in the text)");
            return null;
        }
        String what = "bibliography entry '" + key + "'";
        if (!key.matches("[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&+?<>~/-]*")) {
            // pandoc's key syntax: otherwise [@key] could never cite it
            d.error(file, line, CiteCodes.MALFORMED_ENTRY, what + ": the id cannot be cited with [@" + key
                    + "]; use letters, digits and _ : . - /");
            return null;
        }
        Object type = fields.get("type");
        if (!(type instanceof String)) {
            d.error(file, line, CiteCodes.MALFORMED_ENTRY, what + " has no \"type\" (for example \"book\", "
                    + "\"chapter\", \"article-journal\", \"article-newspaper\", \"webpage\")");
            return null;
        }
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            String problem = shapeProblem(f.getKey(), f.getValue());
            if (problem != null) {
                int at = f.getValue() instanceof Map || f.getValue() instanceof List ? json.lineOf(f.getValue()) : line;
                d.error(file, at, CiteCodes.MALFORMED_ENTRY, what + ": " + problem);
                return null;
            }
        }
        try {
            return CSLItemData.fromJson(fields);
        } catch (RuntimeException e) {
            // citeproc-java's messages name the field, e.g. "Unknown CSLType: boook"
            d.error(file, line, CiteCodes.MALFORMED_ENTRY, what + ": " + e.getMessage());
            return null;
        }
    }

    /** A message if a name or date field has the wrong shape, which citeproc-java would not explain. */
    private static String shapeProblem(String field, Object value) {
        if (NAME_FIELDS.contains(field)) {
            if (!(value instanceof List<?> names)) {
                return "\"" + field + "\" must be a list of names, e.g. [{\"family\": \"Serge\", \"given\": \"Victor\"}]";
            }
            for (Object n : names) {
                if (!(n instanceof Map<?, ?> m) || !(m.containsKey("family") || m.containsKey("literal")
                        || m.containsKey("given"))) {
                    return "each name in \"" + field + "\" must be an object with \"family\" and \"given\" "
                            + "(or \"literal\")";
                }
            }
        } else if (DATE_FIELDS.contains(field)) {
            if (!(value instanceof Map<?, ?> m) || !(m.containsKey("date-parts") || m.containsKey("raw")
                    || m.containsKey("literal"))) {
                return "\"" + field + "\" must be a date object, e.g. {\"date-parts\": [[1937]]}";
            }
            Object parts = m.get("date-parts");
            if (parts != null && !(parts instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(p -> p instanceof List))) {
                return "\"date-parts\" of \"" + field + "\" must be a list of [year, month, day] lists, e.g. [[1937]]";
            }
        }
        return null;
    }

    private static Bibliography empty(String displayName) {
        return new Bibliography(displayName, new LinkedHashMap<>(), new LinkedHashMap<>(), List.of());
    }

    /**
     * The fields of every entry as the file gives them (strings, numbers, lists, objects), in the file's order: for
     * the fidelity check, which needs the words of an entry, not its CSL meaning.
     */
    public List<Map<String, Object>> entries() {
        return fields;
    }

    /** The name of the file in messages, e.g. {@code bibliography.json}. */
    public String displayName() {
        return displayName;
    }

    public boolean contains(String key) {
        return items.containsKey(key);
    }

    /** Every key, in file order. */
    public Set<String> keys() {
        return items.keySet();
    }

    /** The line where the entry starts, or 0 if unknown. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }

    /** The entry as citeproc-java sees it, or null. */
    public CSLItemData item(String key) {
        return items.get(key);
    }

    public int size() {
        return items.size();
    }
}
