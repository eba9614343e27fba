package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Date;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import press.reader.pdf.ReproduciblePdf;

/** FOP reads a font once per engine; a later run's PDF, made with a lent copy, is the PDF of a run that read it. */
class SharedFontsTest {
    private static String fo(String words) {
        return """
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
                <fo:layout-master-set><fo:simple-page-master master-name="p" page-width="3in" page-height="4in"
                  margin="0.2in"><fo:region-body/></fo:simple-page-master></fo:layout-master-set>
                <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">
                <fo:block font-family="Linux Libertine O">%s</fo:block>
                <fo:block font-family="Linux Libertine O" font-style="italic">%s</fo:block>
                </fo:flow></fo:page-sequence></fo:root>""".formatted(words, words);
    }

    private static byte[] render(FopEngine fop, String words) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        var run = fop.startRecording(pdf, new FopEngine.Messages(), agent -> agent.setCreationDate(new Date(0)));
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.newSAXParser().parse(new InputSource(new StringReader(fo(words))), run.handler());
        // FOP's file identifier differs run by run; the build fixes it as here
        return ReproduciblePdf.fix(pdf.toByteArray(), "1970-01-01T00:00:00Z");
    }

    @Test
    void eachFontIsReadOnceAndALentCopyMakesTheSamePdf() throws Exception {
        assertTrue(SharedFonts.available(), "this FOP's fonts are the ones SharedFonts knows");
        FopEngine shared = new FopEngine(Path.of("styles"));
        render(shared, "alpha beta gamma");
        FopEngine.FontWork first = shared.fontWork();
        System.out.println("first run: " + first);
        assertEquals(2, first.readByFop(), "the roman and the italic, read by FOP");
        assertEquals(0, first.lent());
        // other words, so other glyphs: the copy must start with none used (its subset is this run's own)
        byte[] second = render(shared, "zeta omega quux");
        FopEngine.FontWork after = shared.fontWork();
        System.out.println("second run: " + after);
        assertEquals(2, after.readByFop(), "no font read again");
        assertTrue(after.lent() >= 2, "the roman and the italic lent: " + after);
        byte[] alone = render(new FopEngine(Path.of("styles")), "zeta omega quux");
        assertArrayEquals(alone, second, "the PDF made with lent fonts is the one made by reading them");
    }
}
