package press.reader.manuscript;

import java.util.List;

/**
 * An entry of the index authority file.
 *
 * @param forms the words in the text that count as this heading, including variant and mis-spellings
 * @param see when set, this heading is only a cross-reference to another heading
 */
public record IndexHeading(String headword, String kind, List<String> forms, List<IndexHeading> subentries,
                           String see, List<String> seeAlso, List<String> suppress, String file, int line) {}
