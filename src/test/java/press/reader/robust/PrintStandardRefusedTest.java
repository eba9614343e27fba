package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.HangGuard;

/**
 * A PDF standard the book asks for and FOP cannot meet with the styles' configuration (PDF/X without a CMYK output
 * profile in fop.xconf) is the editor's or designer's to mend: a clear error with its fix (BP240), whichever way the
 * pages are laid out. Laid out by page sequence (every book with chapters), it was an "internal error" with FOP's
 * exception and no hint.
 */
@Tag("slow")
class PrintStandardRefusedTest {
    @TempDir
    Path tmp;

    @Test
    void pdfXWithoutAnOutputProfileIsTheBooksErrorWithItsFix() throws IOException {
        Path ms = Hostile.copyMini(tmp);
        Path book = ms.resolve("book.yaml");
        String yaml = Files.readString(book);
        Files.writeString(book, yaml.contains("print-standard:")
                ? yaml.replaceAll("(?m)^print-standard:.*$", "print-standard: pdf-x-3")
                : yaml + "\nprint-standard: pdf-x-3\n");
        Hostile.Run r = HangGuard.run(() -> Hostile.cli("build", "--quiet", "--manuscript", ms.toString(),
                "--out", tmp.resolve("out").toString(), "--format", "pdf"));
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.all().contains("[BP240]") && r.all().contains("<output-profile>"), r.all());
        assertTrue(!r.all().contains("internal error"), r.all());
        Hostile.assertNoTrace(r);
    }
}
