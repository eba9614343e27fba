package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Web links keep their exact target in both outputs, whatever characters the address has. */
@Tag("slow")   // reads the hostile book, laid out once per test JVM (see README, Tests)
class LinkTargetsTest {

    static List<String> pdfLinkTargets() throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(HostileBook.get().file(".pdf").toFile())) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u) uris.add(u.getURI());
                }
            }
        }
        return uris;
    }

    @Test
    void theEpubKeepsTheTargets() {
        String beta = HostileBook.get().xhtml().entrySet().stream().filter(e -> e.getKey().endsWith("/beta.xhtml"))
                .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
        for (String target : HostileBook.LINKS) {
            String attr = "href=\"" + target.replace("&", "&amp;") + "\"";
            assertTrue(beta.contains(attr), () -> "missing " + attr);
        }
    }

    @Test
    void thePdfKeepsTheTargets() throws IOException {
        List<String> uris = pdfLinkTargets();
        for (String target : HostileBook.LINKS) assertTrue(uris.contains(target), () -> target + " not in " + uris);
    }

    @Test
    void aTargetWithADoubleQuoteIsEncodedOnce() throws IOException {
        List<String> uris = pdfLinkTargets();
        assertTrue(uris.contains("https://example.com/say%22hi%22%20there"), uris::toString);
    }

    @Test
    void thePdfHasALinkForEveryAddress() throws IOException {
        List<String> uris = pdfLinkTargets();
        assertTrue(uris.stream().anyMatch(u -> u.startsWith("https://example.com/a%")), uris::toString);
        assertTrue(uris.stream().anyMatch(u -> u.startsWith("https://example.com/it")), uris::toString);
        assertTrue(uris.stream().anyMatch(u -> u.startsWith("https://example.com/say")), uris::toString);
    }
}
