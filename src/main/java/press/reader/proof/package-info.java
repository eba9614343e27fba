/**
 * Proofs for the editor, so the book can be looked at without a PDF viewer: PNG previews of two-page spreads of a
 * built PDF, for the {@code proof} command ({@link press.reader.proof.ProofWriter}) and the editor's desk
 * ({@link press.reader.proof.SpreadImages}). Its page rendering ({@link press.reader.proof.PageImages}) also makes
 * the build report's thumbnails ({@code press.reader.report}). Message codes are in
 * {@link press.reader.proof.ProofCodes}.
 */
package press.reader.proof;
