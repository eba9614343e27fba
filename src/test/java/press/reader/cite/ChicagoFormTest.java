package press.reader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.Diagnostics;

/**
 * The real book's works in the book's citation style (CMOS 18, classic variants) and locale, checked against
 * Chicago's rules one source type at a time: a full note, a short note, a Works Cited entry. Strings as printed,
 * italics as *...*.
 */
class ChicagoFormTest {
    private static Bibliography bib;
    private static CitationEngine engine;
    private static final CitationSyntax SYNTAX = CitationSyntax.forLocale("en-GB");

    @BeforeAll
    static void setUp() {
        Diagnostics d = new Diagnostics();
        bib = Bibliography.load(Path.of("manuscript/bibliography.json"), "bibliography.json", d);
        assertTrue(d.all().isEmpty(), d.all().toString());
        engine = CitationEngine.create(bib, "chicago-notes-bibliography-classic", "en-GB");
    }

    /** The full note, then the short note, for {@code cite} and then {@code again}. */
    private static List<String> notes(String cite, String again) {
        ChapterCitations chapter = engine.startChapter();
        return List.of(chapter.render(SYNTAX.find(cite).get(0).items()).toString(),
                chapter.render(SYNTAX.find(again).get(0).items()).toString());
    }

    private static String entry(String key) {
        return engine.bibliography(List.of(key)).get(0).toString();
    }

    @Test
    void aBookWithATranslator() {
        assertEquals(List.of("Victor Serge, *From Lenin to Stalin*, trans. Ralph Manheim (New York: Pioneer Publishers, "
                + "1937), 22.", "Serge, *From Lenin to Stalin*, 23."), notes("[@serge1937, 22]", "[@serge1937, 23]"));
        assertEquals("Serge, Victor. *From Lenin to Stalin*. Translated by Ralph Manheim. New York: Pioneer Publishers, 1937.",
                entry("serge1937"));
    }

    /** CMOS 13.32: the short note's title is the main title, without the subtitle, or the editor's short title. */
    @Test
    void aShortNoteIsShort() {
        assertEquals("Stites, *Revolutionary Dreams*, 5.", notes("[@stites1989, 4]", "[@stites1989, 5]").get(1));
        assertEquals("Getzler, *Kronstadt 1917–1921*.", notes("[@getzler1983]", "[@getzler1983]").get(1));
        assertEquals("Serge, *Year One*, 58.", notes("[@serge1972, 57]", "[@serge1972, 58]").get(1));
        assertEquals("Lenin, “The Tax in Kind”, 343.", notes("[@lenin1921tax, 343]", "[@lenin1921tax, 343]").get(1));
    }

    /** A work in its author's own collected works names the author once (CMOS 14.12), with the volume and pages. */
    @Test
    void aChapterInTheAuthorsCollectedWorks() {
        assertEquals("V. I. Lenin, “Political Report of the Central Committee, March 7 [Extraordinary Seventh Congress of "
                + "the R.C.P.(B.)]”, in *Collected Works*, vol. 27, trans. Clemens Dutt (Moscow: Progress Publishers, 1965), 98.",
                notes("[@lenin1918political, 98]", "[@lenin1918political]").get(0));
        assertEquals("Lenin, “Political Report”.", notes("[@lenin1918political]", "[@lenin1918political]").get(1));
        String tax = entry("lenin1921tax");
        assertEquals("Lenin, V. I. “The Tax in Kind (the Significance of the New Policy and Its Conditions)”. In *Collected "
                + "Works*, 32:329–65. Moscow: Progress Publishers, 1965.", tax, "the chapter's pages, where the data has them");
        assertTrue(!entry("lenin1917retain").contains("by V. I. Lenin"), entry("lenin1917retain"));
    }

    /** Another author's collected works keep their authors, after the title (CMOS 14.12). */
    @Test
    void aChapterInCollectedWorksByOthers() {
        assertEquals("Frederick Engels, “On Authority”, in *Collected Works*, vol. 23, by Karl Marx and Frederick Engels "
                + "(London: Lawrence & Wishart, 1988), 425.", notes("[@engels1872authority, 425]", "[@engels1872authority]").get(0));
    }

    @Test
    void aChapterInAnEditedVolume() {
        assertEquals(List.of("Marcel Liebman, “Was Lenin a Stalinist?” in *The Stalinist Legacy: Its Impact on "
                + "Twentieth-Century World Politics*, ed. Tariq Ali (Harmondsworth, England: Penguin Books, 1984), 140.",
                "Liebman, “Was Lenin a Stalinist?” 141."), notes("[@liebman1984, 140]", "[@liebman1984, 141]"));
    }

    @Test
    void aMagazineArticleAnUnpublishedArticleAWebPageAndAMultivolumeWork() {
        assertEquals("Victor Serge, “Once More: Kronstadt”, *New International*, 1938.",
                notes("[@serge1938]", "[@serge1938]").get(0));
        assertEquals("Leon Trotsky, “Stalinism and Bolshevism”, 1937.", notes("[@trotsky1937stalinism]", "[@avrich1970]").get(0));
        assertTrue(entry("nvdatabase2006").startsWith("Swarthmore College. “Egyptian Textile Workers Strike for Bonuses and "
                + "to Protest Corruption, 2006”. Global Nonviolent Action Database. Accessed"), entry("nvdatabase2006"));
        assertEquals("Carr, E. H. *The Bolshevik Revolution, 1917–1923*. 3 vol. London: Macmillan, 1950–1953.", entry("carr1950"));
    }

    /** CMOS 13.113 (classic): a repeated author is a 3-em dash; one author's works go by title, without "The" or quotes. */
    @Test
    void worksCitedRepeatedAuthorsAndOrder() {
        List<String> serge = new ArrayList<>();
        for (RichText r : engine.bibliography(List.of("serge1972", "serge1938", "serge1937", "trotsky1930", "trotsky1937",
                "trotsky1937stalinism"))) {
            serge.add(r.toString());
        }
        assertEquals(List.of(
                "Serge, Victor. *From Lenin to Stalin*. Translated by Ralph Manheim. New York: Pioneer Publishers, 1937.",
                "———. “Once More: Kronstadt”. *New International*, 1938.",
                "———. *Year One of the Russian Revolution*. Translated by Peter Sedgwick. London: Allen Lane, 1972.",
                "Trotsky, Leon. *My Life: An Attempt at an Autobiography*. New York: Charles Scribner’s Sons, 1930.",
                "———. *The Revolution Betrayed: What Is the Soviet Union and Where Is It Going?* Translated by Max Eastman. "
                        + "Garden City, NY: Doubleday, Doran, 1937.",
                "———. “Stalinism and Bolshevism”. 1937."), serge);
        List<RichText> all = engine.bibliography(bib.keys());
        long dashes = all.stream().filter(r -> r.plainText().startsWith("———. ")).count();
        System.out.println("Works Cited: " + all.size() + " entries, " + dashes + " with the 3-em dash");
        assertEquals(13, dashes);
    }

    /** The style without the classic variants keeps CMOS 18's defaults: repeated names in full, no place. */
    @Test
    void theDefaultStyleRepeatsNames() {
        CitationEngine plain = CitationEngine.create(bib, "chicago-notes-bibliography", "en-GB");
        List<RichText> two = plain.bibliography(List.of("serge1937", "serge1972"));
        assertEquals("Serge, Victor. *Year One of the Russian Revolution*. Translated by Peter Sedgwick. Allen Lane, 1972.",
                two.get(1).toString());
    }
}
