/**
 * Import and cleaning of raw web captures into essays, and the fidelity check that proves no word was lost.
 *
 * <p>The flow of {@link press.reader.clean.Importer#clean}: {@link press.reader.clean.CaptureReader} decodes the
 * bytes (UTF-8 or Windows-1252; empty, binary and mojibake input refused) &rarr; {@code Debris} removes whole lines
 * by the named rules of {@code manuscript/rules.yaml} (global and per site), cuts reader comments, drops duplicated
 * captions and blank runs &rarr; {@code Structure} recovers title, byline, subtitle, standfirst, epigraph, headings,
 * block quotations, bullets, dated lists and the notes list &rarr; {@code NoteMarkers} links "(1)"/"[1]" markers
 * to the notes or removes them when the capture has none &rarr; {@code Typography} applies house style
 * &rarr; {@code EssayRenderer} writes Markdown with front matter. Every removed line ({@link
 * press.reader.clean.Removal}) and every changed run ({@link press.reader.clean.Change}) is kept with its rule,
 * for the {@link press.reader.clean.CleanupReport} and for {@link press.reader.clean.FidelityCheck}, which
 * replays the import and aligns the source's remaining words with the essay's.
 *
 * <p>Each non-blank line of a capture is taken as one paragraph, as web captures are written; hard-wrapped
 * text would need a joining step first.
 */
package press.reader.clean;
