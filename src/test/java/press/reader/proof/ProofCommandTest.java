package press.reader.proof;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import press.reader.cli.ProofCommand;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.UserError;

/** The proof command on its own (Main registers it; its error handler is the one every command shares). */
class ProofCommandTest {
    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ProofCommand());
        cl.setOut(new PrintWriter(stdout, true));
        cl.setErr(new PrintWriter(stderr, true));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (!(ex instanceof UserError ue)) throw ex;
            for (Diagnostic d : ue.diagnostics()) line.getErr().println(d.format());
            return 1;
        });
        return cl.execute(args);
    }

    @Test
    void proofsTheBookPdfInTheOutputFolder() throws IOException {
        TestPdfs.book(out.resolve("book.pdf"), 4);
        TestPdfs.book(out.resolve("book-cover.pdf"), 1);
        assertEquals(0, run("--out", out.toString(), "--dpi", "20"), stderr.toString());
        assertTrue(stdout.toString().contains("book.pdf: 3 spreads written to"), stdout.toString());
        assertTrue(Files.isRegularFile(out.resolve("proof/pages-004.png")));
    }

    @Test
    void aGivenPdfAndRange() throws IOException {
        Path pdf = TestPdfs.book(out.resolve("elsewhere.pdf"), 12);
        assertEquals(0, run("--pdf", pdf.toString(), "--out", out.toString(), "--pages", "5-6", "--dpi", "20"));
        assertTrue(stdout.toString().contains("2 spreads"), stdout.toString());
        assertTrue(Files.isRegularFile(out.resolve("proof/pages-006-007.png")));
    }

    @Test
    void aBadRangeIsReportedWithoutAStackTrace() throws IOException {
        TestPdfs.book(out.resolve("book.pdf"), 4);
        assertEquals(1, run("--out", out.toString(), "--pages", "9-2"));
        assertEquals("error: --pages 9-2: the range is backwards (9 comes after 2); write a page (5) or a range "
                + "(1-20, 30-, -12), counting from 1 [BP701]", stderr.toString().strip());
    }

    @Test
    void noPdfToProof() {
        assertEquals(1, run("--out", out.toString()));
        assertTrue(stderr.toString().contains("no book PDF here; run 'build' first or pass --pdf FILE [BP702]"),
                stderr.toString());
    }
}
