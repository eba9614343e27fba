package press.reader.manuscript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.Yaml.Mapping;
import press.reader.manuscript.Yaml.Scalar;
import press.reader.manuscript.Yaml.Sequence;
import press.reader.manuscript.Yaml.Value;

/** Typed access to a YAML mapping with messages that name the file, line and key. */
public final class YamlFields {
    private final Mapping map;
    private final String what;

    private YamlFields(Mapping map, String what) {
        this.map = map;
        this.what = what;
    }

    /** Requires {@code value} to be a mapping; {@code what} names it in messages ("book.yaml", "a glossary entry"). */
    public static YamlFields of(Value value, String what) {
        if (!(value instanceof Mapping m)) {
            throw UserError.at(value.file(), value.line(), "BP012", what + " must be a mapping of keys to values, found "
                    + value.kind());
        }
        return new YamlFields(m, what);
    }

    public Mapping mapping() {
        return map;
    }

    public int line() {
        return map.line();
    }

    public String file() {
        return map.file();
    }

    public int lineOf(String key) {
        return map.lineOf(key);
    }

    /**
     * Every key must be one of {@code allowed}: a misspelt key is an error, not silently ignored. Every unknown key
     * is reported at once, each at its line, with the known key it is nearest to.
     */
    public YamlFields allowOnly(Set<String> allowed) {
        List<Diagnostic> unknown = new ArrayList<>();
        for (String key : unknownKeys(allowed)) {
            String hint = KeySuggestions.nearest(key, allowed).map(k -> "did you mean '" + k + "'? ").orElse("");
            unknown.add(Diagnostic.error(map.file(), map.lineOf(key), "BP013", "unknown key '"
                    + key + "' in " + what + " (" + hint + "known keys: " + String.join(", ", new TreeSet<>(allowed)) + ")"));
        }
        if (!unknown.isEmpty()) throw new UserError(unknown);
        return this;
    }

    /** The keys of this mapping that are not in {@code allowed}, in the order written. */
    public List<String> unknownKeys(Set<String> allowed) {
        return map.entries().keySet().stream().filter(k -> !allowed.contains(k)).toList();
    }

    public boolean has(String key) {
        return map.entries().containsKey(key);
    }

    public String string(String key) {
        Value v = map.get(key);
        if (v == null) {
            throw UserError.at(map.file(), map.line(), "BP014", "missing key '" + key + "' in " + what);
        }
        return scalar(v, key);
    }

    public String string(String key, String fallback) {
        Value v = map.get(key);
        return v == null ? fallback : scalar(v, key);
    }

    private String scalar(Value v, String key) {
        if (!(v instanceof Scalar s)) {
            throw UserError.at(v.file(), v.line(), "BP015", "'" + key + "' in " + what + " must be text, found " + v.kind());
        }
        return s.text();
    }

    /** A list of text values; a single text value is accepted as a list of one. */
    public List<String> strings(String key) {
        Value v = map.get(key);
        if (v == null) return List.of();
        if (v instanceof Scalar s) return List.of(s.text());
        if (!(v instanceof Sequence seq)) {
            throw UserError.at(v.file(), v.line(), "BP015", "'" + key + "' in " + what + " must be a list, found " + v.kind());
        }
        List<String> out = new ArrayList<>();
        for (Value item : seq.items()) out.add(scalar(item, key));
        return out;
    }

    public List<Value> list(String key) {
        Value v = map.get(key);
        if (v == null) return List.of();
        if (!(v instanceof Sequence seq)) {
            throw UserError.at(v.file(), v.line(), "BP015", "'" + key + "' in " + what + " must be a list, found " + v.kind());
        }
        return seq.items();
    }

    public YamlFields child(String key, String childWhat) {
        Value v = map.get(key);
        if (v == null) throw UserError.at(map.file(), map.line(), "BP014", "missing key '" + key + "' in " + what);
        return of(v, childWhat);
    }

    public int integer(String key, int fallback) {
        Value v = map.get(key);
        if (v == null) return fallback;
        String s = scalar(v, key);
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw UserError.at(v.file(), v.line(), "BP015", "'" + key + "' in " + what + " must be a whole number, found '" + s + "'");
        }
    }

    public boolean bool(String key, boolean fallback) {
        Value v = map.get(key);
        if (v == null) return fallback;
        String s = scalar(v, key).strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("yes")) return true;
        if (s.equals("false") || s.equals("no")) return false;
        throw UserError.at(v.file(), v.line(), "BP015", "'" + key + "' in " + what + " must be true or false, found '" + s + "'");
    }
}
