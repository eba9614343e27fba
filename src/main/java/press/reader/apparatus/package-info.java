/**
 * Checks of the editor's apparatus as prose: what the introduction, headnotes, notes, glossary and chronology say,
 * read against the essays and the bibliography. They run with the other manuscript checks of `check` and `build`
 * and report {@code file:line} warnings; they change nothing.
 */
package press.reader.apparatus;
