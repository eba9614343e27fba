package press.reader.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The figure through the renderers that will print it: Batik on its own, and Batik inside FOP on a 6 x 9 in page. */
class TimelineRenderingTest {
    private static final Path STYLES = Path.of("styles");

    private static String serialize(Document svg) throws Exception {
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(svg), new StreamResult(out));
        return out.toString();
    }

    @Test
    void batikRendersTheFigureWithInkOnIt() throws Exception {
        String svg = serialize(TimelineFigure.draw(TimelineFigure.REAL));
        PNGTranscoder png = new PNGTranscoder();
        png.addTranscodingHint(PNGTranscoder.KEY_WIDTH, 450f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        png.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(bytes));
        var image = ImageIO.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(450, image.getWidth());
        assertEquals(690, image.getHeight(), "4.5 x 6.9 in");
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xff) < 128) dark++;
        }
        assertTrue(dark > 5000, "the figure draws something: " + dark + " dark pixels");
    }

    @Test
    void fopPrintsItOnASixByNinePageWithEmbeddedFontsAndNoWarnings() throws Exception {
        String svg = serialize(TimelineFigure.draw(TimelineFigure.REAL)).replaceFirst("^<\\?xml[^>]*\\?>", "");
        String fo = """
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="Linux Libertine O">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="page" page-width="6in" page-height="9in" margin="0.75in">
                      <fo:region-body/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                  <fo:page-sequence master-reference="page">
                    <fo:flow flow-name="xsl-region-body">
                      <fo:block><fo:instream-foreign-object content-width="4.5in">%s</fo:instream-foreign-object></fo:block>
                    </fo:flow>
                  </fo:page-sequence>
                </fo:root>
                """.formatted(svg);
        FopFactory factory;
        try (InputStream conf = Files.newInputStream(STYLES.resolve("fop.xconf"))) {
            factory = FopFactory.newInstance(STYLES.toAbsolutePath().toUri(), conf);
        }
        FOUserAgent agent = factory.newFOUserAgent();
        List<String> complaints = new ArrayList<>();
        agent.getEventBroadcaster().addEventListener(e -> {
            if (e.getSeverity() != EventSeverity.INFO) complaints.add(e.getSeverity() + ": " + EventFormatter.format(e));
        });
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, pdf);
        TransformerFactory.newInstance().newTransformer()
                .transform(new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
        assertEquals(List.of(), complaints, "FOP warnings");

        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            assertEquals(1, doc.getNumberOfPages(), "the figure fits one page");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) collectFonts(page.getResources(), fonts);
            assertTrue(!fonts.isEmpty(), "the figure's text is text, with fonts");
            for (String f : fonts) {
                assertTrue(f.endsWith("embedded") && (f.contains("Libertine") || f.contains("Biolinum")), f);
            }
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("October Revolution"), "labels are searchable text");
        }
    }

    private static void collectFonts(PDResources resources, List<String> fonts) throws java.io.IOException {
        if (resources == null) return;
        for (var name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
        }
        for (var name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) collectFonts(form.getResources(), fonts);
        }
    }
}
