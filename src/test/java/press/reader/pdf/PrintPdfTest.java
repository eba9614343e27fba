package press.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.support.TestBooks;

/** The real book's print PDF, read back with PDFBox. */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class PrintPdfTest {
    static final String[] CHAPTERS = {"Introduction", "The revolution was defeated", "From the dream to a nightmare",
        "The Russian Revolution and Workers Democracy", "The Significance of the Russian Revolution for Today",
        "Chronology", "Glossary", "Works Cited", "Index"};
    static PDDocument pdf;

    @BeforeAll
    static void open() throws IOException {
        pdf = Loader.loadPDF(TestBooks.real().file("degeneration.pdf").toFile());
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void everyPageHasTheTrimSizeOfBookYaml() {
        for (PDPage page : pdf.getPages()) {
            assertEquals(6 * 72f, page.getMediaBox().getWidth(), 0.5f);
            assertEquals(9 * 72f, page.getMediaBox().getHeight(), 0.5f);
        }
    }

    @Test
    void everyChapterTitleAppearsInTheText() throws IOException {
        String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        for (String title : CHAPTERS) assertTrue(text.contains(title), "missing chapter title " + title);
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        List<String> notEmbedded = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getFontNames()) {
                PDFont font = res.getFont(name);
                if (!font.isEmbedded()) notEmbedded.add(font.getName());
            }
        }
        assertEquals(List.of(), notEmbedded);
    }

    @Test
    void thereIsABookmarkForEveryChapter() {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) titles.add(item.getTitle());
        for (String chapter : CHAPTERS) {
            assertTrue(titles.stream().anyMatch(t -> t.startsWith(chapter)), "no bookmark for " + chapter + " in " + titles);
        }
    }

    /** A chapter opens on a right-hand page: an odd physical page (page 1 is a recto). */
    @Test
    void chapterOpeningsAreOnOddPages() throws IOException {
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            PDPage page = item.findDestinationPage(pdf);
            int physical = pdf.getPages().indexOf(page) + 1;
            assertEquals(1, physical % 2, item.getTitle() + " opens on page " + physical);
        }
    }

    @Test
    void metadataNamesTitleEditorAndLanguage() {
        var info = pdf.getDocumentInformation();
        assertTrue(info.getTitle().startsWith("Revolution and Degeneration"), info.getTitle());
        assertEquals("Bookpress Editions", info.getAuthor());
        assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
        assertFalse(info.getSubject() == null || info.getSubject().isBlank(), "subject");
    }

    /** Chapter openings and blank pages carry no running head; other text pages do. */
    @Test
    void runningHeadsAreAbsentOnChapterOpenings() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            int index = pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1;
            stripper.setStartPage(index);
            stripper.setEndPage(index);
            String first = stripper.getText(pdf).strip().split("\\R")[0];
            assertTrue(item.getTitle().startsWith(first.strip()) || first.strip().startsWith(item.getTitle().substring(0, 5)),
                    "page " + index + " should start with its title, not a running head: " + first);
        }
    }
}
