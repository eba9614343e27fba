package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;

/**
 * Each division's key changes exactly when something the stock print stylesheet reads for that division changes
 * (DivisionSources' class comment): a small hand-made book document is changed in one place at a time, and the keys
 * of the divisions whose XSL-FO could change must differ while the others stay equal. A key that missed a read would
 * keep a division's stale XSL-FO between warm rebuilds; one that read too much would keep nothing.
 */
class DivisionSourcesTest {
    private static final Processor SAXON = new Processor(false);

    /**
     * The book: a preface; chapter a (a figure without a picture, the figure "fig" a link in b points to, a later
     * figure); chapter b (a footnote, links to "fig" and to the table "tt"); chapter c (the table "tt" without a
     * title, so unnumbered, then a numbered text table); a part with a chapter; an appendix, then the glossary whose
     * notes go on from it; the chronology; the index.
     */
    private static final String BOOK = """
            <book xmlns="http://docbook.org/ns/docbook" xml:lang="en"><info><title>The Book</title></info>\
            <preface xml:id="pre"><title>Preface</title><para>Before.</para></preface>\
            <chapter xml:id="a"><title>A</title><para>A text.</para>\
            <figure xml:id="f0"><title>No picture</title></figure>\
            <figure xml:id="fig"><title>Map</title><mediaobject/></figure>\
            <figure xml:id="f2"><title>Plan</title><mediaobject/></figure>A-END</chapter>\
            <chapter xml:id="b"><title>B</title><para>B text<footnote><para>n1</para></footnote>, see \
            <link linkend="fig"/> and <link linkend="tt"/>.</para></chapter>\
            <chapter xml:id="c"><title>C</title>\
            <table xml:id="tt" role="text"><tgroup/></table>\
            <table xml:id="t2" role="text"><title>Numbered</title><tgroup/></table></chapter>\
            <part xml:id="p1"><title>Part one</title><chapter xml:id="pc"><title>PC</title><para>PC text.</para></chapter></part>\
            <appendix xml:id="ap"><title>Appendix</title><para>Ap text.</para>AP-END</appendix>\
            <glossary xml:id="gl"><title>Glossary</title><para>Gl text<footnote><para>g1</para></footnote></para></glossary>\
            <appendix xml:id="chron" role="chronology"><title>Chronology</title><para>1900 born</para></appendix>\
            <index xml:id="idx"/></book>""";

    private static final Set<String> ALL = Set.of("pre", "a", "b", "c", "p1", "ap", "gl", "chron", "idx");

    @Test
    void theSameBookHasTheSameKeysAndEachDivisionItsOwn() {
        Map<String, String> keys = keys(BOOK);
        assertEquals(ALL, keys.keySet());
        assertEquals(keys, keys(BOOK));
        assertEquals(ALL.size(), Set.copyOf(keys.values()).size(), "two divisions share a key");
    }

    @Test
    void aChangeInsideOneDivisionChangesOnlyItsKey() {
        assertChanged(s -> s.replace("B text", "B words"), "b");
        assertChanged(s -> s.replace("PC text", "PC words"), "p1");
    }

    @Test
    void aFigureBeforeADivisionRenumbersItsFiguresAndTables() {
        // figure-numbers and table-numbers count through the book: every division after a
        assertChanged(s -> s.replace("A-END", "<figure><title>New</title><mediaobject/></figure>"),
                "a", "b", "c", "p1", "ap", "gl", "chron", "idx");
        assertChanged(s -> s.replace("</chapter><chapter xml:id=\"b\">",
                        "<table role=\"text\"><title>New</title><tgroup/></table></chapter><chapter xml:id=\"b\">"),
                "a", "b", "c", "p1", "ap", "gl", "chron", "idx");
    }

    @Test
    void aFootnoteInTheAppendixRenumbersTheGlossarysNotesAndNoChaptersNotes() {
        // note-numbers.xsl restarts at each preface, chapter and appendix, and not at a glossary
        assertChanged(s -> s.replace("AP-END", "<footnote><para>new</para></footnote>"), "ap", "gl");
        assertChanged(s -> s.replace("A-END", "<footnote><para>new</para></footnote>"), "a");
    }

