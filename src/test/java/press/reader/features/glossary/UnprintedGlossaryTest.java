package press.reader.features.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.api.EpubCheck;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.support.EpubCheckReport;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;
import press.reader.support.VeraPdf;

/**
 * A book with a glossary.yaml whose book.yaml prints no glossary (no {@code glossary} in {@code contents.back}): its
 * terms print as plain text in every edition, since a link to an entry the book leaves out would lead nowhere (an
 * untagged link to page 1 in the screen PDF, which veraPDF refused as PDF/UA; a stylesheet error that stopped the
 * EPUB), and the editor is told once, at glossary.yaml (BP591).
 */
class UnprintedGlossaryTest {
    /** The small book without its front and back matter: its glossary.yaml stays, its glossary is not printed. */
    private static ManuscriptCopy withoutBackMatter(Path dir) {
        ManuscriptCopy ms = ManuscriptCopy.mini(dir);
        String yaml = ms.read("book.yaml").replaceAll("(?m)^  (front|back):.*\\n", "");
        assertFalse(yaml.contains("glossary"), yaml);
        return ms.write("book.yaml", yaml);
    }

    @Test
    void theTermsAreNotLinkedAndTheEditorIsToldOnce(@TempDir Path dir) {
        Path ms = withoutBackMatter(dir.resolve("ms")).root();
        Diagnostics diagnostics = new Diagnostics();
        String xml = TestBooks.builder().check(ms, diagnostics).getDocumentElement().getTextContent();
        String book = TestBooks.checkedBookXml(ms);
        assertEquals(Set.of(), danglingLinkends(book), "links to ids the book document does not have");
        assertFalse(book.contains("<glossterm"), "no glossary term is marked");
        assertTrue(xml.contains("soviets") && xml.contains("Krondstadt"), "the terms' words are all printed");
        List<Diagnostic> told = diagnostics.all().stream().filter(d -> d.code().equals("BP591") && d.file().equals("glossary.yaml")).toList();
        assertEquals(1, told.size(), diagnostics.all().toString());
        assertTrue(told.get(0).format().startsWith("glossary.yaml:1: warning: "), told.get(0).format());
        assertEquals(List.of(), diagnostics.all().stream().filter(d -> d.code().equals("BP140")).toList(),
                "no entry is said to be unused one by one: the whole glossary is not printed");
    }

    @Test
    void aPrintedGlossaryStillLinksItsTerms() {
        String book = TestBooks.checkedBookXml(TestBooks.MINI_MANUSCRIPT);
        assertTrue(book.contains("<glossterm linkend=\"gl-soviet\">"), "the mini book prints its glossary");
        assertEquals(Set.of(), danglingLinkends(book));
    }

    /** Every edition of the book: no link to a missing place, the screen PDF PDF/UA-1, the EPUB clean. */
    @Test
    @Tag("slow")   // builds every edition of a book of its own
    void noEditionLinksToTheGlossaryItDoesNotPrint(@TempDir Path dir) throws Exception {
        Path ms = withoutBackMatter(dir.resolve("ms")).root();
        Path out = dir.resolve("out");
        BuildResult r = TestBooks.builder().build(new BuildRequest(ms, out, Set.of("pdf", "screen", "epub", "html"), TestBooks.EPOCH));
        assertEquals(List.of(), r.diagnostics().stream().filter(Diagnostic::isError).toList());
        Path screen = file(out, "-screen.pdf");
        Path print = file(out, "book.pdf");
        List<String> screenLinks = linkedWords(screen);
        List<String> printLinks = linkedWords(print);
        System.out.println("linked words: screen " + screenLinks + ", print " + printLinks);
        for (List<String> words : List.of(screenLinks, printLinks)) {
            assertTrue(words.stream().noneMatch(w -> w.contains("soviet") || w.contains("Krondstadt")), words.toString());
        }
        assertEquals(List.of(), VeraPdf.failures(screen, PDFAFlavour.PDFUA_1));
        EpubCheckReport report = new EpubCheckReport();
        new EpubCheck(file(out, ".epub").toFile(), report).doValidate();
        assertEquals(List.of(), report.problems, "EPUBCheck messages");
        String html = Files.readString(file(out, ".html"));
        Set<String> missing = new LinkedHashSet<>();
        Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        while (href.find()) if (!html.contains("id=\"" + href.group(1) + "\"")) missing.add(href.group(1));
        assertEquals(Set.of(), missing, "the HTML page's links to ids it does not have");
        assertFalse(html.contains("gl-"), "no glossary link in the HTML page");
    }

    /** The ids a {@code linkend} of the book document names that no element of it has. */
    private static Set<String> danglingLinkends(String book) {
        Set<String> missing = new LinkedHashSet<>();
        Matcher m = Pattern.compile("linkend=\"([^\"]+)\"").matcher(book);
        while (m.find()) if (!book.contains("xml:id=\"" + m.group(1) + "\"")) missing.add(m.group(1));
        return missing;
    }

    /** The words under each link annotation of {@code pdf}, page by page. */
    private static List<String> linkedWords(Path pdf) throws IOException {
        List<String> words = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                List<PDAnnotation> annotations = page.getAnnotations();
                float height = page.getMediaBox().getHeight();
                int n = 0;
                for (PDAnnotation a : annotations) {
                    if (!(a instanceof PDAnnotationLink)) continue;
                    PDRectangle r = a.getRectangle();
                    stripper.addRegion("l" + n++, new Rectangle2D.Float(r.getLowerLeftX(), height - r.getUpperRightY(),
                            r.getWidth(), r.getHeight()));
                }
                stripper.extractRegions(page);
                for (int i = 0; i < n; i++) words.add(stripper.getTextForRegion("l" + i).strip());
            }
        }
        return words;
    }

    private static Path file(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted(Comparator.naturalOrder())
                    .findFirst().orElseThrow(() -> new AssertionError("no output ending in " + suffix + " in " + dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
