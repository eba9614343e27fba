package press.reader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class StylePatchesTest {

    private static Element conditions() throws Exception {
        Document doc = CslStyle.read(Fixtures.path("conditions.csl").toUri().toURL());
        return doc.getDocumentElement();
    }

    /** "if" and "else-if" elements as "attr=value ..." strings, sorted by attribute name. */
    private static List<String> tests(Element root) {
        return StylePatches.elements(root, "if", "else-if").stream().map(e -> {
            StringBuilder sb = new StringBuilder();
            for (String a : List.of("locator", "match", "position", "type", "variable")) {
                if (e.hasAttribute(a)) sb.append(sb.isEmpty() ? "" : " ").append(a).append('=').append(e.getAttribute(a));
            }
            return sb.toString();
        }).toList();
    }

    @Test
    void firstCiteDecidesPositionTests() throws Exception {
        Element root = conditions();
        StylePatches.resolveCiteConditions(root, new CiteVariant(CitePosition.FIRST, false, "", false));
        String never = StylePatches.NEVER_SET_VARIABLE;
        assertEquals(List.of(
                // elements come grouped by name: the "if", then the "else-if"s
                "match=all variable=" + never,        // subsequent: false
                "match=none type=book",               // none of ibid/ibid-with-locator holds: the type decides
                "type=book",                          // first holds: the type decides
                "match=any variable=title",           // near-note false: the variable decides
                "match=all variable=" + never,        // no locator: chapter/verse false
                "match=all variable=" + never),       // disambiguate: false, citeproc-java never disambiguates
                tests(root));
    }

    @Test
    void subsequentNearCiteWithChapterLocator() throws Exception {
        Element root = conditions();
        StylePatches.resolveCiteConditions(root, new CiteVariant(CitePosition.SUBSEQUENT, true, "chapter", false));
        String never = StylePatches.NEVER_SET_VARIABLE;
        assertEquals(List.of(
                "match=none variable=" + never,       // subsequent: true
                "match=none type=book",
                "match=all variable=" + never,        // first: false, so false whatever the type
                "match=none variable=" + never,       // near-note: true with match any
                "match=none variable=" + never,       // chapter: true
                "match=all variable=" + never),
                tests(root));
    }

    @Test
    void multiVariableNamesBecomeAGroup() throws Exception {
        Element root = conditions();
        StylePatches.splitMultiVariableNames(root);
        Element group = StylePatches.elements(root, "group").get(0);
        assertEquals(", ", group.getAttribute("delimiter"));
        assertEquals("(", group.getAttribute("prefix"));
        List<Element> names = StylePatches.children(group, "names");
        assertEquals(2, names.size());
        assertEquals("editor", names.get(0).getAttribute("variable"));
        assertEquals("translator", names.get(1).getAttribute("variable"));
        assertEquals(1, StylePatches.children(names.get(1), "label").size());
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CslStyle.read(Fixtures.path("xxe.csl").toUri().toURL()));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void aShortTitleIsTheMainTitle() {
        assertEquals("Revolutionary Dreams", StylePatches.mainTitle("Revolutionary Dreams: Utopian Vision and Experimental Life"));
        assertEquals("The Tax in Kind", StylePatches.mainTitle("The Tax in Kind (The Significance of the New Policy)"));
        assertEquals("Resolution on War and Peace", StylePatches.mainTitle("Resolution on War and Peace [Seventh Congress]"));
        assertEquals("Kronstadt 1921", StylePatches.mainTitle("Kronstadt 1921"));
        assertEquals("(Untitled)", StylePatches.mainTitle("(Untitled)"), "a title that is all brackets stays whole");
    }
}
