package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fop.apps.MimeConstants;
import org.junit.jupiter.api.Test;

/**
 * FOP writes every PDF's XMP metadata through {@code TransformerFactory.newInstance()}, which looked the factory up
 * in the class path's service files each time (opening Saxon's signed jar and verifying its manifest again: about
 * 6 % of a ten-times book's CPU, one lookup per page sequence drawn). The engine names the factory once; the PDFs
 * drawn after it look nothing up, and get the factory the lookup found.
 */
class XmpFactoryLookupTest {
    private static final String SERVICE = "META-INF/services/javax.xml.transform.TransformerFactory";
    private static final String FO = """
            <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
            <fo:layout-master-set><fo:simple-page-master master-name="p" page-width="4in" page-height="4in"
              margin="0.5in"><fo:region-body/></fo:simple-page-master></fo:layout-master-set>
            <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">
            <fo:block font-family="Linux Libertine O">A page with metadata.</fo:block>
            </fo:flow></fo:page-sequence></fo:root>""";

    /** The class loader the lookups go through (the thread's context loader), counting the service files asked for. */
    private static final class CountingLoader extends ClassLoader {
        final AtomicInteger serviceLookups = new AtomicInteger();

        CountingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.equals(SERVICE)) serviceLookups.incrementAndGet();
            return super.getResources(name);
        }
    }

    @Test
    void pdfsWithXmpMetadataLookUpNoTransformerFactory() throws Exception {
        // as a user's JVM starts: no factory named (the tests' JVMs are given one in the pom)
        String key = javax.xml.transform.TransformerFactory.class.getName();
        String given = System.clearProperty(key);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        CountingLoader counting = new CountingLoader(before);
        int pdfs = 3;
        try {
            FopEngine fop = new FopEngine(Path.of("styles"));
            thread.setContextClassLoader(counting);
            for (int i = 0; i < pdfs; i++) {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                FopEngine.Messages messages = new FopEngine.Messages();
                var handler = fop.start(pdf, MimeConstants.MIME_PDF, messages,
                        agent -> agent.getRendererOptions().put("pdf-a-mode", "PDF/A-1b"));
                SaxEvents.parse(FO, handler);
                assertTrue(new String(pdf.toByteArray(), StandardCharsets.ISO_8859_1).contains("<x:xmpmeta"),
                        "the PDF has its XMP metadata: " + messages.errors);
            }
        } finally {
            thread.setContextClassLoader(before);
            if (given != null) System.setProperty(key, given);
        }
        System.out.println("service-file lookups for " + pdfs + " PDFs with XMP metadata: " + counting.serviceLookups);
        assertEquals(0, counting.serviceLookups.get(), "each PDF's metadata looked the transformer factory up again");
    }

    @Test
    void theFactoryNamedIsTheOneTheLookupFinds() {
        String key = javax.xml.transform.TransformerFactory.class.getName();
        String given = System.clearProperty(key);
        try {
            FopEngine.nameTransformerFactory();
            assertEquals(java.util.ServiceLoader.load(javax.xml.transform.TransformerFactory.class).findFirst()
                    .map(f -> f.getClass().getName()).orElseThrow(), System.getProperty(key));
        } finally {
            if (given != null) System.setProperty(key, given);
            else System.clearProperty(key);
        }
    }
}
