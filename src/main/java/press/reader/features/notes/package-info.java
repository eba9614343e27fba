/**
 * The editor's notes as an apparatus feature of their own: each note called as a footnote marked as the editor's after
 * the exact words of an essay it is anchored to ({@code EditorNoteMarker}), and the checks of what it marked
 * ({@code EditorNotesFeature}). No generated section: the notes print where they are called. Registered in
 * {@code press.reader.features.Features}.
 */
package press.reader.features.notes;
