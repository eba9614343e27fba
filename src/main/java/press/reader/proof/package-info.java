/**
 * Proofs for the editor, so the book can be looked at without a PDF viewer: PNG previews of two-page spreads
 * ({@link press.reader.proof.ProofWriter}, used by the {@code proof} command) and the build report
 * ({@link press.reader.proof.BuildReport}: thumbnails of chapter openings and the cover, page count, warnings,
 * timings). Message codes are in {@link press.reader.proof.ProofCodes}.
 */
package press.reader.proof;
