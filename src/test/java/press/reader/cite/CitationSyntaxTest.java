package press.reader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationSyntaxTest {
    private final CitationSyntax syntax = CitationSyntax.forLocale("en-US");

    private CiteItem only(String text) {
        List<CitationCluster> found = syntax.find(text);
        assertEquals(1, found.size(), text);
        assertEquals(1, found.get(0).items().size(), text);
        return found.get(0).items().get(0);
    }

    @Test
    void bareNumberIsAPage() {
        CiteItem c = only("as he wrote [@serge1937, 22].");
        assertEquals("serge1937", c.key());
        assertEquals("22", c.locator());
        assertEquals("page", c.label());
        assertEquals("", c.prefix());
        assertEquals("", c.suffix());
    }

    @Test
    void clusterOffsetsCoverTheBrackets() {
        String text = "as he wrote [@serge1937, 22].";
        CitationCluster cluster = syntax.find(text).get(0);
        assertEquals("[@serge1937, 22]", text.substring(cluster.start(), cluster.end()));
        assertFalse(cluster.inText());
    }

    @Test
    void prefixAndTwoItems() {
        String text = "[see @liebman1984, 140; @stites1989]";
        List<CiteItem> items = syntax.find(text).get(0).items();
        assertEquals(2, items.size());
        assertEquals("see", items.get(0).prefix());
        assertEquals("liebman1984", items.get(0).key());
        assertEquals("140", items.get(0).locator());
        assertEquals("stites1989", items.get(1).key());
        assertFalse(items.get(1).hasLocator());
        assertEquals("@stites1989", text.substring(items.get(1).start(), items.get(1).end()));
    }

    @Test
    void labelsComeFromTheLocale() {
        assertEquals("chapter", only("[@k, chap. 3]").label());
        assertEquals("3", only("[@k, chap. 3]").locator());
        CiteItem pp = only("[@k, pp. 33\u201335]");
        assertEquals("page", pp.label());
        assertEquals("33\u201335", pp.locator());
        assertEquals("volume", only("[@k, vol. 27]").label());
        assertEquals("section", only("[@k, \u00a7 4]").label());
        CiteItem roman = only("[@k, p. xii]");
        assertEquals("xii", roman.locator());
    }

    @Test
    void suffixAfterTheLocator() {
        CiteItem c = only("[@k, 33, my emphasis]");
        assertEquals("33", c.locator());
        assertEquals(", my emphasis", c.suffix());
        CiteItem noLocator = only("[@k, and elsewhere]");
        assertFalse(noLocator.hasLocator());
        assertEquals(", and elsewhere", noLocator.suffix());
    }

    @Test
    void bracedLocator() {
        CiteItem c = only("[@k, p. {iv, 34}]");
        assertEquals("iv, 34", c.locator());
        assertEquals("page", c.label());
    }

    @Test
    void suppressAuthor() {
        CiteItem c = only("Serge says [-@serge1937, 22]");
        assertTrue(c.suppressAuthor());
        assertEquals("serge1937", c.key());
    }

    @Test
    void inTextWithAndWithoutLocator() {
        String text = "@serge1937 says so, and @liebman1984 [140] agrees.";
        List<CitationCluster> found = syntax.find(text);
        assertEquals(2, found.size());
        assertTrue(found.get(0).inText());
        assertEquals("@serge1937", text.substring(found.get(0).start(), found.get(0).end()));
        CiteItem second = found.get(1).items().get(0);
        assertTrue(second.authorInText());
        assertEquals("140", second.locator());
        assertEquals("@liebman1984 [140]", text.substring(found.get(1).start(), found.get(1).end()));
    }

    @Test
    void sentenceEndIsNotPartOfTheKey() {
        assertEquals("serge1937", only("As shown by @serge1937.").key());
        assertEquals("a:b.c", only("[@a:b.c]").key());
    }

    @Test
    void notFooledByAddressesLinksNotesOrEscapes() {
        assertTrue(syntax.find("write to editor@example.org or [editors@example.org]").isEmpty());
        assertTrue(syntax.find("[see this](#weissman) and [^1] and \\@notakey").isEmpty());
        assertTrue(syntax.find("[a bracket without cites] costs 5 @ 3").isEmpty());
    }

    @Test
    void bracketWithAPartWithoutKeyIsNotACluster() {
        // as in pandoc, the brackets stay text and the key inside is an in-text citation
        List<CitationCluster> found = syntax.find("[@k; and more]");
        assertEquals(1, found.size());
        assertTrue(found.get(0).inText());
        assertEquals(1, found.get(0).start());
    }
}
