package press.reader.features.chronology;

import java.util.List;
import java.util.Set;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.BookKey;
import press.reader.manuscript.YamlFields;

/** The chronology's keys of book.yaml: {@code chronology-note} and {@code chronology-figure}. */
final class ChronologySettings {
    private ChronologySettings() {}

    /** The editor's note opening the chronology (how its dates are given, say), or "". */
    static final BookKey<String> NOTE = BookKey.of("chronology-note", "",
            book -> book.string("chronology-note", "").strip());

    /** The editor's settings of the chronology's time line. */
    static final BookKey<ChronologyFigure> FIGURE = BookKey.of("chronology-figure", ChronologyFigure.NONE,
            ChronologySettings::figure);

    /**
     * book.yaml's chronology-figure: {@code years} and {@code focus}, each the first and the last year ([1905, 1930]),
     * the focus within the years, and the editor's {@code note} under the figure's key.
     */
    private static ChronologyFigure figure(YamlFields f) {
        if (!f.has("chronology-figure")) return ChronologyFigure.NONE;
        YamlFields c = f.child("chronology-figure", "chronology-figure").allowOnly(Set.of("years", "focus", "note"));
        List<Integer> years = yearRange(c, "years");
        List<Integer> focus = yearRange(c, "focus");
        if (years != null && focus != null && (focus.get(0) < years.get(0) || focus.get(1) > years.get(1))) {
            throw UserError.at(c.file(), c.lineOf("focus"), "BP015", "chronology-figure.focus " + focus
                    + " must lie within its years " + years);
        }
        return new ChronologyFigure(years, focus, c.string("note", "").strip(), c.file(),
                focus == null ? 0 : c.lineOf("focus"));
    }

    private static List<Integer> yearRange(YamlFields c, String key) {
        if (!c.has(key)) return null;
        List<String> v = c.strings(key);
        if (v.size() != 2 || !v.stream().allMatch(y -> y.strip().matches("\\d{4}"))
                || Integer.parseInt(v.get(0).strip()) > Integer.parseInt(v.get(1).strip())) {
            throw UserError.at(c.file(), c.lineOf(key), "BP015", "chronology-figure." + key + " must be two years of four digits, "
                    + "the first and the last, such as [1905, 1930]; found " + v);
        }
        return List.of(Integer.parseInt(v.get(0).strip()), Integer.parseInt(v.get(1).strip()));
    }
}
