/**
 * Citations: the bibliography (CSL-JSON), pandoc's citation syntax, and rendering with citeproc-java and
 * a CSL style and locale from Maven Central (org.citationstyles:styles and :locales, on the classpath).
 * No citation is formatted by hand; the style decides everything.
 * In a book it is used by one apparatus feature, {@code features/citations/CitationsFeature} (its writer
 * {@code CslCitationWriter} replaces each citation key of the running text, its section is the works cited).
 *
 * <pre>
 * Bibliography bib = Bibliography.load(dir.resolve("bibliography.json"), "bibliography.json", diagnostics);
 * CitationSyntax syntax = CitationSyntax.forLocale("en-US");
 * CitationEngine engine = CitationEngine.create(bib, "chicago-notes-bibliography", "en-US"); // UnknownStyleException
 *
 * ChapterCitations chapter = engine.startChapter();          // per chapter: first cite full, later short
 * for (CitationCluster c : syntax.find(inlineText)) {          // in document order
 *     // unknown keys are the caller's to report (CiteCodes.UNKNOWN_KEY): check bib.contains(item.key())
 *     RichText text = chapter.render(c.items());               // a footnote's text, or "(Serge 1937, 22)"
 *     // replace inlineText.substring(c.start(), c.end()); in a note style put text in a footnote
 *     // (text.capitalizeFirst() where it opens the note)
 * }
 * List&lt;RichText&gt; worksCited = engine.bibliography(citedKeys);
 * </pre>
 *
 * <p>citeproc-java 3.5.2 needs help, given at style load time ({@link press.reader.cite.StylePatches}):
 * CSL position tests ("subsequent", "ibid-with-locator", "near-note", "first" in a cluster), locator-type
 * tests and disambiguate tests are decided per cite, because citeproc-java gets them wrong; multi-variable
 * {@code <names>} are split so no stray ", ," appears; suppress-author removes the author names from a copy
 * of the style. In-text {@code @key} renders like a bracketed cite (citeproc-java has no author-only mode).
 * The same class is the one place for the two data gaps (a missing {@code title-short} is the main title; a
 * container author who is the author is dropped) and for what citeproc-java leaves undone in a bibliography
 * (CSL's {@code subsequent-author-substitute}, Chicago's 3-em dash, and one author's works in title order).
 * {@code ChicagoFormTest} checks the rendered strings for every source type of the real book.</p>
 */
package press.reader.cite;
