package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

/** The fingerprint of XSL-FO tells apart what FOP would lay out differently, and nothing else. */
class FoDigestTest {
    private static final String FO = "<root xmlns=\"http://www.w3.org/1999/XSL/Format\"><block id=\"a\">page 47, 48</block></root>";

    private static byte[] digest(String xml) throws Exception {
        FoDigest d = new FoDigest(null);
        SaxEvents.parse(xml, d);
        return d.digest();
    }

    @Test
    void theSameXslFoHasTheSameFingerprintHoweverItsTextArrives() throws Exception {
        FoDigest chunked = new FoDigest(null);
        chunked.startElement("http://www.w3.org/1999/XSL/Format", "root", "root", new AttributesImpl());
        AttributesImpl id = new AttributesImpl();
        id.addAttribute("", "id", "id", "CDATA", "a");
        chunked.startElement("http://www.w3.org/1999/XSL/Format", "block", "block", id);
        for (String part : new String[] {"page 4", "7, ", "48"}) chunked.characters(part.toCharArray(), 0, part.length());
        chunked.endElement("http://www.w3.org/1999/XSL/Format", "block", "block");
        chunked.endElement("http://www.w3.org/1999/XSL/Format", "root", "root");
        assertArrayEquals(digest(FO), chunked.digest());
    }

    @Test
    void aChangedPageNumberOrAttributeChangesIt() throws Exception {
        byte[] base = digest(FO);
        assertEquals(16, base.length);
        assertFalse(Arrays.equals(base, digest(FO.replace("48", "49"))));
        assertFalse(Arrays.equals(base, digest(FO.replace("id=\"a\"", "id=\"b\""))));
        // text moved across an element boundary is a different layout
        assertFalse(Arrays.equals(base, digest(FO.replace("page 47, 48</block>", "page 47,</block> 48"))));
    }

    @Test
    void eventsPassThroughUnchanged() throws Exception {
        SaxEvents.Recorder out = new SaxEvents.Recorder();
        SaxEvents.parse(FO, new FoDigest(out));
        assertEquals("<root><block id=\"a\">page 47, 48</block></root>", out.text.toString());
    }
}
