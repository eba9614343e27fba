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
