package press.reader.features.index;

import java.util.List;

/**
 * An entry of the index authority file.
 *
 * @param forms the words in the text that count as this heading, including variant and mis-spellings
 * @param see when set, this heading is only a cross-reference to another heading
 * @param suppress occurrences the editor takes out: "chapter" (all in it) or "chapter#n" (its n-th)
 * @param additions passages the editor indexes by hand, where the text does not use one of the forms
 */
public record IndexHeading(String headword, String kind, List<String> forms, List<IndexHeading> subentries,
                           String see, List<String> seeAlso, List<String> suppress, List<Addition> additions,
                           String file, int line) {

    /** An occurrence added by hand: the first occurrence of the exact words {@code at} in chapter {@code chapter}. */
    public record Addition(String chapter, String at, String file, int line) {}
}
