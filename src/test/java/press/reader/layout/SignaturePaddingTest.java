package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The blank pages of a marked padding sequence are cut to what the page count laid out before it needs. */
class SignaturePaddingTest {
    private static final String FO = """
            <root xmlns="http://www.w3.org/1999/XSL/Format" xmlns:bp="urn:bookpress">\
            <page-sequence master-reference="right"><flow><block>text</block></flow></page-sequence>\
            <page-sequence master-reference="blank" bp:padding="fit"><flow>\
            <block-container n="1"><block/></block-container>\
            <block-container n="2"><block/></block-container>\
            <block-container n="3"><block/></block-container>\
            </flow></page-sequence></root>""";

    private static String filtered(String fo, int signature, int pagesBefore, SignaturePadding[] filter) throws Exception {
        SaxEvents.Recorder out = new SaxEvents.Recorder();
        filter[0] = new SignaturePadding(out, signature, () -> pagesBefore);
        SaxEvents.parse(fo, filter[0]);
        return out.text.toString();
    }

    @Test
    void keepsAsManyBlankPagesAsTheSignatureNeeds() throws Exception {
        SignaturePadding[] f = new SignaturePadding[1];
        for (int before : new int[] {5, 6, 7}) {
            String out = filtered(FO, 4, before, f);
            int kept = 4 - before % 4;
            assertEquals(kept, f[0].kept(), out);
            assertEquals(kept, out.split("<block-container", -1).length - 1, out);
            assertTrue(out.contains("<block-container n=\"" + kept + "\">"), out);
            assertFalse(out.contains("<block-container n=\"" + (kept + 1) + "\">"), out);
            assertFalse(out.contains("padding"), "the marker does not reach FOP: " + out);
            assertTrue(f[0].seen());
            assertEquals(before, f[0].pagesBefore());
        }
    }

    @Test
    void dropsTheWholeSequenceWhenTheCountIsAlreadyAMultiple() throws Exception {
        SignaturePadding[] f = new SignaturePadding[1];
        String out = filtered(FO, 4, 8, f);
        assertEquals("<root><page-sequence master-reference=\"right\"><flow><block>text</block></flow></page-sequence></root>", out);
        assertEquals(0, f[0].kept());
        assertEquals("<root><page-sequence master-reference=\"right\"><flow><block>text</block></flow></page-sequence></root>",
                filtered(FO, 0, 5, f), "no signature: no blank pages");
    }

    @Test
    void leavesAnUnmarkedSequenceAlone() throws Exception {
        SignaturePadding[] f = new SignaturePadding[1];
        String unmarked = FO.replace(" bp:padding=\"fit\"", "");
        String out = filtered(unmarked, 4, 8, f);
        assertEquals(3, out.split("<block-container", -1).length - 1, out);
        assertFalse(f[0].seen());
    }
}
