package press.reader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.Diagnostics;

/**
 * The works cited are sorted with each work's sort keys rendered once (BibliographyOrder), not at each of citeproc-java's
 * n log n comparisons, and come out exactly as citeproc-java sorts them: the same entries in the same order, for works
 * that tie (same author, title and year: citeproc-java puts a work equal to one it finds at the end), works without an
 * author or a date (empty keys sort last), numbers in names and titles (alphanumeric order), accents and case.
 */
class BibliographyOrderTest {
    private static final String[] STYLES = {"chicago-notes-bibliography", "chicago-author-date", "apa", "modern-language-association"};

    @Test
    void theOrderIsCiteprocsOwnForEveryKindOfWork() {
        // 200 works hold every kind below: 29 ties, works without an author, a date or both (the 70th), every residue
        Bibliography bib = Bibliography.parse(works(200), "bibliography.json", new Diagnostics());
        List<String> keys = new ArrayList<>(bib.keys());
        for (String style : STYLES) {
            CitationEngine engine = CitationEngine.create(bib, style, "en-US");
            List<RichText> ours = engine.bibliography(keys);
            List<RichText> citeprocs = engine.bibliographyAsCiteprocSorts(keys);
            assertTrue(engine.sortKeyRenders() > 0, style + ": the works were sorted here, not by citeproc-java");
            assertEquals(plain(citeprocs), plain(ours), style);
            assertEquals(citeprocs, ours, style + ": the same italics, small capitals and 3-em dashes");
        }
    }

    @Test
    void eachWorksSortKeysAreRenderedOnceSoTwiceTheWorksIsTwiceTheWork() {
        // counted, not timed: a hundred works show the keys a work as well as thousands would (citeproc-java's own
        // insertion, ~log2 n comparisons a work, would render 2.3 times the keys for twice the works, not 2)
        int n = 100;
        int[] renders = new int[2];
        for (int i = 0; i < 2; i++) {
            Bibliography bib = Bibliography.parse(works(n * (i + 1)), "bibliography.json", new Diagnostics());
            CitationEngine engine = CitationEngine.create(bib, "chicago-notes-bibliography", "en-US");
            assertEquals(n * (i + 1), engine.bibliography(bib.keys()).size());
            renders[i] = engine.sortKeyRenders();
        }
        System.out.printf("sort keys rendered: %d for %d works, %d for %d (citeproc-java's own insertion renders "
                + "the keys of two works at each of its ~log2 n comparisons a work)%n", renders[0], n, renders[1], 2 * n);
        assertEquals(2 * renders[0], renders[1], "linear: a fixed number of keys a work");
        assertEquals(0, renders[0] % n, "each key of each work once: " + renders[0]);
        assertTrue(renders[0] <= 10 * n, "the style's few keys a work: " + renders[0]);
    }

    /** CSL-JSON of n works: ties, missing authors and dates, numbers, accents and case among them. */
    private static String works(int n) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            if (i > 0) json.append(",\n");
            json.append("{\"id\": \"w").append(i).append("\", \"type\": \"").append(i % 5 == 0 ? "article-journal" : "book")
                    .append("\", \"title\": \"").append(i % 7 == 0 ? "Same title" : (i % 2 == 0 ? "the " : "Über ") + "Book " + i)
                    .append('"');
            if (i % 11 != 3) {
                String family = i % 7 == 0 ? "Same" : (i % 3 == 0 ? "Ébert" : i % 3 == 1 ? "ebert" : "Author" + (i % 97));
                json.append(", \"author\": [{\"family\": \"").append(family).append("\", \"given\": \"A.\"}]");
            }
            if (i % 13 != 4) json.append(", \"issued\": {\"date-parts\": [[").append(i % 7 == 0 ? 1950 : 1900 + i % 120).append("]]}");
            if (i % 5 == 0) json.append(", \"container-title\": \"Journal ").append(i % 4).append("\", \"page\": \"1-").append(i).append('"');
            else json.append(", \"publisher\": \"P\"");
            json.append('}');
        }
        return json.append("]").toString();
    }

    private static List<String> plain(List<RichText> entries) {
        return entries.stream().map(RichText::plainText).toList();
    }
}
