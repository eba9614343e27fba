package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.ExtensionFunction;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.OccurrenceIndicator;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SequenceType;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.support.TestBooks;
import press.reader.xml.Xslt;

/**
 * A long index is cut into parts of whole letters, a page sequence each (fo-index.xsl, {@code index-terms-per-sequence}).
 * Each part's terms were picked from all the book's by their letter, so every part read every term's letter: parts
 * and terms both grow with the book, and at fifty times the real one this was 6 % of the build's CPU (1.4 % at ten
 * times). Each letter's terms are now found once. Counted here: the index terms' letters ({@code bp:letter}, counted
 * by a version of it in a stylesheet that imports fo.xsl) read by the index cut into a part for each letter are at
 * most one reading a term more than the whole index's.
 */
class IndexPartsTest {
    private static final String NS = "urn:bookpress:test";
    private static final String WRAPPER = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:bp="urn:bookpress" xmlns:t="%s"
                exclude-result-prefixes="#all">
              <xsl:import href="%s"/>
              <xsl:function name="bp:letter" as="xs:string">
                <xsl:param name="s" as="xs:string"/>
                <xsl:sequence select="t:counted(upper-case(substring(replace(normalize-unicode(bp:sort-key($s), 'NFD'),
                    '\\p{M}', ''), 1, 1)))"/>
              </xsl:function>
            </xsl:stylesheet>
            """;

    @Test
    void cuttingTheIndexIntoPartsReadsNoTermsLetterAgain() throws Exception {
        Counted whole = letters(Map.of());
        Counted cut = letters(Map.of("index-terms-per-sequence", "1"));
        System.out.println("index terms' letters read: whole index (" + whole.parts + " part) " + whole.letters
                + ", cut (" + cut.parts + " parts) " + cut.letters);
        assertEquals(1, whole.parts);
        assertTrue(cut.parts > 2, "one part a letter: " + cut.parts);
        // the whole index reads each term's letter twice (to cut it into parts, to group its letters); cut, once more
        // (to find each letter's terms), however many parts: before, once more for every part
        assertTrue(cut.letters <= whole.letters * 3 / 2, "each part's terms found by reading every term's letter again: "
                + cut.letters + " against " + whole.letters);
    }

    private record Counted(long letters, int parts) {}

    private static Counted letters(Map<String, Object> params) throws Exception {
        Xslt xslt = new Xslt();
        AtomicLong calls = new AtomicLong();
        xslt.processor().registerExtensionFunction(new ExtensionFunction() {
            @Override
            public QName getName() {
                return new QName(NS, "counted");
            }

            @Override
            public SequenceType getResultType() {
                return SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ONE);
            }

            @Override
            public SequenceType[] getArgumentTypes() {
                return new SequenceType[] {SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ONE)};
            }

            @Override
            public XdmValue call(XdmValue[] arguments) {
                calls.incrementAndGet();
                return arguments[0];
            }
        });
        XdmNode book = xslt.processor().newDocumentBuilder()
                .build(new StreamSource(new StringReader(TestBooks.bookXml(TestBooks.MINI_MANUSCRIPT))));
        // in a folder of its own: a stylesheet's folder is walked for the state of its modules
        Path wrapper = Files.createTempDirectory("index-parts").resolve("index-parts.xsl");
        int[] parts = new int[1];
        try {
            Files.writeString(wrapper, WRAPPER.formatted(NS, TestBooks.STYLES.resolve("fo.xsl").toAbsolutePath().toUri()));
            xslt.transform(wrapper, book, params, new SAXDestination(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    String master = atts.getValue("master-reference");
                    if (localName.equals("page-sequence") && master != null && master.startsWith("chapter-columns")) {
                        parts[0]++;
                    }
                }
            }));
        } finally {
            Files.deleteIfExists(wrapper);
            Files.deleteIfExists(wrapper.getParent());
        }
        return new Counted(calls.get(), parts[0]);
    }
}
