package press.reader.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.api.EpubCheck;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.epub.EpubReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.support.EpubCheckReport;
import press.reader.support.TestBooks;

/** The real book's EPUB, checked by EPUBCheck and read back by a common library. */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class EpubValidityTest {

    @Test
    void epubcheckFindsNoFatalErrorOrWarning() {
        Path epub = TestBooks.real().file(".epub");
        EpubCheckReport report = new EpubCheckReport();
        new EpubCheck(epub.toFile(), report).doValidate();
        assertEquals(java.util.List.of(), report.problems, "EPUBCheck messages");
        assertEquals(0, report.getFatalErrorCount() + report.getErrorCount() + report.getWarningCount());
    }

    @Test
    void mimetypeIsTheFirstEntryAndStored() throws Exception {
        Path epub = TestBooks.real().file(".epub");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            var first = zip.entries().nextElement();
            assertEquals("mimetype", first.getName());
            assertEquals(java.util.zip.ZipEntry.STORED, first.getMethod());
        }
        byte[] head = Files.readAllBytes(epub);
        assertEquals("mimetypeapplication/epub+zip", new String(head, 30, 28, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void epub4jReadsTheBookWithEveryChapter() throws Exception {
        Path epub = TestBooks.real().file(".epub");
        Book book;
        try (InputStream in = Files.newInputStream(epub)) {
            book = new EpubReader().readEpub(in);
        }
        assertEquals("Revolution and Degeneration", book.getTitle());
        String all = book.getSpine().getSpineReferences().stream().map(r -> {
            try {
                return new String(r.getResource().getData(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).reduce("", String::concat);
        for (String title : new String[] {"From the dream to a nightmare", "The Russian Revolution and Workers Democracy",
                "The Significance of the Russian Revolution for Today", "Chronology", "Glossary", "Index"}) {
            assertTrue(all.contains(title), "EPUB spine lacks " + title);
        }
    }
}
