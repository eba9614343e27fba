package press.reader.manuscript;

import java.util.List;

/**
 * What a press prints about the book besides its text: who made it, under which rights, in which edition.
 * Every value is optional and comes from book.yaml; an empty value is left out of every edition, never printed
 * as a placeholder. The words are the editor's: the styles add only the role words ("Edited by") they own.
 *
 * @param contributors people or bodies credited, in order, with their roles
 * @param credit       the credit line printed under the title on the cover and the title page, in the press's own
 *                     words ("Edited and annotated by ..."), or "" to let the styles compose it from the contributors
 * @param copyright    the copyright notice, or null for none
 * @param edition      the edition or impression line ("First published 2026"), or ""
 * @param rights       the rights statement, paragraphs separated by blank lines, or ""
 * @param publisherCity the publisher's city (printed with the publisher on the title and copyright pages), or ""
 * @param colophon     the colophon, paragraphs separated by blank lines, or ""
 * @param isbns        the ISBNs per format ({@code isbn: {print: ..., epub: ..., pdf: ...}}) in book.yaml's order;
 *                     empty when book.yaml gives one ISBN for the book (BookConfig's {@code isbn}) or none
 * @param publisherAddress the publisher's address, its line breaks kept, or ""
 * @param catalogue    the catalogue (CIP) text, printed on the copyright page as given, line breaks kept, or ""
 * @param coverCredits the cover's credits ("Cover design by ..."), one line each, in order
 */
public record Imprint(List<Contributor> contributors, String credit, Copyright copyright, String edition,
                      String rights, String publisherCity, String colophon, List<FormatIsbn> isbns,
                      String publisherAddress, String catalogue, List<String> coverCredits) {

    /** The formats an ISBN may be given for, as book.yaml names them (and the word list's isbn-* words). */
    public static final List<String> FORMATS = List.of("print", "epub", "pdf");

    /** One format's ISBN as book.yaml gives it, with the line that gives it (its check digit is checked there). */
    public record FormatIsbn(String format, String isbn, int line) {}

    /** The roles a contributor may have, as written in book.yaml, with their MARC relator codes (EPUB, DocBook). */
    public enum Role {
        AUTHOR("author", "aut"), EDITOR("editor", "edt"), TRANSLATOR("translator", "trl"),
        INTRODUCTION("introduction", "aui");

        public final String word;
        public final String marc;

        Role(String word, String marc) {
            this.word = word;
            this.marc = marc;
        }

        public static Role of(String word) {
            for (Role r : values()) if (r.word.equals(word)) return r;
            return null;
        }
    }

    /** A person or a body ({@code organisation}: a press, a society) credited for the book. */
    public record Contributor(String name, Role role, boolean organisation) {}

    /**
     * A copyright notice: "{material} © {year} {holder}".
     *
     * @param material what the notice covers ("Editorial matter"), or "" for the whole book
     */
    public record Copyright(String holder, String year, String material) {}

    public static Imprint none() {
        return new Imprint(List.of(), "", null, "", "", "", "", List.of(), "", "", List.of());
    }

    /** The ISBN given for {@code format}, or "" */
    public String isbnOf(String format) {
        return isbns.stream().filter(i -> i.format().equals(format)).map(FormatIsbn::isbn).findFirst().orElse("");
    }

    public List<Contributor> withRole(Role role) {
        return contributors.stream().filter(c -> c.role() == role).toList();
    }
}
