package press.reader.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The tests that only read the book document make it without a build: it must be the document a build writes. */
class BookXmlTest {
    @Test
    void theDocumentMadeWithoutABuildIsTheOneTheBuildWrites() throws Exception {
        String built = Files.readString(TestBooks.mini().file(".book.xml"), StandardCharsets.UTF_8);
        String made = TestBooks.bookXml(TestBooks.MINI_MANUSCRIPT);
        assertEquals(built.length(), made.length(), "characters");
        assertEquals(built, made);
        System.out.println("book document of the small book: " + made.length() + " characters, the same as the build's");
    }
}
