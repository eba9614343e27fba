package press.reader.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.output.Citation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import press.reader.memo.Lru;

/**
 * Renders citations and the bibliography with citeproc-java and a CSL style from Maven Central.
 * Nothing here formats a citation by hand: the style decides; we only tell citeproc-java each cite's
 * position (found by {@link PositionTracker}, the style's position tests resolved for it by
 * {@link StylePatches#resolveCiteConditions}) and turn its output into {@link RichText}.
 *
 * <pre>
 * CitationEngine engine = CitationEngine.create(bibliography, "chicago-notes-bibliography", "en-US");
 * ChapterCitations chapter = engine.startChapter();      // positions restart in every chapter
 * RichText note = chapter.render(cluster.items());       // clusters in document order
 * List&lt;RichText&gt; worksCited = engine.bibliography(citedKeys);
 * </pre>
 */
public final class CitationEngine {
    private final Bibliography bibliography;
    private final CslStyle style;
    private final String locale;
    private final QuoteStyle quotes;
    private final Map<String, CSL> processors = new HashMap<>();
    /**
     * The citation processors by the text of their copy of the style: variants whose copies are the same text (a style
     * that never tests near-note, say: Chicago's subsequent cites near and far) share one processor. Each processor
     * parses its quarter-megabyte style and its locale anew: a tenth of a cold build's citation work per copy.
     */
    private final Map<String, CSL> processorsByStyle = new HashMap<>();
    /** One locale provider for every processor of this engine: it reads the locale's file once, not once a copy. */
    private final DefaultLocaleProvider locales = new DefaultLocaleProvider();
    private int processorsMade;
    private final Items provider = new Items();
    /**
     * Clusters and bibliographies rendered before, by everything they are rendered from (this engine is one
     * bibliography, style and locale; citeproc-java is reset after every citation, so equal input renders equal
     * output): a warm process (watch) asks citeproc-java again only for what an edit changed. Bounded, so that a
     * long session does not grow without limit.
     */
    private final Map<List<Object>, RichText> clusters = Lru.map(8192);
    private final Map<List<String>, List<RichText>> bibliographies = Lru.map(4);
    private int citeprocCalls;
    private int sortKeyRenders;

    private CitationEngine(Bibliography bibliography, CslStyle style, String locale) {
        this.bibliography = bibliography;
        this.style = style;
        this.locale = locale;
        this.quotes = QuoteStyle.forLocale(locale);
    }

    /**
     * @param styleId a CSL style id, e.g. "chicago-notes-bibliography" or "chicago-author-date"
     * @param locale  a CSL locale, e.g. "en-US"
     * @throws UnknownStyleException if there is no such style; its message says how to find valid ids
     */
    public static CitationEngine create(Bibliography bibliography, String styleId, String locale) {
        CitationEngine engine = new CitationEngine(bibliography, CslStyle.load(styleId), locale);
        engine.processor("bibliography", engine.style::bibliographyXml); // fails now on a bad locale
        return engine;
    }

    /** True for footnote styles (Chicago notes), false for in-text styles (author-date, numeric). */
    public boolean isNoteStyle() {
        return style.isNoteStyle();
    }

    /** Whether the style has a bibliography layout: without one, {@link #bibliography} cannot be made. */
    public boolean hasBibliography() {
        return style.hasBibliography();
    }

    public String styleId() {
        return style.id();
    }

    /** A new chapter: the first cite of each work in it is full, later ones short. */
    public ChapterCitations startChapter() {
        return new ChapterCitations(this, new PositionTracker(style.nearNoteDistance()));
    }

    /**
     * The "Works cited" entries for {@code citedKeys} (keys not in the bibliography are skipped: reporting
     * them is the caller's job), in the order the style sorts them.
     */
    public synchronized List<RichText> bibliography(Collection<String> citedKeys) {
        List<String> keys = new ArrayList<>();
        Set<String> wanted = new HashSet<>(citedKeys);
        for (String k : bibliography.keys()) if (wanted.contains(k)) keys.add(k);
        if (keys.isEmpty()) return new ArrayList<>();
        List<RichText> known = bibliographies.get(keys);
        if (known != null) return new ArrayList<>(known);
        List<RichText> made = makeBibliography(keys);
        bibliographies.put(List.copyOf(keys), List.copyOf(made));
        return made;
    }

