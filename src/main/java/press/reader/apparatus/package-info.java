/**
 * The editor's prose read against the essays: every stretch of it with its place ({@code ApparatusProse}: the front
 * matter, the headnotes and the prose of the apparatus files, which their features declare), Markdown reduced to the
 * words a reader sees ({@code PlainText}), the general check of an essay id printed in that prose
 * ({@code EssayIdsInProse}) and the report of a form the text lacks ({@code UnusedForms}), which the features' own
 * checks (the glossary's variants, the index's forms, the chronology's match words, the citations' works named as
 * sources) use. They report {@code file:line} warnings; they change nothing.
 */
package press.reader.apparatus;
