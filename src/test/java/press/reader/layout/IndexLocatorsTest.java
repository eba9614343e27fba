package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.support.TestBooks;
import press.reader.xml.Xslt;

/**
 * The index's locators of one heading (fo-index.xsl, {@code bp:locators}): one per page in page order, consecutive
 * pages of the text made a range, a note's page or a front-matter page never part of one. Each page's run was once
 * its number less a count of the text's pages before it, looked back over for every page: a heading on p pages cost
 * p²/2 steps, and a heading of a fifty-times book is on a thousand pages (1.2 % of a 10x build's CPU, 2.8 % at 25x,
 * growing with the book). The runs are now counted as the pages go by ({@code xsl:iterate}).
 */
class IndexLocatorsTest {
    private static final String WRAPPER = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:bp="urn:bookpress" exclude-result-prefixes="#all">
              <xsl:import href="%s"/>
              <xsl:template match="/" priority="100">
                <locators><xsl:sequence select="string-join(bp:locators(/occurrences/o) ! string(), '')"/></locators>
              </xsl:template>
            </xsl:stylesheet>
            """;

    @Test
    void consecutivePagesOfTheTextMakeRangesNotesAndFrontMatterStandAlone() throws Exception {
        // page index, folio, in a note: iii; 8-10; 11 in a note; 12-13 (the note between does not join them to
        // 8-10, and does not count as a page of the text); 18; two occurrences on one page give one locator
        String pages = page("o1", 3, "iii", false) + page("o2", 10, "8", false) + page("o3", 11, "9", false)
                + page("o4", 12, "10", false) + page("o5", 13, "11", true) + page("o6", 14, "12", false)
                + page("o7", 15, "13", false) + page("o8", 20, "18", false) + page("o9", 20, "18", false);
        assertEquals("iii, 8–10, 11n, 12–13, 18", locators(pages));
    }

    @Test
    void aHeadingOnEveryPageOfALongBookIsOneRange() throws Exception {
        StringBuilder pages = new StringBuilder();
        for (int n = 1; n <= 3000; n++) pages.append(page("o" + n, n, Integer.toString(n), false));
        assertEquals("1–3000", locators(pages.toString()));
    }

    /**
     * What the work of a heading grows with: no step of {@code bp:locators} looks back over the pages before the one
     * it is at (a preceding-sibling or preceding axis, once per page), which made it quadratic in the heading's pages.
     */
    @Test
    void theLocatorsLookBackOverNoPages() throws Exception {
        String xsl = Files.readString(TestBooks.STYLES.resolve("fo-index.xsl"));
        int from = xsl.indexOf("<xsl:function name=\"bp:locators\"");
        String function = xsl.substring(from, xsl.indexOf("</xsl:function>", from));
        String code = function.replaceAll("(?s)<!--.*?-->", "");
        assertFalse(code.contains("preceding"), "bp:locators looks back over the pages before each page");
    }

    private static String page(String id, int n, String folio, boolean note) {
        return id + "|" + n + "|" + folio + "|" + note + ";";
    }

    /** The text of bp:locators over occurrences on these pages (id|index|folio|note; …), the page map made of them. */
    private static String locators(String pages) throws Exception {
        StringBuilder occurrences = new StringBuilder("<occurrences xmlns:xml='http://www.w3.org/XML/1998/namespace'>");
        StringBuilder map = new StringBuilder("<pagemap>");
        for (String p : pages.split(";")) {
            String[] f = p.split("\\|");
            occurrences.append("<o xml:id='").append(f[0]).append("'").append(f[3].equals("true") ? " role='note'" : "")
                    .append("/>");
            map.append("<a id='").append(f[0]).append("' n='").append(f[1]).append("' f='").append(f[2]).append("'/>");
        }
        occurrences.append("</occurrences>");
        map.append("</pagemap>");
        Xslt xslt = new Xslt();
        Processor processor = xslt.processor();
        XdmNode input = processor.newDocumentBuilder().build(new StreamSource(new StringReader(occurrences.toString())));
        XdmNode pageMap = processor.newDocumentBuilder().build(new StreamSource(new StringReader(map.toString())));
        // in a folder of its own: a stylesheet's folder is walked for the state of its modules
        Path wrapper = Files.createTempDirectory("locators").resolve("locators.xsl");
        try {
            Files.writeString(wrapper, WRAPPER.formatted(TestBooks.STYLES.resolve("fo.xsl").toAbsolutePath().toUri()));
            Text text = new Text();
            xslt.transform(wrapper, input, Map.of("index-pagemap", pageMap), new SAXDestination(text));
            return text.text.toString();
        } finally {
            Files.deleteIfExists(wrapper);
            Files.deleteIfExists(wrapper.getParent());
        }
    }

    private static final class Text extends DefaultHandler {
        final StringBuilder text = new StringBuilder();

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }
    }
}
