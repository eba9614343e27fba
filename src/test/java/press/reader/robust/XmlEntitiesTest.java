package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.xml.SecureXml;
import press.reader.xml.Xslt;

/**
 * XXE: every XML parser the build uses refuses DTDs, so external entities (local files, the network), parameter
 * entities and entity-expansion bombs never get in; XInclude is not processed.
 */
class XmlEntitiesTest {
    private static final String SECRET = "zanzibar-secret-words";

    @TempDir
    Path tmp;
    String secretUri;

    @BeforeEach
    void secret() throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        secretUri = secret.toUri().toString();
    }

    private String externalEntity() {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY e SYSTEM \"" + secretUri + "\">]>\n<d>&e;</d>";
    }

    private String parameterEntity() {
        // the network variant: an external DTD on a closed local port must not even be tried
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %p;]>\n<d/>";
    }

    private static String laughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE d [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return "<?xml version=\"1.0\"?>\n" + dtd + "]>\n<d>&l9;</d>";
    }

    private static java.io.InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDomParserRefusesEveryDoctype() {
        for (String payload : new String[] {externalEntity(), parameterEntity(), laughs()}) {
            assertThrows(org.xml.sax.SAXParseException.class,
                    () -> SecureXml.documentBuilderFactory().newDocumentBuilder().parse(in(payload)));
        }
    }

    @Test
    void theSaxParserRefusesEveryDoctype() {
        for (String payload : new String[] {externalEntity(), parameterEntity(), laughs()}) {
            assertThrows(org.xml.sax.SAXParseException.class,
                    () -> SecureXml.saxParserFactory().newSAXParser().parse(in(payload), new DefaultHandler()));
        }
    }

    @Test
    void xincludeIsNotProcessed() throws Exception {
        String xml = "<d xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"" + secretUri + "\" parse=\"text\"/></d>";
        Document doc = SecureXml.documentBuilderFactory().newDocumentBuilder().parse(in(xml));
        assertFalse(doc.getDocumentElement().getTextContent().contains(SECRET));
    }

    /** Found by this suite: Xslt.parse used Saxon's default parser, which resolved external entities. */
    @Test
    void saxonParsingRefusesExternalEntities() {
        Xslt xslt = new Xslt();
        for (String payload : new String[] {externalEntity(), parameterEntity(), laughs()}) {
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> xslt.parse(new StreamSource(new StringReader(payload))));
            assertFalse(String.valueOf(e.getMessage()).contains(SECRET));
        }
    }
}
