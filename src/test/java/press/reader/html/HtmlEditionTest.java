package press.reader.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.reader.support.TestBooks;

/** The single-file HTML edition of the small book: one page, every link inside it, styles inline, print pages. */
class HtmlEditionTest {
    static String html;
    static int printPages;
    static Path htmlFile;

    @BeforeAll
    static void build() throws Exception {
        // the small book every test shares (laid out once per run of the suite), built with its HTML edition
        TestBooks.Built mini = TestBooks.mini();
        try (Stream<Path> outputs = Files.list(mini.out())) {
            htmlFile = outputs.filter(p -> p.getFileName().toString().endsWith(".html")
                    && !p.getFileName().toString().contains("report")).findFirst().orElseThrow();
        }
        html = Files.readString(htmlFile, StandardCharsets.UTF_8);
        try (PDDocument print = Loader.loadPDF(mini.file("book.pdf").toFile())) {
            printPages = print.getNumberOfPages();
        }
    }

    @Test
    void theEditionIsOneFileNamedForTheBook() {
        assertEquals("a-small-test-book.html", htmlFile.getFileName().toString());
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
    }

    @Test
    void everyLinkInsideTheBookLeadsToAnIdOfThisPage() {
        Set<String> ids = all(Pattern.compile("\\sid=\"([^\"]+)\""));
        List<String> internal = List.copyOf(allList(Pattern.compile("href=\"#([^\"]+)\"")));
        assertTrue(internal.size() > 20, "links: " + internal.size());
        for (String target : internal) assertTrue(ids.contains(target), "no id for link #" + target);
        // No link leaves the page for a file of the EPUB.
        assertFalse(html.contains(".xhtml"), "a link to an EPUB file");
    }

    @Test
    void notesGlossaryAndIndexLinkToTheirTargets() {
        // The author's note: its call and the note, linked both ways, with the author's words.
        Matcher call = Pattern.compile("<a class=\"noteref\"[^>]*href=\"#([^\"]+)\"").matcher(html);
        assertTrue(call.find(), "no note call");
        assertTrue(html.contains("id=\"" + call.group(1) + "\""), "the note of the first call");
        assertTrue(html.contains("The author’s own note, naming"), "the note's words");
        assertTrue(Pattern.compile("class=\"glossref\"[^>]*href=\"#[^\"]+\"").matcher(html).find(), "glossary link");
        Matcher locator = Pattern.compile("epub:type=\"index-locator\" href=\"#([^\"]+)\">(\\d+)").matcher(html);
        assertTrue(locator.find(), "index locator with a print page");
    }

    @Test
    void theStylesAreInlineAndNothingIsFetched() {
        assertTrue(html.contains("<style>"), "inline style");
        assertTrue(html.contains("p.first"), "the EPUB's rules are reused");
        assertFalse(html.contains("@font-face"), "fonts stay with the EPUB");
        assertFalse(html.contains("<link rel=\"stylesheet\""), "no external stylesheet");
        assertFalse(Pattern.compile("\\ssrc=\"").matcher(html).find(), "nothing loaded from elsewhere");
    }

    @Test
    void printPageNumbersFromThePageMapStandInTheText() {
        Set<String> pages = all(Pattern.compile("role=\"doc-pagebreak\" id=\"page-(\\d+)\""));
        assertFalse(pages.isEmpty(), "no print page marker");
        assertTrue(pages.size() >= printPages / 2, pages + " of " + printPages);
    }

    @Test
    void theTitlePageAndContentsComeFirst() {
        int title = html.indexOf("class=\"book-title\"");
        int toc = html.indexOf("id=\"toc\"");
        int firstChapter = html.indexOf("role=\"doc-chapter\"");
        assertTrue(title > 0 && title < toc && toc < firstChapter, title + " " + toc + " " + firstChapter);
        assertEquals(1, html.split("<h1 class=\"book-title\"", -1).length - 1);
    }

    private static Set<String> all(Pattern p) {
        return new HashSet<>(allList(p));
    }

    private static List<String> allList(Pattern p) {
        Matcher m = p.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) found.add(m.group(1));
        return found;
    }
}
