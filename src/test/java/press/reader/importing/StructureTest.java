package press.reader.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Structure recovered from plain paragraphs: front matter, headings, quotations, lists and notes. */
class StructureTest {

    @Test
    void titleSubtitleAndStandfirstWithTheAuthorGoToTheFrontMatter() {
        CleanResult r = CleanFixtures.clean("From the dream to a nightmare\n\nMass involvement offered great hope\n\n"
                + "The argument is pervasive. Patrick Nielsen looks at the circumstances.\n\nThe essay begins.\n");
        assertEquals("From the dream to a nightmare", r.metadata().title());
        assertEquals("Mass involvement offered great hope", r.metadata().subtitle());
        assertEquals("The argument is pervasive. Patrick Nielsen looks at the circumstances.", r.metadata().standfirst());
        assertEquals("Patrick Nielsen", r.metadata().author());
        assertEquals("The essay begins.", CleanFixtures.body(r));
    }

    @Test
    void bylineAfterTheTitleBecomesTheAuthor() {
        CleanResult r = CleanFixtures.clean("The Russian Revolution and Workers Democracy\n\n— Suzi Weissman\n\nThe text.\n");
        assertEquals("Suzi Weissman", r.metadata().author());
        assertNull(r.metadata().subtitle());
        assertEquals("The text.", CleanFixtures.body(r));
    }

    @Test
    void aCaptureWithoutTitleSaysUnknown() {
        CleanResult r = CleanFixtures.clean("An essay examining the causes of the degeneration.\n\nThe text.\n");
        assertEquals("unknown", r.metadata().title());
        assertEquals("An essay examining the causes of the degeneration.", r.metadata().standfirst());
        assertTrue(r.warnings().stream().anyMatch(d -> d.code().equals("IM012")));
    }

    @Test
    void shortLinesWithoutClosingPunctuationAreHeadings() {
        CleanResult r = CleanFixtures.clean("Title\n\nFirst paragraph.\n\nHigh point\n\nApril Theses: “All Power to the Soviets”\n\n"
                + "It almost happened.\n");
        assertEquals("First paragraph.\n\n## High point\n\n## April Theses: “All Power to the Soviets”\n\nIt almost happened.",
                CleanFixtures.body(r));
    }

    @Test
    void aParagraphThatIsOneQuotationIsABlockQuotation() {
        CleanResult r = CleanFixtures.clean("Title\n\nIn the words of Engels:\n\n“A revolution is ‘authoritarian’.”\n\n"
                + "He said “this” and “that”.\n");
        assertEquals("In the words of Engels:\n\n> A revolution is ‘authoritarian’.\n\nHe said “this” and “that”.",
                CleanFixtures.body(r));
    }

    @Test
    void epigraphAtTheTopGetsItsAttribution() {
        CleanResult r = CleanFixtures.clean("An essay on the degeneration.\n\nWithout a German revolution, we are doomed.\n\n"
                + "Vladimir Lenin, cited in A Radical History of the World, p.312\n\nThe First Section\n\nText.\n");
        assertEquals("> Without a German revolution, we are doomed.\n>\n"
                + "> — Vladimir Lenin, cited in A Radical History of the World, p.312\n\n## The First Section\n\nText.",
                CleanFixtures.body(r));
    }

    @Test
    void bulletedParagraphsBecomeListItems() {
        CleanResult r = CleanFixtures.clean("Title\n\nIntro.\n\n• In January 1918, the assembly met.\n\nBetween.\n\n"
                + "• The Civil War began.\n");
        assertEquals("Intro.\n\n- In January 1918, the assembly met.\n\nBetween.\n\n- The Civil War began.",
                CleanFixtures.body(r));
    }

    @Test
    void datedParagraphsInARowBecomeOneList() {
        CleanResult r = CleanFixtures.clean("Title\n\nA timeline:\n\nFebruary 1917 – Soviets set up\n\n"
                + "March 1918 – Treaty of Brest-Litovsk\n\nJanuary 1924 – Lenin dies\n");
        assertEquals("A timeline:\n\n- February 1917—Soviets set up\n- March 1918—Treaty of Brest-Litovsk\n"
                + "- January 1924—Lenin dies", CleanFixtures.body(r));
    }

    @Test
    void notesListBecomesFootnotesAndParenthesisedMarkersReferenceThem() {
        CleanResult r = CleanFixtures.clean("Title\n\nIt would be crushed.(1) Lenin had a majority.(2)\n\n"
                + "  1. Trotsky’s theory.\n  2. The program called for “peace.&rdqu\n");
        assertEquals("It would be crushed.[^1] Lenin had a majority.[^2]\n\n[^1]: Trotsky’s theory.\n\n"
                + "[^2]: The program called for “peace.”", CleanFixtures.body(r));
        assertEquals(0, r.metadata().notesMissing());
    }

    @Test
    void markersWithoutNotesAreRemovedAndCounted() {
        CleanResult r = CleanFixtures.clean("Title\n\nThey enjoyed autonomy[3]. Kronstadt[4] voted [coming] (1919 to 1920).\n");
        assertEquals("They enjoyed autonomy. Kronstadt voted [coming] (1919 to 1920).", CleanFixtures.body(r));
        assertEquals(2, r.metadata().notesMissing());
        assertTrue(r.markdown().contains("\nnotes-missing: 2\n"));
        assertEquals(2, r.changes().stream().filter(c -> c.rule().equals("dangling-note-marker")).count());
    }

    @Test
    void markdownSyntaxInTheTextIsEscaped() {
        CleanResult r = CleanFixtures.clean("Title\n\n1917. A year of *hope* and <change>.\n");
        assertEquals("\\1917. A year of \\*hope\\* and \\<change>.", CleanFixtures.body(r));
    }
}
