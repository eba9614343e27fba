package press.reader.features.citations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import press.reader.assemble.ApparatusFeature;
import press.reader.assemble.ApparatusFeatures;
import press.reader.assemble.BookState;
import press.reader.assemble.CitationWriter;
import press.reader.assemble.CitationWriterFactory;
import press.reader.assemble.InlineMarker;
import press.reader.assemble.NarrativeCitation;
import press.reader.assemble.PieceContext;
import press.reader.assemble.TextReplacer;
import press.reader.assemble.Words;
import press.reader.cite.Bibliography;
import press.reader.cite.CitationEngine;
import press.reader.cite.CitationSyntax;
import press.reader.cite.CiteCodes;
import press.reader.cite.UnknownStyleException;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.LanguageResources;
import press.reader.manuscript.Manuscript;

/**
 * The citations: the bibliography read and the citation processor made for the book's style ({@link #factory}, kept
 * warm by the workshop; a bibliography that does not parse is reported and cited by no one, a style without a
 * bibliography layout when {@code contents.back} asks for the works cited is BP600, an unknown style BP404), each
 * citation key in the running text of every piece replaced by the citation in the book's style
 * ({@link CslCitationWriter}: a footnote of role "citation" in a note style, inline in an author-date style or inside a
 * note; a key not in the bibliography is BP405), its positions ("ibid.") and note numbers counted per chapter, and the
 * generated list of works cited (only those cited), with a warning for an entry never cited (BP406). A book without a
 * bibliography refuses any citation (BP405) and a list of works cited (BP407).
 */
public final class CitationsFeature implements ApparatusFeature {
    private final CitationWriter writer;
    private final Words words;

    CitationsFeature(CitationWriter writer, Words words) {
        this.writer = writer;
        this.words = words;
    }

    /**
     * The reading of the citations, for the workshop to keep: the bibliography (CSL-JSON or BibTeX) and the CSL style
     * and locale made a citation processor, a writer of CSL citations when the manuscript has a bibliography, one that
     * refuses any citation when it has none.
     */
    public static CitationWriterFactory factory() {
        // Building a processor parses the CSL style and locale: in a warm process (watch) it is kept while the
        // bibliography's bytes, the style and the locale stay the same.
        Map<String, CitationEngine> engines = new HashMap<>();
        return (ms, db, diagnostics) -> {
            Optional<Path> file = ms.found(BibliographyFile.FILE);
            if (file.isEmpty()) return new MissingBibliography(diagnostics);
            CitationStyle style = ms.setting(CitationStyle.KEY);
            Diagnostics loading = new Diagnostics();
            Bibliography bib = Bibliography.load(file.get(), file.get().getFileName().toString(), loading);
            diagnostics.addAll(loading.all());
            // A bibliography that did not parse has been reported; its keys would only add a cascade of errors.
            if (loading.hasErrors()) return CitationWriter.NONE;
            String locale = LanguageResources.cslLocale(ms.config().language());
            try {
                String key = style.id() + "|" + locale + "|" + HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file.get())));
                CitationEngine engine = engines.get(key);
                if (engine == null) {
                    engine = CitationEngine.create(bib, style.id(), locale);
                    engines.clear();
                    engines.put(key, engine);
                }
                if (!engine.hasBibliography() && ms.config().back().stream().anyMatch(e -> e.name().equals("bibliography"))) {
                    throw UserError.at("book.yaml", style.line(), "BP600", "citation style '"
                            + engine.styleId() + "' has no bibliography layout, so it cannot make the bibliography that "
                            + "contents.back lists: choose a style with one (such as chicago-notes-bibliography) or "
                            + "remove bibliography from contents.back");
                }
                return new CslCitationWriter(bib, engine, CitationSyntax.forLocale(locale), diagnostics, db,
                        NarrativeCitation.forLocale(locale));
            } catch (UnknownStyleException e) {
                throw UserError.at("book.yaml", style.line(), CiteCodes.UNKNOWN_STYLE, e.getMessage());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw UserError.at(file.get().getFileName().toString(), 0, CiteCodes.UNREADABLE, "cannot read: " + e.getMessage());
            }
        };
    }

    /** The citations, written by {@code citations} (its processor kept warm), generating the works cited. */
    public static ApparatusFeatures.Maker maker(CitationWriterFactory citations) {
        return ApparatusFeatures.Maker.of("bibliography", "bibliography.json",
                a -> new CitationsFeature(citations.create(a.ms(), a.db(), a.diagnostics()), a.words()))
                .finding(BibliographyFile.FILE)
                .listingWorks(BibliographyFile::works)
                .owning(CitationStyle.KEY)
                .printing(CitationsFeature::localeWords)
                .checking(UncitedWorks::check);
    }

    /**
     * The words the citation processor prints for the book's language (ibid., ed., the date affixes), from its CSL
     * locale, not from the manuscript, when the book has a bibliography to cite.
     */
    private static ApparatusFeatures.PrintedWords localeWords(Manuscript ms) {
        if (ms.found(BibliographyFile.FILE).isEmpty()) return null;
        String locale = LanguageResources.cslLocale(ms.config().language());
        return new ApparatusFeatures.PrintedWords("citation words of CSL locale " + locale, "citations", "language",
                LanguageResources.cslLocaleWords(locale));
    }

    @Override
    public void reserveIds(BookState state) {
        // its section's id is reserved as a name of contents.back; its notes' ids are made unique as they are given out
    }

    /** The citations are not marked beside the words: their keys are replaced. */
    @Override
    public TextReplacer replacer() {
        return writer;
    }

    @Override
    public InlineMarker marker(PieceContext ctx) {
        return null;
    }

    @Override
    public void beginChapter() {
        writer.beginChapter();
    }

    /** The works cited; an entry never cited is reported as the list is made, for it is left out of it. */
    @Override
    public void writeSection(String name, Element book) {
        writer.writeBibliography(book, words.get("works-cited"));
    }

    @Override
    public Object chapterLeft() {
        return writer.chapterLeft();
    }

    @Override
    public void reuseChapter(Object left) {
        writer.reuseChapter(left);
    }

    @Override
    public void report() {
        // a key not in the bibliography is reported where it is cited, an entry never cited with the works cited
    }

    /** Without bibliography.json, any citation is an error that says what is missing. */
    private record MissingBibliography(Diagnostics diagnostics) implements CitationWriter {
        @Override
        public List<Object> split(String text, String file, int line, boolean inNote) {
            if (text.contains("[@") || text.contains("[-@") || text.contains("; @")) {
                diagnostics.error(file, line, CiteCodes.UNKNOWN_KEY, "citation found but the manuscript has no bibliography "
                        + "(bibliography.json, CSL-JSON, or bibliography.bib, BibTeX)");
            }
            return List.of(text);
        }

        @Override
        public void beginChapter() {}

        /** Only errors, which keep no chapter. */
        @Override
        public Object chapterLeft() {
            return NOTHING_LEFT;
        }

        @Override
        public void writeBibliography(Element book, String title) {
            diagnostics.error("book.yaml", 0, "BP407", "the back matter lists a bibliography, but there is no "
                    + "bibliography.json (CSL-JSON) or bibliography.bib (BibTeX)");
        }
    }
}
