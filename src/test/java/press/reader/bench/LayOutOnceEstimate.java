package press.reader.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Result;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFParser;
import org.apache.fop.render.intermediate.IFSerializer;
import org.apache.fop.render.intermediate.IFUtil;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import press.reader.xml.Xslt;

/**
 * A measuring driver (not a test: times depend on the machine) for issue 17's "lay out once, render twice": what one
 * FOP layout rendered twice through FOP's intermediate format (IF) would cost against the two layouts a build makes
 * now (the print PDF, PDF/A-1b, untagged; the screen PDF, PDF/UA-1, tagged). FOP 2.x keeps the structure tree in its
 * IF when the layout runs with accessibility on ({@code IFSerializer} writes a {@code structure-tree} per page
 * sequence; {@code IFParser} gives it back to a tagged renderer and leaves it out for an untagged one), so one tagged
 * layout can be drawn as both PDFs. The IF is held in memory as SAX events, not as XML text.
 *
 * <p>From a built output folder (its {@code .book.xml} and {@code .pagemap.xml}) it writes the stock stylesheet's
 * XSL-FO for each edition, then times on this thread's CPU clock, whole book, each round: the two layouts (FO to PDF,
 * tagged and untagged), and the one layout to IF with the two renders from it. The first round warms the JIT and is
 * not counted; the medians of the others are printed. The fonts are the stock ones; no book hyphenation is installed
 * (both ways alike). Run with the test class path:
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx2g -cp target/test-classes:target/classes:$(cat /tmp/cp.txt)
 * press.reader.bench.LayOutOnceEstimate OUTPUT-FOLDER SLUG ROUNDS}
 */
public final class LayOutOnceEstimate {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Path STYLES = Path.of("styles");

