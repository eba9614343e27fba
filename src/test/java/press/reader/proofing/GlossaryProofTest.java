package press.reader.proofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Glossary terms: no mark in print; the screen PDF and the EPUB link the first occurrence in each essay. */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class GlossaryProofTest {
    private static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }

    @Test
    void thePrintedTextCarriesNoGlossaryMark() throws IOException {
        assertEquals(0, count(RealBook.get().printText(), "°"), "glossary marks in print");
        assertEquals(0, count(RealBook.get().screenText(), "°"), "the screen PDF has the same lines: links, no marks");
        // and those lines were read: no mark in a screen PDF whose text cannot be extracted proves nothing
        assertTrue(RealBook.flat(RealBook.get().screenText()).contains("Terms are not marked in the printed text"),
                "the screen PDF's text");
    }

    @Test
    void howToUseThisReaderSaysSo() throws IOException {
        String print = RealBook.flat(RealBook.get().printText());
        assertTrue(print.contains("Terms are not marked in the printed text: look up any unfamiliar word at the back."));
    }

    @Test
    void theScreenPdfAndTheEpubLinkEveryFirstOccurrence() throws IOException {
        int terms = count(RealBook.get().xml, "<glossterm linkend=");
        assertTrue(terms > 100, "first occurrences in the book document: " + terms);
        int links = 0;
        try (PDDocument doc = Loader.loadPDF(RealBook.get().screen.toFile())) {
            int first = -1;
            int end = -1;
            for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
                int page = doc.getPages().indexOf(top.findDestinationPage(doc));
                if (first >= 0 && end < 0) end = page;
                if (top.getTitle().equals("Glossary")) first = page;
            }
            assertTrue(first > 0 && end > first, "the glossary's pages " + first + "–" + end);
            for (PDPage page : doc.getPages()) {
                if (doc.getPages().indexOf(page) >= first) break;
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go
                            && go.getDestination() instanceof PDPageDestination d) {
                        int target = d.retrievePageNumber();
                        if (target >= first && target < end) links++;
                    }
                }
            }
        }
        assertTrue(links >= terms, "glossary links in the screen PDF: " + links + " for " + terms + " terms");
        Matcher m = Pattern.compile("<a class=\"glossref\" epub:type=\"glossref\" role=\"doc-glossref\" href=\"[^\"]+#gl-")
                .matcher(RealBook.get().epubText());
        int epubLinks = 0;
        while (m.find()) epubLinks++;
        assertEquals(terms, epubLinks, "EPUB glossary links");
    }
}
