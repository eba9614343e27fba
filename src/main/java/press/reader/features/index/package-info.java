/**
 * The index as an apparatus feature of its own: an index term at each occurrence of a heading's forms in every piece
 * ({@code IndexMarker}), the generated index with its see and see-also references ({@code IndexAuthorityWriter}), and
 * the checks of what it marked ({@code IndexFeature}). Registered in {@code press.reader.features.Features}.
 */
package press.reader.features.index;