    @Test
    void aLinkChangesWithWhatItShowsOfItsTargetInAnotherDivision() {
        // "fig" becomes figure 2 (f0 gains a picture, f2 loses one: the figures after a are as many as before)
        assertChanged(s -> s.replace("<title>No picture</title></figure>", "<title>No picture</title><mediaobject/></figure>")
                .replace("<title>Plan</title><mediaobject/></figure>", "<title>Plan</title></figure>"), "a", "b");
        // "tt" gets a title and so a number, "t2" loses its own: "table 1" instead of "the table on"
        assertChanged(s -> s.replace("<table xml:id=\"tt\" role=\"text\">", "<table xml:id=\"tt\" role=\"text\"><title>T</title>")
                .replace("<title>Numbered</title>", ""), "b", "c");
    }

    @Test
    void aChronologyRowChangesEveryDivision() {
        // a time line anywhere reads the chronology (timeline-figure.xsl)
        assertChanged(s -> s.replace("1900 born", "1901 born"), ALL.toArray(String[]::new));
    }

    @Test
    void theBooksTitleChangesEveryDivision() {
        // the running heads
        assertChanged(s -> s.replace("The Book", "A Book"), ALL.toArray(String[]::new));
    }

    @Test
    void anotherOrderOrAnotherPartChangesEveryDivision() {
        // the list of divisions is read (which is first: page 1), and a part's label counts the parts before it
        String b = BOOK.substring(BOOK.indexOf("<chapter xml:id=\"b\">"), BOOK.indexOf("<chapter xml:id=\"c\">"));
        assertChanged(s -> s.replace(b, "").replace("<part ", b + "<part "), ALL.toArray(String[]::new));
        Map<String, String> before = keys(BOOK);
        Map<String, String> after = keys(BOOK.replace("<chapter xml:id=\"c\">",
                "<part xml:id=\"p0\"><title>Part zero</title></part><chapter xml:id=\"c\">"));
        after.remove("p0");
        assertEquals(ALL, differing(before, after));
    }

    @Test
    void anIndexTermAnywhereChangesTheIndexAndItsOwnDivision() {
        assertChanged(s -> s.replace("PC text.", "PC text.<indexterm><primary>Term</primary></indexterm>"), "p1", "idx");
        assertChanged(s -> s.replace("Before.", "Before.<indexterm><primary>Term</primary></indexterm>"), "pre", "idx");
    }

    private static void assertChanged(UnaryOperator<String> change, String... expected) {
        String changed = change.apply(BOOK);
        assertEquals(false, changed.equals(BOOK), "the change changed nothing");
        assertEquals(new TreeSet<>(Set.of(expected)), differing(keys(BOOK), keys(changed)),
                "the divisions whose keys changed");
    }

    private static Set<String> differing(Map<String, String> before, Map<String, String> after) {
        assertEquals(before.keySet(), after.keySet());
        Set<String> differ = new TreeSet<>();
        before.forEach((id, key) -> { if (!key.equals(after.get(id))) differ.add(id); });
        return differ;
    }

    /**
     * Each division reads of the page map the pages of its links' targets (their "p. 41"); the index reads all of it (it
     * groups every occurrence by its page), and a division without links none.
     */
    @Test
    void aDivisionReadsThePagesOfItsLinksAndTheIndexTheWholeMap() {
        Map<String, DivisionSources.Key> divisions = divisions(BOOK);
        assertEquals(Set.of("fig", "tt"), divisions.get("b").pageReads());
        assertEquals(Set.of(), divisions.get("a").pageReads());
        assertEquals(null, divisions.get("idx").pageReads());
        PageMap map = new PageMap(Map.of("fig", new PageMap.Page(3, "3"), "f2", new PageMap.Page(3, "3")));
        PageMap f2Moved = new PageMap(Map.of("fig", new PageMap.Page(3, "3"), "f2", new PageMap.Page(4, "4")));
        PageMap figMoved = new PageMap(Map.of("fig", new PageMap.Page(4, "4"), "f2", new PageMap.Page(3, "3")));
        assertEquals(true, divisions.get("b").readsAlike(map, f2Moved), "b prints no page of f2");
        assertEquals(false, divisions.get("b").readsAlike(map, figMoved), "b prints the page of fig");
        assertEquals(false, divisions.get("idx").readsAlike(map, f2Moved), "the index reads every page");
    }

    private static Map<String, String> keys(String xml) {
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        divisions(xml).forEach((id, k) -> keys.put(id, k.key()));
        return keys;
    }

    private static Map<String, DivisionSources.Key> divisions(String xml) {
        try {
            XdmNode doc = SAXON.newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
            return DivisionSources.divisions(doc);
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