    private LayOutOnceEstimate() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String slug = args[1];
        int rounds = Integer.parseInt(args[2]);
        Xslt xslt = new Xslt();
        XdmNode book = xslt.processor().newDocumentBuilder().build(out.resolve(slug + ".book.xml").toFile());
        XdmNode pagemap = xslt.processor().newDocumentBuilder().build(out.resolve(slug + ".pagemap.xml").toFile());
        byte[] printFo = fo(xslt, book, pagemap, "print", "pdf-a-1b");
        byte[] screenFo = fo(xslt, book, pagemap, "screen", "pdf-ua-1");
        FopFactory factory = FopFactory.newInstance(STYLES.resolve("fop.xconf").toFile());
        String[] names = {"print: FO -> PDF (untagged)", "screen: FO -> PDF (tagged)", "once: FO -> IF (tagged)",
                "once: IF -> screen PDF", "once: IF -> print PDF"};
        long[][] ms = new long[names.length][rounds];
        for (int r = 0; r < rounds; r++) {
            ms[0][r] = cpu(() -> toPdf(factory, printFo, false));
            ms[1][r] = cpu(() -> toPdf(factory, screenFo, true));
            Recording[] inIf = new Recording[1];
            ms[2][r] = cpu(() -> inIf[0] = toIf(factory, screenFo));
            ms[3][r] = cpu(() -> fromIf(factory, inIf[0], true));
            ms[4][r] = cpu(() -> fromIf(factory, inIf[0], false));
        }
        long[] median = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            median[i] = median(Arrays.copyOfRange(ms[i], rounds > 1 ? 1 : 0, rounds));
            System.out.printf("%-30s %6d ms CPU (rounds: %s)%n", names[i], median[i], Arrays.toString(ms[i]));
        }
        long twice = median[0] + median[1];
        long once = median[2] + median[3] + median[4];
        System.out.printf("two layouts %d ms; one layout rendered twice %d ms (%+d ms); the screen PDF's own work "
                + "%d ms now, %d ms from the IF%n", twice, once, once - twice, median[1], median[3]);
    }

    private static byte[] fo(Xslt xslt, XdmNode book, XdmNode pagemap, String edition, String standard) {
        Map<String, Object> params = new HashMap<>();
        params.put("pagemap", pagemap);
        params.put("edition", edition);
        params.put("print-standard", standard);
        ByteArrayOutputStream fo = new ByteArrayOutputStream();
        Serializer s = xslt.processor().newSerializer(fo);
        xslt.transform(STYLES.resolve("fo.xsl"), book, params, s);
        return fo.toByteArray();
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long cpu(Work work) throws Exception {
        long start = CPU.getCurrentThreadCpuTime();
        work.run();
        return (CPU.getCurrentThreadCpuTime() - start) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static FOUserAgent agent(FopFactory factory, boolean tagged) {
        FOUserAgent agent = factory.newFOUserAgent();
        agent.setCreationDate(new Date(1767225600000L));
        agent.setAccessibility(tagged);
        if (tagged) {
            agent.getRendererOptions().put("pdf-ua-mode", "PDF/UA-1");
        } else {
            agent.getRendererOptions().put("pdf-a-mode", "PDF/A-1b");
            agent.getRendererOptions().put("version", "1.4");
        }
        return agent;
    }

    private static void toPdf(FopFactory factory, byte[] fo, boolean tagged) throws Exception {
        Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent(factory, tagged), OutputStream.nullOutputStream());
        feed(fo, fop.getDefaultHandler());
    }

    private static Recording toIf(FopFactory factory, byte[] fo) throws Exception {
        FOUserAgent agent = agent(factory, true);
        Recording ifEvents = new Recording();
        // FOP gives the document handler the output stream as its result: the IF goes to the recording instead
        IFSerializer serializer = new IFSerializer(new IFContext(agent)) {
            @Override
            public void setResult(Result result) throws IFException {
                super.setResult(new SAXResult(ifEvents));
            }
        };
        serializer.mimicDocumentHandler(agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF));
        agent.setDocumentHandlerOverride(serializer);
        Fop fop = agent.newFop(MimeConstants.MIME_PDF, OutputStream.nullOutputStream());
        feed(fo, fop.getDefaultHandler());
        return ifEvents;
    }

    private static void fromIf(FopFactory factory, Recording ifEvents, boolean tagged) throws Exception {
        FOUserAgent agent = agent(factory, tagged);
        IFDocumentHandler pdf = agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF);
        IFUtil.setupFonts(pdf);
        pdf.setResult(new StreamResult(OutputStream.nullOutputStream()));
        ifEvents.replay(new IFParser().getContentHandler(pdf, agent));
    }

    private static void feed(byte[] fo, ContentHandler into) throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        XMLReader reader = f.newSAXParser().getXMLReader();
        reader.setContentHandler(into);
        reader.parse(new InputSource(new ByteArrayInputStream(fo)));
    }

    /** SAX events held in memory, replayed as often as asked. */
    private static final class Recording implements ContentHandler {
        private interface Event {
            void to(ContentHandler h) throws SAXException;
        }

        private final List<Event> events = new ArrayList<>();

        void replay(ContentHandler h) throws SAXException {
            for (Event e : events) e.to(h);
        }

        @Override public void setDocumentLocator(Locator locator) {}
        @Override public void startDocument() { events.add(ContentHandler::startDocument); }
        @Override public void endDocument() { events.add(ContentHandler::endDocument); }
        @Override public void startPrefixMapping(String p, String uri) { events.add(h -> h.startPrefixMapping(p, uri)); }
        @Override public void endPrefixMapping(String p) { events.add(h -> h.endPrefixMapping(p)); }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            // FOP's foreign objects (SVG, MathML) come from a DOM whose attributes may have no namespace: "", not null
            AttributesImpl copy = new AttributesImpl();
            for (int i = 0; i < atts.getLength(); i++) {
                String u = atts.getURI(i);
                copy.addAttribute(u == null ? "" : u, atts.getLocalName(i), atts.getQName(i), atts.getType(i),
                        atts.getValue(i));
            }
            String u = uri == null ? "" : uri;
            events.add(h -> h.startElement(u, local, qName, copy));
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            String u = uri == null ? "" : uri;
            events.add(h -> h.endElement(u, local, qName));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            char[] copy = Arrays.copyOfRange(ch, start, start + length);
            events.add(h -> h.characters(copy, 0, copy.length));
        }

        @Override public void ignorableWhitespace(char[] ch, int start, int length) {}
        @Override public void processingInstruction(String target, String data) {}
        @Override public void skippedEntity(String name) {}
    }
}
