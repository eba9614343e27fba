package press.reader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A warm engine (watch keeps one while the bibliography, style and locale stay the same) asks citeproc-java only for
 * what it has not rendered before, and gives exactly what a fresh engine gives.
 */
class CitationEngineReuseTest {
    private static final CitationSyntax SYNTAX = CitationSyntax.forLocale("en-US");

    private static List<String> chapter(CitationEngine engine, String... clusters) {
        ChapterCitations chapter = engine.startChapter();
        List<String> out = new ArrayList<>();
        for (String c : clusters) out.add(chapter.render(SYNTAX.find(c).get(0).items()).plainText());
        return out;
    }

    @Test
    void aChapterRenderedAgainAsksCiteprocNothingAndMatchesAFreshEngine() {
        Bibliography bib = Fixtures.bibliography();
        CitationEngine warm = CitationEngine.create(bib, "chicago-notes-bibliography", "en-US");
        String[] clusters = {"[@serge1937, 22]", "[see @stites1989, 3]", "[@serge1937, 22]", "[@serge1937, 40]"};
        List<String> first = chapter(warm, clusters);
        int calls = warm.citeprocCalls();
        // the same cites, at other places of an edited text: positions (first, ibid., short) are the tracker's own
        List<String> again = chapter(warm, "Edited words before [@serge1937, 22]", "[see @stites1989, 3]",
                "[@serge1937, 22]", "[@serge1937, 40]");

        assertEquals(first, again);
        assertEquals(calls, warm.citeprocCalls(), "every cluster was known");
        assertEquals(chapter(CitationEngine.create(bib, "chicago-notes-bibliography", "en-US"), clusters), again);
        System.out.println("citeproc calls for 4 clusters, rendered twice: " + calls);

        // a new locator is a new citation, rendered by citeproc-java
        chapter(warm, "[@serge1937, 23]");
        assertEquals(calls + 1, warm.citeprocCalls());
    }

    @Test
    void theSameWorksCitedAreRenderedOnce() {
        Bibliography bib = Fixtures.bibliography();
        CitationEngine warm = CitationEngine.create(bib, "chicago-notes-bibliography", "en-US");
        List<RichText> first = warm.bibliography(List.of("serge1937", "stites1989"));
        int calls = warm.citeprocCalls();
        List<RichText> again = warm.bibliography(List.of("stites1989", "serge1937"));   // the same works

        assertEquals(calls, warm.citeprocCalls());
        assertEquals(first.stream().map(RichText::plainText).toList(), again.stream().map(RichText::plainText).toList());
        assertEquals(CitationEngine.create(bib, "chicago-notes-bibliography", "en-US")
                .bibliography(List.of("serge1937", "stites1989")).stream().map(RichText::plainText).toList(),
                again.stream().map(RichText::plainText).toList());
        warm.bibliography(List.of("serge1937"));
        assertEquals(calls + 1, warm.citeprocCalls(), "other works: a new bibliography");
    }
    @Test
    void variantsWhoseCopiesOfTheStyleAreTheSameTextShareOneProcessor() {
        // Chicago's notes style never tests near-note: a subsequent cite near its last note and one far from it are
        // rendered from the same text of the style, which citeproc-java parses once (a quarter megabyte, and the locale)
        CitationEngine engine = CitationEngine.create(Fixtures.bibliography(), "chicago-notes-bibliography", "en-US");
        ChapterCitations chapter = engine.startChapter();
        chapter.render(SYNTAX.find("[@serge1937]").get(0).items(), 1);                   // first
        chapter.render(SYNTAX.find("[@stites1989]").get(0).items(), 2);                  // first
        String near = chapter.render(SYNTAX.find("[@serge1937]").get(0).items(), 3).plainText();
        chapter.render(SYNTAX.find("[@stites1989]").get(0).items(), 4);                  // subsequent, near
        // seventeen notes after its last: far (and not ibid., another work cited between)
        String far = chapter.render(SYNTAX.find("[@serge1937]").get(0).items(), 20).plainText();

        assertEquals(near, far, "the short form, near or far");
        // the bibliography's (made by create), the first cites' and the subsequent cites' (near and far: one)
        assertEquals(3, engine.processorsMade());
        System.out.println("processors for first, near and far subsequent cites: " + engine.processorsMade()
                + "; near: " + near);
    }
}
