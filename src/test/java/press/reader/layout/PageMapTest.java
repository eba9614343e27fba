package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.junit.jupiter.api.Test;

/** The page map goes to the stylesheets as a document and comes back from disk through an XML parser. */
class PageMapTest {
    private static final PageMap MAP = new PageMap(Map.of(
            "intro", new PageMap.Page(7, "vii"),
            "a&b<\"c\">", new PageMap.Page(12, "4"),
            "beta--end", new PageMap.Page(40, "32")));

    @Test
    void whatIsWrittenIsReadBackWhateverTheIdsHold() throws Exception {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        MAP.writeXml(xml);
        assertEquals(MAP, PageMap.parse(xml.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void attributesInAnotherOrderOrSpacingAreStillRead() {
        PageMap read = PageMap.parse("<pagemap>\n  <a f='vii'   id='intro' n='7' ></a></pagemap>");
        assertEquals(new PageMap.Page(7, "vii"), read.page("intro"));
    }

    /**
     * The cold pass gives each sequence the pages laid out before it as a view of one map, not a copy: a copy for each
     * sequence, kept with its fingerprint to the end of the pass, held the square of the book's pages (at fifty times
     * the book, the heap full and 50 full collections; 583 s against 192 s).
     */
    @Test
    void aViewIsTheMapAsItIsNotACopy() {
        java.util.TreeMap<String, PageMap.Page> pages = new java.util.TreeMap<>(Map.of("a", new PageMap.Page(1, "1")));
        PageMap view = PageMap.viewOf(pages);
        pages.put("b", new PageMap.Page(2, "2"));
        assertEquals(new PageMap.Page(2, "2"), view.page("b"));
        assertEquals(2, view.size());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> view.all().put("c", new PageMap.Page(3, "3")));
    }

    @Test
    void aDamagedFileIsAnEmptyMap() {
        assertEquals(0, PageMap.parse("<pagemap><a id=\"x\" n=\"1\" f=\"1\"/>").size());
        assertEquals(0, PageMap.parse("<!DOCTYPE x SYSTEM \"file:///etc/hostname\"><pagemap/>").size());
    }

    @Test
    void theDocumentTheStylesheetsReadHoldsOneAnchorPerEntry() {
        XdmNode doc = MAP.toDocument(new Processor(false));
        assertEquals(3, doc.select(Steps.path("pagemap", "a")).count());
        assertEquals("vii", doc.select(Steps.path("pagemap", "a"))
                .filter(a -> "intro".equals(a.attribute("id"))).findFirst().orElseThrow().attribute("f"));
    }
}
