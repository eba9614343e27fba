package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import press.reader.layout.PageMap;
import press.reader.xml.SecureXml;

/**
 * A division's EPUB key changes exactly when something its document shows changes: its own text, the index terms
 * (for the index), where its targets fell in print; not when another division's words change.
 */
class DivisionKeysTest {
    private static final String BOOK = """
            <book xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0">
              <info><title>A Book</title></info>
              <preface xml:id="introduction"><info><title>Introduction</title></info>
                <para>See <link linkend="beta">Beta</link>.</para></preface>
              <part xml:id="part-1"><info><title>One</title></info>
                <chapter xml:id="alpha"><info><title>Alpha</title></info>
                  <para>ALPHA words<indexterm xml:id="alpha-i1"><primary>TERM</primary></indexterm>.</para></chapter>
                <chapter xml:id="beta"><info><title>Beta</title></info><para>BETA words.</para></chapter>
              </part>
              <index xml:id="index"><title>Index</title><para><link linkend="alpha-i1">1</link></para></index>
            </book>
            """;

    private static Map<String, String> keys(String xml, PageMap pages) throws Exception {
        Document doc = SecureXml.documentBuilderFactory().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return DivisionKeys.compute(doc, () -> pages, "common");
    }

    /** The divisions whose keys differ between the two books. */
    private static Set<String> changed(String edited, PageMap before, PageMap after) throws Exception {
        Map<String, String> a = keys(BOOK, before);
        Map<String, String> b = keys(edited, after);
        assertEquals(a.keySet(), b.keySet());
        Set<String> changed = new TreeSet<>();
        for (String id : a.keySet()) if (!a.get(id).equals(b.get(id))) changed.add(id);
        return changed;
    }

    @Test
    void everyDivisionHasAKeyAndTheSameBookTheSameKeys() throws Exception {
        Map<String, String> k = keys(BOOK, PageMap.empty());
        assertEquals(List.of("introduction", "part-1", "alpha", "beta", "index"), List.copyOf(k.keySet()));
        assertEquals(k, keys(BOOK, PageMap.empty()));
        assertEquals(5, Set.copyOf(k.values()).size(), "each division a key of its own: " + k);
    }

    @Test
    void anEditedChapterChangesItsOwnKeyOnlyNotItsPartsNorTheIndexs() throws Exception {
        assertEquals(Set.of("beta"), changed(BOOK.replace("BETA", "Beta's"), PageMap.empty(), PageMap.empty()));
        assertEquals(Set.of("alpha"), changed(BOOK.replace("ALPHA", "Alpha's"), PageMap.empty(), PageMap.empty()));
    }

    @Test
    void anIndexTermsWordsChangeTheIndexAndTheChapterThatHoldsIt() throws Exception {
        assertEquals(Set.of("alpha", "index"), changed(BOOK.replace("TERM", "Term"), PageMap.empty(), PageMap.empty()));
    }

    @Test
    void aTargetThatMovedInPrintChangesTheDivisionsThatShowItsPage() throws Exception {
        PageMap before = new PageMap(Map.of("alpha-i1", new PageMap.Page(3, "3")));
        PageMap after = new PageMap(Map.of("alpha-i1", new PageMap.Page(4, "4")));
        // the index prints the term's page; alpha holds the term (its own pages are in its key), and beta's first page
        // marker depends on where alpha's anchors fell; the introduction and the part show nothing of it
        assertEquals(Set.of("alpha", "beta", "index"), changed(BOOK, before, after));
    }

    @Test
    void aRetitledChapterChangesTheDivisionsThatLinkToIt() throws Exception {
        // the introduction's link may print its target's title
        assertEquals(Set.of("beta", "introduction"),
                changed(BOOK.replace("<title>Beta</title>", "<title>Beta, Retitled</title>"), PageMap.empty(), PageMap.empty()));
    }
}
