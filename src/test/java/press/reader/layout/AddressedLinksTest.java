package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.xml.parsers.SAXParserFactory;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.area.RenderPagesModel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.pdf.AccessiblePdf;
import press.reader.support.TestBooks;

/**
 * The screen PDF's render lays its links out to an address and names their places: FOP lets every page go as soon
 * as it is laid out, instead of keeping each page until the place its links point to is laid out (a book whose
 * pages link to its notes at the back was held whole). The finished PDF's links go where FOP's own links went.
 */
class AddressedLinksTest {
    private static final int PAGES = 20;

    @Test
    void pagesLinkingForwardAreNotHeldAndTheLinksStillGoToTheirPlace() throws Exception {
        FopEngine fop = new FopEngine(TestBooks.STYLES);
        Rendered own = render(fop, h -> h);
        Rendered addressed = render(fop, AddressedLinks::new);
        System.out.println(PAGES + " pages linking to the last page: FOP held " + own.held
                + " pages when the last sequence began, with addressed links " + addressed.held);
        assertEquals(PAGES, own.held, "FOP's own links keep every page waiting for the last one");
        assertEquals(0, addressed.held, "no page waits for another");

        try (PDDocument doc = Loader.loadPDF(AccessiblePdf.finish(addressed.pdf, PrintLayout.LINK_ADDRESS))) {
            assertNull(doc.getDocumentCatalog().getNames(), "the names made for the links are dropped");
            PDPage last = doc.getPage(PAGES);
            int links = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    PDAnnotationLink link = (PDAnnotationLink) a;
                    PDPageDestination to = (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
                    assertEquals(last.getCOSObject(), to.getPage().getCOSObject());
                    assertEquals("Go to page " + (PAGES + 1), link.getContents());
                    links++;
                }
            }
            assertEquals(PAGES, links);
        }
        try (PDDocument doc = Loader.loadPDF(own.pdf)) {
            assertTrue(doc.getPage(0).getAnnotations().get(0) instanceof PDAnnotationLink l
                    && l.getAction() instanceof PDActionGoTo, "FOP's own link, for comparison");
        }
    }

    @Test
    void eachPlaceIsNamedOnceAfterTheLastSequence() throws Exception {
        List<String> seen = new ArrayList<>();
        AddressedLinks filter = new AddressedLinks(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                String dest = atts.getValue("internal-destination");
                String address = atts.getValue("external-destination");
                seen.add(localName + (dest != null ? " to " + dest : "") + (address != null ? " at " + address : ""));
            }
        });
        XMLReader reader = reader();
        reader.setContentHandler(filter);
        reader.parse(new InputSource(new StringReader(document())));
        assertEquals(1, filter.named());
        assertEquals("destination to end", seen.get(seen.size() - 1));
        assertEquals("basic-link at " + PrintLayout.LINK_ADDRESS + "end",
                seen.stream().filter(s -> s.startsWith("basic-link")).findFirst().orElseThrow());
        assertEquals(1, seen.stream().filter(s -> s.startsWith("destination")).count());
    }

    private record Rendered(byte[] pdf, int held) {}

    /** Renders {@link #document()}, counting the pages FOP holds when the last page sequence begins. */
    private static Rendered render(FopEngine fop, UnaryOperator<DefaultHandler> filter) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        FOUserAgent[] agent = new FOUserAgent[1];
        FopEngine.Run run = fop.startRecording(pdf, new FopEngine.Messages(), a -> agent[0] = a);
        int[] held = {-1};
        int[] sequences = {0};
        DefaultHandler fopInput = filter.apply(run.handler());
        XMLReader reader = reader();
        reader.setContentHandler(new ForwardingHandler(fopInput) {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                if (localName.equals("page-sequence") && ++sequences[0] == 2) held[0] = held(agent[0]);
                super.startElement(uri, localName, qName, atts);
            }
        });
        reader.parse(new InputSource(new StringReader(document())));
        return new Rendered(pdf.toByteArray(), held[0]);
    }

    /** The pages laid out and not yet rendered (FOP's render model keeps them until their links are resolved). */
    private static int held(FOUserAgent agent) {
        try {
            AreaTreeHandler handler = (AreaTreeHandler) agent.getFOEventHandlerOverride();
            Field prepared = RenderPagesModel.class.getDeclaredField("prepared");
            prepared.setAccessible(true);
            return ((List<?>) prepared.get(handler.getAreaTreeModel())).size();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("FOP's render model changed: " + e);
        }
    }

    private static XMLReader reader() throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newSAXParser().getXMLReader();
    }

    /** {@link #PAGES} pages, each linking to the page of a sequence after them. */
    private static String document() {
        StringBuilder fo = new StringBuilder("""
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
                <fo:layout-master-set><fo:simple-page-master master-name="p" page-width="5in" page-height="8in">
                <fo:region-body margin="0.5in"/></fo:simple-page-master></fo:layout-master-set>
                <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">
                """);
        for (int i = 0; i < PAGES; i++) {
            fo.append("<fo:block break-before=\"page\">Page ").append(i)
                    .append(", see <fo:basic-link internal-destination=\"end\">the end</fo:basic-link>.</fo:block>\n");
        }
        return fo.append("""
                </fo:flow></fo:page-sequence>
                <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">
                <fo:block id="end">The end.</fo:block></fo:flow></fo:page-sequence></fo:root>""").toString();
    }
}
