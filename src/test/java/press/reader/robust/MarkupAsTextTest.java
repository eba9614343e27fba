package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import press.reader.xml.SecureXml;

/**
 * Text that looks like markup (angle brackets, ampersands, CDATA ends, braces, backslashes, XSL-FO and XHTML
 * fragments, a DOCTYPE with an external entity) comes out as the same text in the book XML, every EPUB XHTML
 * document and the PDF, and never as markup.
 */
@Tag("slow")   // reads the hostile book, laid out once per test JVM (see README, Tests)
class MarkupAsTextTest {

    private static Document parse(String xml, boolean allowDoctype) throws Exception {
        DocumentBuilderFactory f = SecureXml.documentBuilderFactory();
        // XHTML5 starts with <!DOCTYPE html> (no external subset); everything external stays off.
        if (allowDoctype) f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String chapterText(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "id")) || id.equals(e.getAttribute("id"))) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    private static String flat(String s) {
        return straight(s.replaceAll("\\s+", " "));
    }

    /**
     * Quotes as typed: text written in Markdown gets smart punctuation (SmartPunctuation curls the quotes of
     * {@code font-size="40pt"}, as pandoc does); what this test holds is that markup prints as text, not markup.
     */
    private static String straight(String s) {
        return s.replaceAll("[\u201C\u201D]", "\"").replaceAll("[\u2018\u2019]", "'");
    }

    @Test
    void theBuildSucceeded() {
        HostileBook.Built b = HostileBook.get();
        assertTrue(b.result().diagnostics().stream().noneMatch(d -> d.isError()), b.result().diagnostics()::toString);
    }

    @Test
    void theBookXmlHasEveryStringAsText() throws Exception {
        Document doc = parse(HostileBook.get().bookXml(), false);
        String text = flat(chapterText(doc, "beta"));
        for (String s : HostileBook.MARKUP_AS_TEXT) assertTrue(text.contains(s), () -> "missing '" + s + "' in\n" + text);
        assertNoInjectedElements(doc);
    }

    @Test
    void everyEpubDocumentIsWellFormedAndHasEveryStringAsText() throws Exception {
        Map<String, String> xhtml = HostileBook.get().xhtml();
        assertFalse(xhtml.isEmpty());
        String beta = null;
        for (Map.Entry<String, String> e : xhtml.entrySet()) {
            Document doc = parse(e.getValue(), true);
            assertNoInjectedElements(doc);
            if (e.getKey().endsWith("/beta.xhtml")) beta = flat(doc.getDocumentElement().getTextContent());
        }
        assertTrue(beta != null, "no beta.xhtml in " + xhtml.keySet());
        for (String s : HostileBook.MARKUP_AS_TEXT) {
            String text = beta;
            assertTrue(text.contains(s), () -> "missing '" + s + "' in\n" + text);
        }
    }

    @Test
    void thePdfHasEveryStringAsText() {
        // compared without case: the print sets the first words of an essay's text in (simulated) small capitals
        String pdf = straight(HostileBook.squeeze(HostileBook.get().pdfText())).toLowerCase(java.util.Locale.ROOT);
        for (String s : HostileBook.MARKUP_AS_TEXT) {
            assertTrue(pdf.contains(HostileBook.squeeze(s).toLowerCase(java.util.Locale.ROOT)),
                    () -> "missing '" + s + "' in the PDF text");
        }
    }

    @Test
    void theExternalEntityWasNeverResolved() {
        HostileBook.Built b = HostileBook.get();
        for (String text : new String[] {b.bookXml(), String.join("\n", b.xhtml().values()), b.pdfText()}) {
            assertFalse(text.contains(HostileBook.SECRET_WORDS), "the planted secret file leaked into an output");
        }
    }

    /** No element of the XSL-FO namespace, no script, no element carrying an event handler. */
    private static void assertNoInjectedElements(Document doc) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertFalse("http://www.w3.org/1999/XSL/Format".equals(e.getNamespaceURI()), "FO element in output: " + e.getTagName());
            assertFalse(e.getLocalName().equals("script"), "injected " + e.getTagName());
            // the only images are the book's own (the cover), never one from the text
            assertFalse(e.getLocalName().equals("img") && !e.getAttribute("src").startsWith("../images/"),
                    "injected " + e.getTagName() + " src=" + e.getAttribute("src"));
            assertEquals("", e.getAttribute("onerror"), "event handler attribute in output");
        }
    }
}
