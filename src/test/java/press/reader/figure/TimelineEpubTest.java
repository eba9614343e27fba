package press.reader.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.adobe.epubcheck.api.EpubCheck;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EPUBCheck accepts the figure both inline in an XHTML content document and as a standalone .svg file. */
@Tag("slow")   // runs EPUBCheck on EPUBs of its own (see README, Tests)
class TimelineEpubTest {

    @Test
    void epubcheckAcceptsTheFigureInlineAndStandalone(@TempDir Path dir) throws Exception {
        String svg = serialize(TimelineFigure.draw(TimelineFigure.REAL));
        Path epub = dir.resolve("figure.epub");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(epub))) {
            stored(zip, "mimetype", "application/epub+zip");
            deflated(zip, "META-INF/container.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles><rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
                    </container>
                    """);
            deflated(zip, "OEBPS/package.opf", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id" xml:lang="en">
                      <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                        <dc:identifier id="id">urn:uuid:6f1f0c2e-7c1e-4a53-9a57-0c1a7b3f9d10</dc:identifier>
                        <dc:title>Timeline figure</dc:title>
                        <dc:language>en</dc:language>
                        <meta property="dcterms:modified">2026-01-01T00:00:00Z</meta>
                      </metadata>
                      <manifest>
                        <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                        <item id="figure" href="figure.xhtml" media-type="application/xhtml+xml" properties="svg"/>
                        <item id="svg" href="timeline.svg" media-type="image/svg+xml"/>
                      </manifest>
                      <spine><itemref idref="figure"/></spine>
                    </package>
                    """);
            deflated(zip, "OEBPS/nav.xhtml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
                      <head><title>Contents</title></head>
                      <body><nav epub:type="toc"><ol><li><a href="figure.xhtml">Timeline</a></li></ol></nav></body>
                    </html>
                    """);
            deflated(zip, "OEBPS/figure.xhtml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
                      <head><title>Timeline</title></head>
                      <body>
                        <figure>%s<figcaption>The chronology as a time line.</figcaption></figure>
                        <p><img src="timeline.svg" alt="The chronology as a time line"/></p>
                      </body>
                    </html>
                    """.formatted(svg));
            deflated(zip, "OEBPS/timeline.svg", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg);
        }
        press.reader.support.EpubCheckReport report = new press.reader.support.EpubCheckReport();
        new EpubCheck(epub.toFile(), report).doValidate();
        assertEquals(List.of(), report.problems, "EPUBCheck messages");
    }

    private static String serialize(org.w3c.dom.Document svg) throws Exception {
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter out = new StringWriter();
        t.transform(new DOMSource(svg), new StreamResult(out));
        return out.toString();
    }

    private static void stored(ZipOutputStream zip, String name, String content) throws Exception {
        byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
