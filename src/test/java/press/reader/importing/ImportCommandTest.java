package press.reader.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import press.reader.cli.ImportCommand;
import press.reader.diagnostics.UserError;

/** The import command: writes essays and the report; never overwrites an essay without --force. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ImportCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            if (ex instanceof UserError ue) {
                ue.diagnostics().forEach(d -> err.append(d.format()).append('\n'));
                return 1;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    private Path setUp() throws IOException {
        Path manuscript = dir.resolve("manuscript");
        Files.createDirectories(manuscript.resolve("sources"));
        Files.copy(CleanFixtures.MANUSCRIPT.resolve("rules.yaml"), manuscript.resolve("rules.yaml"));
        Path source = manuscript.resolve("sources/000_99b93fec261698d4.txt");
        Files.copy(CleanFixtures.MANUSCRIPT.resolve("sources/000_99b93fec261698d4.txt"), source);
        return source;
    }

    @Test
    void importsAnEssayAndWritesTheReport() throws IOException {
        Path source = setUp();
        Path essays = dir.resolve("manuscript/essays");
        Path report = dir.resolve("output/cleanup-report.md");
        assertEquals(0, run(source.toString(), "--into", essays.toString(), "--report", report.toString()));
        assertEquals(Files.readString(CleanFixtures.IMPORTED.resolve("defeated.md")),
                Files.readString(essays.resolve("defeated.md")));
        String md = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(md.contains("000_99b93fec261698d4.txt:5` | `article-age-notice`"), md);
        assertTrue(md.contains("fidelity: 0 unexplained"), md);
        assertTrue(Files.readString(dir.resolve("output/cleanup-report.html")).contains("<table>"));
    }

    @Test
    void anExistingEssayIsReplacedOnlyWithForceAndTheCommandSaysSo() throws IOException {
        Path source = setUp();
        Path essays = dir.resolve("manuscript/essays");
        Files.createDirectories(essays);
        Path essay = essays.resolve("defeated.md");
        Files.writeString(essay, "---\ntitle: Revised by the editor\n---\n\nText.\n");
        String report = dir.resolve("output/r.md").toString();

        assertEquals(0, run(source.toString(), "--into", essays.toString(), "--report", report));
        assertTrue(Files.readString(essay).contains("Revised by the editor"), "must not overwrite without --force");
        assertTrue(err.toString().contains("not overwritten (use --force"), err.toString());

        assertEquals(0, run(source.toString(), "--into", essays.toString(), "--report", report, "--force"));
        assertTrue(out.toString().contains("defeated.md: replaced ("), out.toString());
        assertTrue(Files.readString(dir.resolve("output/replaced/defeated.md")).contains("Revised by the editor"));
        assertTrue(Files.readString(essay).startsWith("---\ntitle: \"The revolution was defeated"));
    }

    @Test
    void aCaptureWithoutIdNeedsDashDashId() throws IOException {
        Path capture = dir.resolve("manuscript/sources/new.txt");
        setUp();
        Files.writeString(capture, "A New Essay\n\nIts text.\n");
        Path essays = dir.resolve("manuscript/essays");
        String report = dir.resolve("output/r.md").toString();
        assertEquals(1, run(capture.toString(), "--into", essays.toString(), "--report", report));
        assertTrue(err.toString().contains("IM022"), err.toString());
        assertEquals(0, run(capture.toString(), "--into", essays.toString(), "--report", report, "--id", "new-essay"));
        assertTrue(Files.readString(essays.resolve("new-essay.md")).contains("title: \"A New Essay\""));
        assertTrue(Files.readString(essays.resolve("new-essay.md")).contains("source: \"sources/new.txt\""));
    }

    @Test
    void anEmptyCaptureIsAClearError() throws IOException {
        setUp();
        Path empty = dir.resolve("manuscript/sources/empty.txt");
        Files.writeString(empty, "");
        assertEquals(1, run(empty.toString(), "--into", dir.resolve("manuscript/essays").toString(), "--id", "x",
                "--report", dir.resolve("output/r.md").toString()));
        assertTrue(err.toString().contains("empty.txt:1: error: empty capture"), err.toString());
    }
}
