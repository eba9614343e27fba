package press.reader.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.TextFiles;
import press.reader.manuscript.Yaml;
import press.reader.manuscript.YamlFields;

/** Reads {@code rules.yaml}; a misspelt key or a broken pattern is reported with its line, never ignored. */
public final class RulesLoader {
    private static final Set<String> TOP_KEYS = Set.of("format", "sources", "remove-lines", "sites", "structure",
            "typography", "entities", "suspect-spellings");
    private static final Set<String> LINE_RULE_KEYS = Set.of("name", "pattern", "omitted");
    private static final Set<String> CUT_KEYS = Set.of("name", "at-name", "at", "omitted");
    private static final Set<String> SITE_KEYS = Set.of("name", "detect", "publication", "publication-with-issue",
            "remove-lines", "cut-after");
    private static final Set<String> STRUCTURE_KEYS = Set.of("title-max-words", "heading-max-words", "byline",
            "standfirst", "epigraph-attribution", "bullet", "dated-list-item", "dated-list-min", "note-list-item",
            "note-markers", "captions");
    private static final Set<String> REPLACEMENT_KEYS = Set.of("name", "pattern", "replace");

    private RulesLoader() {}

    public static Rules load(Path file) {
        String name = file.toString();
        return parse(TextFiles.readUtf8(file, name, Yaml.MAX_FILE_BYTES, "a YAML file"), name);
    }

    public static Rules parse(String text, String file) {
        YamlFields top = YamlFields.of(Yaml.parse(text, file, 1), file).allowOnly(TOP_KEYS);
        int format = top.integer("format", 1);
        if (format != 1) {
            throw UserError.at(file, top.lineOf("format"), ImportCodes.RULES_FORMAT, "unsupported rules format " + format + " (this tool reads format 1)");
        }
        Map<String, String> sourceIds = new LinkedHashMap<>();
        if (top.has("sources")) {
            YamlFields sources = top.child("sources", "sources");
            for (String capture : sources.mapping().entries().keySet()) {
                YamlFields entry = sources.child(capture, "sources." + capture).allowOnly(Set.of("id"));
                sourceIds.put(capture, entry.string("id"));
            }
        }
        List<Rules.LineRule> global = lineRules(top.list("remove-lines"));
        List<Rules.Site> sites = new ArrayList<>();
        for (Yaml.Value v : top.list("sites")) sites.add(site(YamlFields.of(v, "a site").allowOnly(SITE_KEYS)));
        Rules.Structure structure = structure(top.child("structure", "structure").allowOnly(STRUCTURE_KEYS));
        List<Rules.Replacement> typography = new ArrayList<>();
        for (Yaml.Value v : top.list("typography")) {
            YamlFields r = YamlFields.of(v, "a typography rule").allowOnly(REPLACEMENT_KEYS);
            typography.add(new Rules.Replacement(r.string("name"), pattern(r, "pattern"), r.string("replace", ""), r.line()));
        }
        return new Rules(Map.copyOf(sourceIds), global, List.copyOf(sites), structure, List.copyOf(typography),
                stringMap(top, "entities"), stringMap(top, "suspect-spellings"));
    }

    private static Map<String, String> stringMap(YamlFields top, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!top.has(key)) return out;
        YamlFields m = top.child(key, key);
        for (String k : m.mapping().entries().keySet()) out.put(k, m.string(k));
        return out;
    }

    private static Rules.Site site(YamlFields s) {
        List<Pattern> detect = new ArrayList<>();
        for (Yaml.Value v : s.list("detect")) detect.add(compile(scalar(v), v.file(), v.line(), Pattern.MULTILINE));
        if (detect.isEmpty()) {
            throw UserError.at(s.file(), s.line(), ImportCodes.SITE_WITHOUT_DETECT, "site '" + s.string("name") + "' needs at least one 'detect' pattern");
        }
        List<Rules.CutRule> cuts = new ArrayList<>();
        for (Yaml.Value v : s.list("cut-after")) {
            YamlFields c = YamlFields.of(v, "a cut-after rule").allowOnly(CUT_KEYS);
            cuts.add(new Rules.CutRule(c.string("name"), c.string("at-name", c.string("name")), pattern(c, "at"),
                    c.string("omitted", null), c.line()));
        }
        return new Rules.Site(s.string("name"), List.copyOf(detect), s.string("publication", null),
                s.string("publication-with-issue", null), lineRules(s.list("remove-lines")), List.copyOf(cuts));
    }

    private static List<Rules.LineRule> lineRules(List<Yaml.Value> values) {
        List<Rules.LineRule> out = new ArrayList<>();
        for (Yaml.Value v : values) {
            YamlFields r = YamlFields.of(v, "a remove-lines rule").allowOnly(LINE_RULE_KEYS);
            out.add(new Rules.LineRule(r.string("name"), pattern(r, "pattern"), r.string("omitted", null), r.line()));
        }
        return List.copyOf(out);
    }

    private static Rules.Structure structure(YamlFields s) {
        List<Pattern> standfirst = new ArrayList<>();
        for (Yaml.Value v : s.list("standfirst")) standfirst.add(compile(scalar(v), v.file(), v.line(), 0));
        List<Pattern> markers = new ArrayList<>();
        for (Yaml.Value v : s.list("note-markers")) markers.add(compile(scalar(v), v.file(), v.line(), 0));
        return new Rules.Structure(s.integer("title-max-words", 20), s.integer("heading-max-words", 12),
                pattern(s, "byline"), List.copyOf(standfirst), pattern(s, "epigraph-attribution"), pattern(s, "bullet"),
                pattern(s, "dated-list-item"), s.integer("dated-list-min", 3), pattern(s, "note-list-item"),
                List.copyOf(markers), captions(s));
    }

    /** "keep" (the default) or "remove": what to do with a picture's caption when the capture has no picture. */
    private static boolean captions(YamlFields s) {
        String value = s.string("captions", "keep");
        if (!value.equals("keep") && !value.equals("remove")) {
            throw UserError.at(s.file(), s.lineOf("captions"), ImportCodes.BAD_CAPTIONS, "captions must be 'keep' or 'remove', not '"
                    + value + "'");
        }
        return value.equals("remove");
    }

    private static String scalar(Yaml.Value v) {
        if (v instanceof Yaml.Scalar s) return s.text();
        throw UserError.at(v.file(), v.line(), ImportCodes.PATTERN_NOT_TEXT, "expected a pattern (text), found " + v.kind());
    }

    private static Pattern pattern(YamlFields f, String key) {
        Yaml.Value v = f.mapping().get(key);
        int line = v == null ? f.line() : v.line();
        return compile(f.string(key), f.file(), line, 0);
    }

    private static Pattern compile(String regex, String file, int line, int flags) {
        try {
            return Pattern.compile(regex, flags | Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw UserError.at(file, line, ImportCodes.BAD_PATTERN, "bad pattern '" + regex + "': " + e.getDescription());
        }
    }
}
