package press.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/** What a reader expects of a book's pages, measured on the real book. */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class BookTypographyTest {
    static List<String> pageTexts = new ArrayList<>();
    static Map<String, Integer> pageOf = new HashMap<>();
    static String bookXml;

    @BeforeAll
    static void read() throws Exception {
        var built = TestBooks.real();
        try (PDDocument doc = Loader.loadPDF(built.file("degeneration.pdf").toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pageTexts.add(s.getText(doc).strip());
            }
        }
        Matcher m = Pattern.compile("<a id=\"([^\"]+)\" n=\"(\\d+)\"").matcher(Files.readString(built.file(".pagemap.xml")));
        while (m.find()) pageOf.put(m.group(1), Integer.parseInt(m.group(2)));
        bookXml = Files.readString(built.file(".book.xml"));
    }

    @Test
    void fopReportsNoOverfullLineOrOverflowingPage() {
        List<String> overflows = TestBooks.real().fopWarnings().stream()
                .filter(w -> w.contains("overflow") || w.contains("exceed")).toList();
        assertEquals(List.of(), overflows);
    }

    /** Blank pages: only a left-hand page before a right-hand opening, or the padding at the very end. */
    @Test
    void blankPagesAreLeftHandPagesBeforeAnOpening() {
        int last = pageTexts.size();
        while (last > 0 && pageTexts.get(last - 1).isEmpty()) last--;
        for (int p = 1; p <= last; p++) {
            if (!pageTexts.get(p - 1).isEmpty()) continue;
            assertEquals(0, p % 2, "blank page " + p + " is a right-hand page");
            assertTrue(p < last && !pageTexts.get(p).isEmpty(), "blank page " + p + " is not followed by an opening");
        }
    }

    @Test
    void thePageCountIsAMultipleOfTheSignature() {
        assertEquals(0, pageTexts.size() % 4, pageTexts.size() + " pages, signature 4");
    }

    /** A heading is never the last thing on its page: the first paragraph of its section starts on the same page. */
    @Test
    void noHeadingIsStrandedAtTheFootOfAPage() {
        Matcher m = Pattern.compile("<section xml:id=\"([^\"]+)\">\\s*<title>[^<]*(?:<[^>]+>[^<]*)*?</title>\\s*<para xml:id=\"([^\"]+)\"")
                .matcher(bookXml);
        int checked = 0;
        while (m.find()) {
            assertEquals(pageOf.get(m.group(1)), pageOf.get(m.group(2)), "heading " + m.group(1) + " and its first paragraph");
            checked++;
        }
        assertTrue(checked > 20, checked + " headings");
    }

    @Test
    void chaptersDoNotStartWithARunningHead() {
        for (String id : Set.of("defeated", "nielsen", "weissman", "significance", "degeneration")) {
            String text = pageTexts.get(pageOf.get(id) - 1);
            assertTrue(!text.startsWith("Revolution and Degeneration"), id + " opening carries a running head");
        }
    }

    @Test
    void aSignatureIsFilledWithBlankPagesAtTheEnd(@TempDir Path tmp) throws Exception {
        var ms = ManuscriptCopy.mini(tmp.resolve("ms"));
        ms.replace("book.yaml", "blurb:", "signature: 16\nblurb:");
        BuildResult r = TestBooks.builder().build(new BuildRequest(ms.root(), tmp.resolve("out"), Set.of("pdf"), TestBooks.EPOCH));
        assertEquals(0, r.pages() % 16, r.pages() + " pages");
        try (PDDocument doc = Loader.loadPDF(tmp.resolve("out/a-small-test-book.pdf").toFile())) {
            assertEquals(r.pages(), doc.getNumberOfPages());
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(doc.getNumberOfPages());
            s.setEndPage(doc.getNumberOfPages());
            assertEquals("", s.getText(doc).strip(), "the last page is a blank");
        }
    }
}
