/**
 * The glossary as an apparatus feature of its own: the first use of each term in an essay linked to its entry
 * ({@code GlossaryMarker}), the generated glossary with the editor's definitions, and the warning for a term no essay
 * uses ({@code GlossaryFeature}). Registered in {@code press.reader.features.Features}.
 */
package press.reader.features.glossary;
