package press.reader.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.TestBooks;

/** The command line as a user meets it: help, version, usage errors, and mistakes in the manuscript. */
class CommandLineTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(TestBooks::workshopFor, args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String c : new String[] {"build", "check", "import"}) assertTrue(r.out().contains(c), r.out());
    }

    @Test
    void versionIsPrinted() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("bookpress "), r.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("build", "--colour", "red");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("build", "--format", "docx", "--manuscript", "src/test/resources/manuscripts/mini");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown format 'docx'"), r.err());
    }

    private Path copyMini() throws IOException {
        return press.reader.support.ManuscriptCopy.mini(tmp.resolve("ms")).root();
    }

    /** Builds once (good), breaks the manuscript, builds again: error at file:line, exit 1, outputs untouched. */
    private Run breakAndBuild(java.util.function.Consumer<Path> breakIt) throws IOException {
        Path ms = copyMini();
        Path out = tmp.resolve("out");
        assertEquals(0, run("build", "--manuscript", ms.toString(), "--out", out.toString(), "--format", "epub").code());
        Path epub = out.resolve("a-small-test-book.epub");
        byte[] before = Files.readAllBytes(epub);
        breakIt.accept(ms);
        Run r = run("build", "--manuscript", ms.toString(), "--out", out.toString(), "--format", "epub");
        assertNotEquals(0, r.code());
        assertArrayEquals(before, Files.readAllBytes(epub), "previous EPUB must be left intact");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(java.util.List.of("a-small-test-book.book.xml", "a-small-test-book.epub"),
                    files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList());
        }
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        return r;
    }

    private static void write(Path p, String text) {
        try {
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMissingFileNamedInBookYamlIsReportedAtItsLine() throws IOException {
        Run r = breakAndBuild(ms -> write(ms.resolve("book.yaml"), readString(ms.resolve("book.yaml"))
                .replace("essays/beta.md", "essays/gamma.md")));
        assertTrue(r.err().contains("book.yaml:13: error: file named in contents not found: essays/gamma.md"), r.err());
    }

    @Test
    void malformedYamlIsReportedAtItsLine() throws IOException {
        Run r = breakAndBuild(ms -> write(ms.resolve("glossary.yaml"), "- term: soviet\n  definition: [unclosed\n"));
        assertTrue(r.err().matches("(?s).*glossary.yaml:\\d+: error: malformed YAML.*"), r.err());
    }

    @Test
    void anUnknownFrontMatterKeyIsReportedAtItsLine() throws IOException {
        Run r = breakAndBuild(ms -> write(ms.resolve("essays/beta.md"), readString(ms.resolve("essays/beta.md"))
                .replace("date: 1921", "date: 1921\nauthr: Someone")));
        assertTrue(r.err().contains("essays/beta.md:6: error: unknown key 'authr'"), r.err());
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
