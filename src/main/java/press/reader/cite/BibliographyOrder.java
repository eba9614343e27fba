package press.reader.cite;

import de.undercouch.citeproc.AbbreviationProvider;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.CollectingVariableListener;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SKey;
import de.undercouch.citeproc.csl.internal.SSort;
import de.undercouch.citeproc.csl.internal.SStyle;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import de.undercouch.citeproc.helper.AlphanumComparator;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order of the works cited, exactly as citeproc-java 3.5.2 would sort them, with each work's sort keys rendered
 * once. citeproc-java inserts each registered work into its sorted list by a binary search whose comparator renders
 * the sort keys (the author's names, the date, the title) of both works at every comparison: 2 × log₂ n renderings a
 * work, nine tenths of assembling a book citing 10,000 works. Here each work's keys are rendered once and the same
 * insertion is made with the same comparison ({@code SSort.SortComparator}: empty keys last, then citeproc-java's
 * alphanumeric order, times the key's direction; a work equal to one found goes to the end, as citeproc-java puts it).
 *
 * <p>It reads three private fields of citeproc-java (the processor's parsed style, locale and abbreviations, the sort's
 * keys): when they cannot be read (another version), or a key reads the citation number (numeric styles, whose numbers
 * change as works are inserted), it declines and the caller lets citeproc-java sort as before. Tests compare the two
 * orders ({@code BibliographyOrderTest}).
 */
final class BibliographyOrder {
    private final SStyle style;
    private final LLocale locale;
    private final AbbreviationProvider abbreviations;
    private final List<SKey> keys;
    private final AlphanumComparator alphanumeric;
    private int renders;

    private BibliographyOrder(SStyle style, LLocale locale, AbbreviationProvider abbreviations, List<SKey> keys) {
        this.style = style;
        this.locale = locale;
        this.abbreviations = abbreviations;
        this.keys = keys;
        this.alphanumeric = new AlphanumComparator(locale.getLang());
    }

    /** The order for the bibliography of {@code sorting} (a processor of the style with its sort), if it can be known. */
    static Optional<BibliographyOrder> of(CSL sorting) {
        try {
            SStyle style = (SStyle) field(CSL.class, "style").get(sorting);
            if (style.getBibliography() == null || style.getBibliography().getSort() == null) return Optional.empty();
            SSort sort = style.getBibliography().getSort();
            @SuppressWarnings("unchecked")
            List<SKey> keys = (List<SKey>) field(SSort.class, "keys").get(sort);
            return Optional.of(new BibliographyOrder(style, (LLocale) field(CSL.class, "locale").get(sorting),
                    (AbbreviationProvider) field(CSL.class, "abbreviationProvider").get(sorting), List.copyOf(keys)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();   // another citeproc-java: it sorts, as it always did
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /**
     * The works in citeproc-java's order, or empty if a sort key reads the citation number (which citeproc-java
     * changes while it inserts, so that keys rendered once would not be the keys it compares).
     */
    Optional<List<CSLItemData>> sort(List<CSLItemData> works) {
        List<Keyed> sorted = new ArrayList<>(works.size());
        Comparator<Keyed> comparison = this::compare;
        for (CSLItemData work : works) {
            Keyed keyed = keyed(work);
            if (keyed == null) return Optional.empty();
            int at = Collections.binarySearch(sorted, keyed, comparison);
            sorted.add(at < 0 ? -at - 1 : sorted.size(), keyed);
        }
        List<CSLItemData> out = new ArrayList<>(sorted.size());
        for (Keyed k : sorted) out.add(k.work);
        return Optional.of(out);
    }

    /** How many sort keys were rendered (for the tests: once a key and work). */
    int renders() {
        return renders;
    }

    private record Keyed(CSLItemData work, String[] keys) {}

    private Keyed keyed(CSLItemData work) {
        String[] rendered = new String[keys.size()];
        for (int i = 0; i < rendered.length; i++) {
            RenderContext ctx = new RenderContext(style, locale, work, abbreviations);
            CollectingVariableListener read = new CollectingVariableListener();
            ctx.addVariableListener(read);
            keys.get(i).render(ctx);
            ctx.removeVariableListener(read);
            renders++;
            if (read.getCalled().contains("citation-number")) return null;
            rendered[i] = ctx.getResult().toString();
        }
        return new Keyed(work, rendered);
    }

    /** {@code SSort.SortComparator.compare} over keys rendered before. */
    private int compare(Keyed a, Keyed b) {
        for (int i = 0; i < keys.size(); i++) {
            String x = a.keys[i];
            String y = b.keys[i];
            int c;
            if (x.isEmpty() && !y.isEmpty()) c = 1;
            else if (!x.isEmpty() && y.isEmpty()) c = -1;
            else c = alphanumeric.compare(x, y) * keys.get(i).getSort();
            if (c != 0) return c;
        }
        return 0;
    }
}