    private List<RichText> makeBibliography(List<String> keys) {
        // a fresh processor, so that only these works are registered
        return entries(registered(keys));
    }

    /** The bibliography as citeproc-java sorts it itself: what {@link #bibliography} must equal (for the tests). */
    List<RichText> bibliographyAsCiteprocSorts(List<String> keys) {
        return entries(citeprocSorted(keys));
    }

    private List<RichText> entries(CSL csl) {
        citeprocCalls++;
        List<RichText> out = new ArrayList<>();
        // citeproc-java asks the filter about its items in their sorted order: so we learn which entry is which work
        List<CSLItemData> items = new ArrayList<>();
        String[] entries = csl.makeBibliography(item -> items.add(item)).getEntries();
        for (String entry : entries) {
            out.add(quotes.apply(SpanFormat.toRichText(entry.strip())));
        }
        if (items.size() != entries.length) return out;   // cannot tell entries apart: citeproc-java's order, unchanged
        return StylePatches.worksCited(out, items, style.subsequentAuthorSubstitute());
    }

    /**
     * A processor with {@code keys} registered in the style's order: sorted here with each work's sort keys rendered
     * once ({@link BibliographyOrder}) and given to a copy of the style without its sort, which keeps that order;
     * or, when the order cannot be known so, given to citeproc-java to sort (each of its comparisons renders the keys
     * of two works again: n log n renderings).
     */
    private CSL registered(List<String> keys) {
        Optional<BibliographyOrder> order = style.bibliographyReadsCitationNumber() ? Optional.empty()
                : BibliographyOrder.of(processor("bibliography", style::bibliographyXml));
        if (order.isEmpty()) return citeprocSorted(keys);
        Optional<List<CSLItemData>> sorted = order.get().sort(keys.stream().map(provider::retrieveItem).toList());
        sortKeyRenders += order.get().renders();
        if (sorted.isEmpty()) return citeprocSorted(keys);
        CSL csl = newProcessor(style.unsortedBibliographyXml());
        csl.registerCitationItems(sorted.get().stream().map(CSLItemData::getId).toList());
        return csl;
    }

    /** A processor with {@code keys} registered and sorted by citeproc-java itself (also the tests' reference). */
    private CSL citeprocSorted(List<String> keys) {
        CSL csl = newProcessor(style.bibliographyXml());
        csl.registerCitationItems(keys);
        return csl;
    }

    /** Renders one cluster whose cites have the given positions (called by {@link ChapterCitations}). */
    synchronized RichText render(List<CiteItem> cluster, List<PositionTracker.Placed> placed) {
        List<CiteVariant> variants = new ArrayList<>();
        for (int i = 0; i < cluster.size(); i++) {
            CiteItem c = cluster.get(i);
            if (!bibliography.contains(c.key())) {
                throw new IllegalArgumentException("citation key '" + c.key() + "' is not in "
                        + bibliography.displayName() + " (check with Bibliography.contains first)");
            }
            variants.add(CiteVariant.of(c, placed.get(i)));
        }
        List<Object> key = new ArrayList<>(variants);
        // where the cite stood in its text is not rendered: without it, a cite after an edited word is still known
        for (CiteItem c : cluster) key.add(new CiteItem(c.key(), c.prefix(), c.locator(), c.label(), c.suffix(),
                c.suppressAuthor(), c.authorInText(), 0, 0));
        RichText known = clusters.get(key);
        if (known != null) return known;
        RichText made = renderVariants(cluster, variants);
        clusters.put(List.copyOf(key), made);
        return made;
    }

