/**
 * Import and cleaning of raw web captures into essays, and the fidelity check that proves no word was lost.
 * Not a stage of the build: the {@code import} verb, and the check that {@code check} and {@code build} run over
 * the manuscript's essays (through {@code publish/Fidelity}).
 *
 * <p>The flow of {@link press.reader.importing.Importer#clean}: {@link press.reader.importing.CaptureReader} decodes the
 * bytes (UTF-8 or Windows-1252; empty, binary and mojibake input refused) &rarr; {@code Debris} removes whole lines
 * by the named rules of {@code manuscript/rules.yaml} (global and per site), cuts reader comments, drops duplicated
 * captions and blank runs &rarr; {@code Structure} recovers title, byline, subtitle, standfirst, epigraph, headings,
 * block quotations, bullets, dated lists and the notes list &rarr; {@code NoteMarkers} links "(1)"/"[1]" markers
 * to the notes or removes them when the capture has none &rarr; {@code Typography} applies house style
 * &rarr; {@code EssayRenderer} writes Markdown with front matter. Every removed line ({@link
 * press.reader.importing.Removal}) and every changed run ({@link press.reader.importing.Change}) is kept with its rule,
 * for the {@link press.reader.importing.CleanupReport} and for {@link press.reader.importing.FidelityCheck}, which
 * replays the import and aligns the source's remaining words with the essay's.
 *
 * <p>Each non-blank line of a capture is taken as one paragraph, as web captures are written; hard-wrapped
 * text would need a joining step first.
 */
package press.reader.importing;
