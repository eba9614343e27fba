package press.reader.proofing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import press.reader.support.TestBooks;

/** The real book as a proofreader reads it: the book document, the text of both PDFs, the EPUB's files. */
final class RealBook {
    private static RealBook book;

    final String xml;
    /**
     * The print PDF's text, line by line as PDFBox extracts it, and the screen PDF's: each read at the first test that
     * asks for it (a second or so for each PDF of the real book), so that a test JVM whose proofing tests read only the
     * EPUB or the page images (AceRulesTest, OpeningPagesTest) extracts neither.
     */
    private String printText;
    private String screenText;
    final Map<String, String> epub = new LinkedHashMap<>();
    final Path print;
    final Path screen;

    private RealBook() throws IOException {
        var built = TestBooks.real();
        xml = Files.readString(built.file(".book.xml"));
        print = built.file("degeneration.pdf");
        screen = built.file("-screen.pdf");
        try (ZipFile zip = new ZipFile(built.file(".epub").toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                String n = e.getName();
                if (n.endsWith(".xhtml") || n.endsWith(".opf") || n.endsWith(".ncx")) {
                    epub.put(n, new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    static synchronized RealBook get() throws IOException {
        if (book == null) book = new RealBook();
        return book;
    }

    synchronized String printText() {
        if (printText == null) printText = text(print);
        return printText;
    }

    synchronized String screenText() {
        if (screenText == null) screenText = text(screen);
        return screenText;
    }

    private static String text(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with words broken at line ends joined and all white space folded to single spaces. */
    static String flat(String s) {
        return s.replaceAll("(\\p{L})-\\R(\\p{Ll})", "$1$2").replaceAll("\\s+", " ");
    }

    /** All the EPUB's XHTML content documents, joined. */
    String epubText() {
        StringBuilder sb = new StringBuilder();
        epub.forEach((name, text) -> {
            if (name.endsWith(".xhtml")) sb.append(text);
        });
        return sb.toString();
    }
}
