package press.reader.cite;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import press.reader.diagnostics.Diagnostics;

/**
 * A BibTeX bibliography ({@code bibliography.bib}), as pandoc books keep their sources: read by citeproc-java's
 * BibTeX converter (jbibtex underneath, LaTeX accents and braces made text), each entry at the line it starts on.
 */
final class BibTeXBibliography {
    /** "@article{key," at the start of a line: where an entry starts, for messages */
    private static final Pattern ENTRY = Pattern.compile("(?m)^\\s*@\\s*(\\w+)\\s*[{(]\\s*([^,\\s]+)\\s*,");
    /** jbibtex's parse errors say "... at line 12, column 3." */
    private static final Pattern AT_LINE = Pattern.compile("line (\\d+), column (\\d+)");

    private BibTeXBibliography() {}

    static Bibliography parse(String text, String displayName, Diagnostics d) {
        BibTeXConverter converter = new BibTeXConverter();
        BibTeXDatabase db;
        try {
            db = converter.loadDatabase(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (ParseException | TokenMgrException e) {
            Matcher m = AT_LINE.matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? Integer.parseInt(m.group(1)) : 1;
            d.error(displayName, line, CiteCodes.MALFORMED_JSON, "malformed BibTeX: " + oneLine(e.getMessage()));
            return Bibliography.of(displayName, new LinkedHashMap<>(), new LinkedHashMap<>(), List.of());
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(text);
        while (m.find()) {
            String type = m.group(1).toLowerCase(Locale.ROOT);
            if (type.equals("string") || type.equals("preamble") || type.equals("comment")) continue;
            int line = 1 + (int) text.substring(0, m.start(2)).chars().filter(c -> c == '\n').count();
            Integer first = lines.putIfAbsent(m.group(2), line);
            if (first != null) {
                d.error(displayName, line, CiteCodes.DUPLICATE_ENTRY, "bibliography entry '" + m.group(2)
                        + "' is defined twice (first at line " + first + ")");
            }
        }
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Map.Entry<Key, BibTeXEntry> e : db.getEntries().entrySet()) {
            String key = e.getKey().getValue();
            try {
                items.put(key, converter.toItemData(e.getValue()));
            } catch (RuntimeException ex) {
                d.error(displayName, lines.getOrDefault(key, 0), CiteCodes.MALFORMED_ENTRY, "bibliography entry '" + key
                        + "': " + ex.getMessage());
                continue;
            }
            // the words of each field as written, for the checks that read an entry's words
            Map<String, Object> words = new LinkedHashMap<>();
            words.put("id", key);
            for (Map.Entry<Key, Value> f : e.getValue().getFields().entrySet()) {
                words.put(f.getKey().getValue(), f.getValue().toUserString());
            }
            fields.add(Collections.unmodifiableMap(words));
        }
        lines.keySet().retainAll(items.keySet());
        return Bibliography.of(displayName, items, lines, fields);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
