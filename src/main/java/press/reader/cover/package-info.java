/**
 * The print cover: one PDF sheet with back cover, spine and front cover plus bleed, drawn with OpenPDF, and the
 * front cover rendered to PNG with PDFBox (for the EPUB's cover image).
 *
 * <p>{@link press.reader.cover.CoverSpec} holds plain values (no dependency on the manuscript model);
 * {@link press.reader.cover.CoverMaker#write} draws the sheet; {@link press.reader.cover.CoverImage#renderFront}
 * renders its front panel. {@link press.reader.cover.CoverGeometry} says where each panel lies. The designer's
 * colours, sizes and words are in {@code styles/cover.yaml}, read by {@code CoverStyle}. The output depends only on the spec: dates, the document ID and the
 * names of the font subsets are fixed, so a rebuild gives the same bytes.
 */
package press.reader.cover;
