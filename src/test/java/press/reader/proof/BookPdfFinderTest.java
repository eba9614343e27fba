package press.reader.proof;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.UserError;

class BookPdfFinderTest {
    @TempDir
    Path out;

    @Test
    void takesTheNewestBookPdfButNeverCoverOrScreen() throws IOException {
        touch("old-book.pdf", 1000);
        touch("book.pdf", 2000);
        touch("book-cover.pdf", 3000);
        touch("book-screen.pdf", 4000);
        touch("book.epub", 5000);
        assertEquals(out.resolve("book.pdf"), BookPdfFinder.find(out));
    }

    @Test
    void noPdfIsAUserError() throws IOException {
        touch("book-cover.pdf", 1000);
        UserError e = assertThrows(UserError.class, () -> BookPdfFinder.find(out));
        assertEquals(out + ": error: no book PDF here; run 'build' first or pass --pdf FILE [BP702]",
                e.diagnostics().get(0).format());
    }

    private void touch(String name, long millis) throws IOException {
        Path p = Files.writeString(out.resolve(name), "x");
        Files.setLastModifiedTime(p, FileTime.fromMillis(millis));
    }
}
