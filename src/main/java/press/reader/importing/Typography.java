package press.reader.importing;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings text to house style with the ordered replacements of the rules' {@code typography} section (curly
 * quotes, dashes, ranges, ellipses, spaces), after repairing HTML-entity debris such as a truncated
 * {@code &rdqu}. Every replaced run is recorded with its rule.
 */
final class Typography {
    static final String ENTITY_RULE = "entity-debris";
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});?");

    private final List<Rules.Replacement> replacements;
    private final Map<String, String> entities;

    Typography(List<Rules.Replacement> replacements, Map<String, String> entities) {
        this.replacements = replacements;
        this.entities = entities;
    }

    void apply(SourceLine line) {
        line.text = repairEntities(line, line.text);
        for (Rules.Replacement r : replacements) line.text = replace(line, r, line.text);
    }

    /** House style for a metadata value (e.g. a captured date); not recorded, as it is not the essay's text. */
    String apply(String value) {
        SourceLine scratch = new SourceLine(0, value);
        apply(scratch);
        return scratch.text;
    }

    private String replace(SourceLine line, Rules.Replacement r, String text) {
        Matcher m = r.pattern().matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            int mark = out.length() + (m.start() - last);
            m.appendReplacement(out, r.replacement());
            line.change(r.name(), m.group(), out.substring(mark));
            last = m.end();
        }
        m.appendTail(out);
        return out.toString();
    }

    private String repairEntities(SourceLine line, String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String resolved = resolve(m.group(1), m.group().endsWith(";"));
            if (resolved == null) continue;
            out.append(text, last, m.start()).append(resolved);
            line.change(ENTITY_RULE, m.group(), resolved);
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString();
    }

    /**
     * The character a numeric reference stands for, as browsers read it: 128-159 are the Windows-1252 characters
     * (&#151; is an em dash). A reference to no character, a control character or a surrogate is not repaired
     * (null): "&#0a" must not become an invisible NUL glued to a word.
     */
    private static String character(int codePoint) {
        if (codePoint >= 0x80 && codePoint <= 0x9F) {
            String c = new String(new byte[] {(byte) codePoint}, Charset.forName("windows-1252"));
            return c.equals("\uFFFD") || c.charAt(0) == codePoint ? null : c;
        }
        boolean control = codePoint < 0x20 && codePoint != '\t' || codePoint == 0x7F;
        boolean noCharacter = codePoint >= 0xD800 && codePoint <= 0xDFFF || codePoint == 0xFFFE || codePoint == 0xFFFF;
        return control || noCharacter ? null : Character.toString(codePoint);
    }

    /** A numeric or named entity, or a truncated name that is the start of exactly one known name. */
    private String resolve(String name, boolean terminated) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) return character(Integer.parseInt(name.substring(2), 16));
            if (name.startsWith("#")) return character(Integer.parseInt(name.substring(1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
        String exact = entities.get(name);
        if (exact != null) return exact;
        if (terminated || name.length() < 3) return null;
        String found = null;
        for (Map.Entry<String, String> e : entities.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))) {
                if (found != null && !found.equals(e.getValue())) return null;
                found = e.getValue();
            }
        }
        return found;
    }
}
