/**
 * The citations as an apparatus feature of their own: the bibliography read and the citation processor made for the
 * book's style ({@code CitationsFeature.factory}, kept warm by the workshop), each citation key in the running text
 * replaced by the citation ({@code CslCitationWriter}, with what a citation inside a note needs to know of the words
 * around it, {@code NoteText}), and the generated works cited. Registered in {@code press.reader.features.Features}.
 */
package press.reader.features.citations;
