package press.reader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rendered strings from real CSL styles (org.citationstyles:styles 26.2) through citeproc-java. */
class CitationEngineTest {
    private static final String FULL_SERGE_22 =
            "Victor Serge, From Lenin to Stalin, trans. Ralph Manheim (Pioneer Publishers, 1937), 22.";

    private static Bibliography bib;
    private static CitationEngine chicagoNotes;
    private static CitationSyntax syntax;

    @BeforeAll
    static void setUp() {
        bib = Fixtures.bibliography();
        chicagoNotes = CitationEngine.create(bib, "chicago-notes-bibliography", "en-US");
        syntax = CitationSyntax.forLocale("en-US");
    }

    private static List<CiteItem> cites(String markdown) {
        List<CitationCluster> found = syntax.find(markdown);
        assertEquals(1, found.size(), "one cluster in " + markdown);
        return found.get(0).items();
    }

    @Test
    void firstNoteIsFullAndLaterNoteIsShort() {
        ChapterCitations chapter = chicagoNotes.startChapter();
        RichText first = chapter.render(cites("[@serge1937, 22]"));
        RichText second = chapter.render(cites("[@serge1937, 23]"));

        assertEquals(FULL_SERGE_22, first.plainText());
        assertEquals("Serge, From Lenin to Stalin, 23.", second.plainText());
        // the title is in italics, and only the title
        assertEquals("*From Lenin to Stalin*", first.spans().stream().filter(Span::italic)
                .map(s -> "*" + s.text() + "*").reduce("", String::concat));
    }

    @Test
    void positionsRestartInEveryChapter() {
        ChapterCitations one = chicagoNotes.startChapter();
        one.render(cites("[@serge1937, 22]"));
        ChapterCitations two = chicagoNotes.startChapter();
        assertEquals(FULL_SERGE_22, two.render(cites("[@serge1937, 22]")).plainText());
    }

    @Test
    void translatorLeavesNoStrayPunctuation() {
        // citeproc-java 3.5 wrote ", , trans." and ". . Translated by" before the names patch
        RichText note = chicagoNotes.startChapter().render(cites("[@serge1937]"));
        assertEquals("Victor Serge, From Lenin to Stalin, trans. Ralph Manheim (Pioneer Publishers, 1937).",
                note.plainText());
        String entry = chicagoNotes.bibliography(List.of("serge1937")).get(0).plainText();
        assertEquals("Serge, Victor. From Lenin to Stalin. Translated by Ralph Manheim. Pioneer Publishers, 1937.",
                entry);
    }

    @Test
    void clusterWithPrefixLocatorAndTwoWorks() {
        RichText note = chicagoNotes.startChapter().render(cites("[see @liebman1975, 140; @stites1989]"));
        assertEquals("see Marcel Liebman, Leninism under Lenin (Jonathan Cape, 1975), 140; Richard Stites, "
                + "Revolutionary Dreams: Utopian Vision and Experimental Life in the Russian Revolution "
                + "(Oxford University Press, 1989).", note.plainText());
    }

    @Test
    void clusterMixingANewWorkAndARepeatedOne() {
        // citeproc-java alone treats only the first cite of a cluster as "first": Stites would come out short
        ChapterCitations chapter = chicagoNotes.startChapter();
        chapter.render(cites("[@liebman1975, 140]"));
        RichText note = chapter.render(cites("[@liebman1975, chap. 3; @stites1989, 12]"));
        assertEquals("Liebman, Leninism under Lenin, chap. 3; Richard Stites, Revolutionary Dreams: Utopian "
                + "Vision and Experimental Life in the Russian Revolution (Oxford University Press, 1989), 12.",
                note.plainText());
    }

    @Test
    void ibidInAStyleThatUsesIt() {
        CitationEngine ibidStyle = CitationEngine.create(bib, "chicago-notes-bibliography-subsequent-ibid", "en-US");
        ChapterCitations chapter = ibidStyle.startChapter();
        chapter.render(cites("[@serge1937, 22]"));
        RichText ibid = chapter.render(cites("[@serge1937, 23]"));
        assertEquals("ibid., 23.", ibid.plainText());
        assertEquals("Ibid., 23.", ibid.capitalizeFirst().plainText());
        assertEquals("ibid.", chapter.render(cites("[@serge1937, 23]")).plainText());
        chapter.render(cites("[@stites1989]"));
        assertEquals("Serge, From Lenin to Stalin, 24.",
                chapter.render(cites("[@serge1937, 24]")).plainText());
    }

    @Test
    void authorDateStyleBuilds() {
        CitationEngine authorDate = CitationEngine.create(bib, "chicago-author-date", "en-US");
        assertFalse(authorDate.isNoteStyle());
        ChapterCitations chapter = authorDate.startChapter();
        assertEquals("(Serge 1937, 22)", chapter.render(cites("[@serge1937, 22]")).plainText());
        assertEquals("(see Liebman 1975, 140; Stites 1989)",
                chapter.render(cites("[see @liebman1975, 140; @stites1989]")).plainText());
        assertEquals("(2017, 5)", chapter.render(cites("[-@weissman2017, 5]")).plainText());
        assertEquals("Serge, Victor. 1937. From Lenin to Stalin. Translated by Ralph Manheim. Pioneer Publishers.",
                authorDate.bibliography(List.of("serge1937")).get(0).plainText());
    }

    @Test
    void chicagoNotesIsANoteStyle() {
        assertTrue(chicagoNotes.isNoteStyle());
    }

    @Test
    void bibliographyHasOnlyCitedWorksInStyleOrder() {
        List<RichText> works = chicagoNotes.bibliography(List.of("stites1989", "liebman1975", "nosuchkey"));
        assertEquals(2, works.size());
        assertEquals("Liebman, Marcel. Leninism under Lenin. Jonathan Cape, 1975.", works.get(0).plainText());
        assertTrue(works.get(1).plainText().startsWith("Stites, Richard. Revolutionary Dreams"));
    }

    @Test
    void quotesAndDatesComeThroughAsTypography() {
        RichText note = chicagoNotes.startChapter().render(cites("[@weissman2017]"));
        assertEquals("Suzi Weissman, \u201cThe Russian Revolution and Workers Democracy,\u201d Against the Current, "
                + "May 2017.", note.plainText());
        assertFalse(note.plainText().contains("&"), "no entities");
    }

    @Test
    void unknownStyleSaysHowToFindValidIds() {
        UnknownStyleException e = assertThrows(UnknownStyleException.class,
                () -> CitationEngine.create(bib, "chicago-note-bibliography", "en-US"));
        assertTrue(e.getMessage().contains("did you mean chicago-notes-bibliography"), e.getMessage());
        assertTrue(e.getMessage().contains("https://www.zotero.org/styles"), e.getMessage());
    }

    @Test
    void unknownKeyIsRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> chicagoNotes.startChapter().render(List.of(CiteItem.of("nosuch2000"))));
        assertTrue(e.getMessage().contains("nosuch2000"));
    }
}
