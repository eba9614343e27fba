package press.reader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.api.EpubCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.support.EpubCheckReport;
import press.reader.support.TestBooks;

/** `init DIR` writes a book that checks clean and builds at once; it never writes into a folder with files. */
class InitCommandTest {
    @TempDir
    Path tmp;

    @Tag("slow")   // builds the new book and runs EPUBCheck on it (see README, Tests)
    @Test
    void theNewBookChecksCleanAndBuildsAtOnce() throws Exception {
        Path book = tmp.resolve("my-book");
        CommandLineTest.Run r = CommandLineTest.run("init", book.toString(), "--title", "Notes: \"Quoted\" and \\ Odd",
                "--author", "Jo Writer");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote a new book in"), r.out());
        var config = TestBooks.read(book, new Diagnostics()).config();
        assertEquals("Notes: \"Quoted\" and \\ Odd", config.title());
        assertEquals("Jo Writer", config.imprint().contributors().get(0).name());

        CommandLineTest.Run check = CommandLineTest.run("check", "--manuscript", book.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().endsWith("0 error(s), 0 warning(s)\n"), "a new book has nothing to warn about: " + check.out());

        BuildResult built = TestBooks.builder().build(new BuildRequest(book, tmp.resolve("out"), Set.of("pdf", "epub"),
                TestBooks.EPOCH));
        assertEquals(List.of(), built.diagnostics().stream().filter(Diagnostic::isError).toList());
        assertTrue(built.pages() >= 4, "pages: " + built.pages());
        Path epub = built.outputs().stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        EpubCheckReport report = new EpubCheckReport();
        new EpubCheck(epub.toFile(), report).doValidate();
        assertEquals(List.of(), report.problems);
    }

    @Test
    void aFolderWithFilesIsNeverWrittenInto() throws Exception {
        Path book = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(book.resolve("book.yaml"), "mine");
        CommandLineTest.Run r = CommandLineTest.run("init", book.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: the folder is not empty"), r.err());
        assertEquals("mine", Files.readString(book.resolve("book.yaml")));
        assertEquals(1, Files.list(book).count());
    }
}