    /** How many times the bibliography's sort keys of a work were rendered, a key at a time (for the tests). */
    synchronized int sortKeyRenders() {
        return sortKeyRenders;
    }

    /** How many times this engine has asked citeproc-java for a citation or a bibliography (for the tests). */
    synchronized int citeprocCalls() {
        return citeprocCalls;
    }

    private RichText renderVariants(List<CiteItem> cluster, List<CiteVariant> variants) {
        if (new HashSet<>(variants).size() == 1) {
            return citeproc(variants.get(0), false, cluster);
        }
        // Cites that need different copies of the style: each is rendered alone (layout without affixes) and
        // they are joined with the style's own layout delimiter and affixes.
        List<Span> spans = new ArrayList<>();
        spans.add(Span.plain(style.layoutPrefix()));
        for (int i = 0; i < cluster.size(); i++) {
            if (i > 0) spans.add(Span.plain(style.layoutDelimiter()));
            spans.addAll(citeproc(variants.get(i), true, List.of(cluster.get(i))).spans());
        }
        RichText joined = RichText.of(spans);
        String suffix = style.layoutSuffix();
        if (!joined.plainText().endsWith(suffix)) joined = joined.append(RichText.plain(suffix));
        return joined;
    }

    private RichText citeproc(CiteVariant variant, boolean alone, List<CiteItem> cluster) {
        citeprocCalls++;
        CSL csl = processors.computeIfAbsent(variant + "/" + alone,
                k -> processorsByStyle.computeIfAbsent(style.citationXml(variant, alone), this::newProcessor));
        CSLCitationItem[] items = new CSLCitationItem[cluster.size()];
        for (int i = 0; i < items.length; i++) items[i] = toCiteproc(cluster.get(i));
        List<Citation> result;
        try {
            result = csl.makeCitation(new CSLCitation(items));
        } finally {
            // citeproc-java remembers every citation it made, to re-render them when a later one changes their
            // disambiguation: its memory grew with each citation rendered (a warm watch process grew without
            // bound), and each citation re-checked all earlier ones (a book citing 10,000 works took minutes).
            // Positions (first, subsequent, ibid.) are this engine's own (PositionTracker), so nothing is lost
            // by forgetting: each citation is rendered on its own.
            csl.reset();
            csl.setOutputFormat(new SpanFormat());      // reset() also restores citeproc's default (HTML) format
        }
        // the last one is the new citation; earlier ones are re-renderings of older citations
        return quotes.apply(Punctuation.repair(SpanFormat.toRichText(result.get(result.size() - 1).getText())));
    }

    private static CSLCitationItem toCiteproc(CiteItem c) {
        CSLCitationItemBuilder b = new CSLCitationItemBuilder(c.key());
        if (!c.prefix().isEmpty()) b.prefix(c.prefix());
        if (!c.suffix().isEmpty()) b.suffix(c.suffix());
        if (c.hasLocator()) {
            b.locator(c.locator());
            b.label(CSLLabel.fromString(c.label().isEmpty() ? "page" : c.label()));
        }
        return b.build();
    }

    private CSL processor(String cacheKey, Supplier<String> styleXml) {
        return processors.computeIfAbsent(cacheKey, k -> newProcessor(styleXml.get()));
    }

    /** How many citeproc-java processors this engine has made (each parses its copy of the style): for the tests. */
    synchronized int processorsMade() {
        return processorsMade;
    }

    private CSL newProcessor(String styleXml) {
        processorsMade++;
        try {
            CSL csl = new CSL(provider, locales, null, styleXml, locale);
            csl.setOutputFormat(new SpanFormat());
            return csl;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load CSL style " + style.id() + " or locale " + locale, e);
        }
    }

    /** The bibliography's entries, as citeproc-java asks for them. */
    private final class Items implements ItemDataProvider {
        @Override
        public CSLItemData retrieveItem(String id) {
            return StylePatches.item(bibliography.item(id));
        }

        @Override
        public Collection<String> getIds() {
            return bibliography.keys();
        }
    }
}
