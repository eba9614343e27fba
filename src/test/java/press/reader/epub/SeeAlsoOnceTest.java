package press.reader.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.publish.BuildRequest;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * An index heading with several see-also targets says "See also" once, its targets joined as in print ("See also
 * Petrograd; Kronstadt"), in the EPUB and the HTML page (which is made from the EPUB's styles); the joining
 * punctuation is the word list's, which a design may set (a French design: " ; "). The words "See" and "See also" are
 * a span of class {@code index-see}, which the stock CSS sets in italic (no bare {@code <i>}: a design's CSS styles them).
 */
class SeeAlsoOnceTest {
    @TempDir
    Path tmp;

    @Test
    void severalTargetsFollowOneSeeAlso() throws IOException {
        ManuscriptCopy ms = ManuscriptCopy.of(TestBooks.MINI_MANUSCRIPT, tmp.resolve("ms"))
                .replace("index.yaml", "see-also: [Petrograd]", "see-also: [Petrograd, Kronstadt]");
        Path out = tmp.resolve("out");
        TestBooks.builder().build(new BuildRequest(ms.root(), out, Set.of("epub", "html"), TestBooks.EPOCH));
        String index = epubIndex(out);
        String page = Files.readString(output(out, ".html"), StandardCharsets.UTF_8);
        for (String text : new String[] {index, page}) {
            assertEquals("<span epub:type=\"index-xref-related\"><span class=\"index-see\">See also</span> Petrograd; Kronstadt</span>", related(text));
            assertEquals(1, count(text, "See also"), "one See also for two targets");
        }
        System.out.println("EPUB and HTML: " + related(index));
        // "See also" is the designer's to style: a class, set in italic by the EPUB's CSS, which the HTML page sets inline
        assertTrue(epubEntry(out, "OEBPS/css/book.css").contains("span.index-see { font-style: italic; }"), "EPUB CSS");
        assertTrue(page.contains("span.index-see { font-style: italic; }"), "the HTML page's CSS");
        assertEquals(0, count(index, "<i>"), "no bare <i> in the index");

        ms.replace("book.yaml", "contents:", "design: {epub: design/epub.xsl}\ncontents:")
                .write("design/epub.xsl", """
                        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                          <xsl:import href="bookpress:epub/epub.xsl"/>
                          <xsl:param name="word-see-also-separator" select="' ; '"/>
                        </xsl:stylesheet>
                        """);
        TestBooks.builder().build(new BuildRequest(ms.root(), out, Set.of("epub"), TestBooks.EPOCH));
        assertEquals("<span epub:type=\"index-xref-related\"><span class=\"index-see\">See also</span> Petrograd ; Kronstadt</span>", related(epubIndex(out)));
    }

    private static String related(String text) {
        Matcher m = Pattern.compile("<span epub:type=\"index-xref-related\">.*?</span>[^<]*</span>").matcher(text);
        assertTrue(m.find(), "no see-also in the index");
        return m.group();
    }

    private static int count(String text, String word) {
        return text.split(Pattern.quote(word), -1).length - 1;
    }

    private static Path output(Path out, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    private static String epubIndex(Path out) throws IOException {
        return epubEntry(out, "OEBPS/text/index.xhtml");
    }

    private static String epubEntry(Path out, String name) throws IOException {
        try (ZipFile zip = new ZipFile(output(out, ".epub").toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
