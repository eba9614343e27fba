package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import javax.xml.parsers.SAXParserFactory;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.MimeConstants;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.support.TestBooks;

/**
 * The work of a PDF's links grows with their number, not with its square: FOP laid out through {@link FopEngine}
 * (as every PDF edition is) compares no link with the links before it when each goes to its own place, forward
 * (a citation to its bibliography entry) or back (a note to its reference). FOP's own action set makes about
 * n²/2 comparisons for n links; a book citing 10,000 works spent a fifth of its layout there.
 */
class LinkWorkTest {
    @Test
    void linksToTheirOwnPlacesAreLaidOutWithoutComparingThem() throws Exception {
        FopEngine fop = new FopEngine(TestBooks.STYLES);
        for (int n : new int[] {100, 400}) {
            FOUserAgent[] agent = new FOUserAgent[1];
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            FopEngine.Messages messages = new FopEngine.Messages();
            DefaultHandler handler = fop.start(pdf, MimeConstants.MIME_PDF, messages, a -> agent[0] = a);
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            XMLReader reader = f.newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(new StringReader(document(n))));
            assertTrue(pdf.size() > 1000, "no PDF: " + messages.errors);
            long comparisons = LinkActions.comparisons(agent[0]);
            System.out.println(n + " forward and " + n + " backward links: " + comparisons
                    + " comparisons of link actions (FOP's own set: about " + (2L * n) * (2L * n) / 2 + ")");
            assertEquals(0, comparisons, n + " links each to its own place");
        }
    }

    /** n paragraphs, each linking forward to its entry in a list after them, each entry linking back. */
    private static String document(int n) {
        StringBuilder fo = new StringBuilder("""
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
                <fo:layout-master-set><fo:simple-page-master master-name="p" page-width="5in" page-height="8in">
                <fo:region-body margin="0.5in"/></fo:simple-page-master></fo:layout-master-set>
                <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">
                """);
        for (int i = 0; i < n; i++) {
            fo.append("<fo:block id=\"text").append(i).append("\">Claim <fo:basic-link internal-destination=\"work")
                    .append(i).append("\">").append(i).append("</fo:basic-link>.</fo:block>\n");
        }
        for (int i = 0; i < n; i++) {
            fo.append("<fo:block id=\"work").append(i).append("\">Work ").append(i)
                    .append(", cited <fo:basic-link internal-destination=\"text").append(i).append("\">here</fo:basic-link>.</fo:block>\n");
        }
        return fo.append("</fo:flow></fo:page-sequence></fo:root>").toString();
    }
}
