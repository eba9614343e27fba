package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.TestBooks;

/**
 * A warm rebuild keeps divisions' XSL-FO only with the stylesheets {@link DivisionSources} was checked against: the
 * stock styles as recorded, not a copy of them with one line more in fo.xsl (a designer's read across divisions the
 * key cannot know of).
 */
class ModelledStylesheetsTest {
    private static final ModelledStylesheets.Digests SHA_256 = file -> {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    };

    @TempDir
    Path tmp;

    @Test
    void theStockStylesheetsAreTheOnesTheKeyWasCheckedAgainst() throws IOException {
        assertEquals(ModelledStylesheets.recorded(), ModelledStylesheets.current(TestBooks.STYLES, SHA_256),
                "styles/*.xsl changed: check that layout/DivisionSources still keys every read the print stylesheet "
                        + "makes across divisions, then rewrite src/main/resources/press/reader/layout/"
                        + ModelledStylesheets.RECORD + " (cd styles && sha256sum *.xsl)");
        assertTrue(ModelledStylesheets.in(TestBooks.STYLES, SHA_256));
    }

    @Test
    void aStylesFolderWithAnEditedStylesheetIsNotTheModelledOne() throws IOException {
        Path styles = Files.createDirectories(tmp.resolve("styles"));
        try (var files = Files.list(TestBooks.STYLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xsl")).toList()) {
                Files.copy(f, styles.resolve(f.getFileName()));
            }
        }
        assertTrue(ModelledStylesheets.in(styles, SHA_256), "a copy of the stock stylesheets is modelled");
        Path fo = styles.resolve("fo.xsl");
        Files.writeString(fo, Files.readString(fo).replace("</xsl:stylesheet>", "<!-- a designer's -->\n</xsl:stylesheet>"));
        assertFalse(ModelledStylesheets.in(styles, SHA_256));
        Files.copy(TestBooks.STYLES.resolve("fo.xsl"), fo, StandardCopyOption.REPLACE_EXISTING);
        Files.delete(styles.resolve("fo-notes.xsl"));
        assertFalse(ModelledStylesheets.in(styles, SHA_256), "a module missing");
    }
}
