package press.reader.robust.fuzz;

import press.reader.support.HangGuard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;
import press.reader.manuscript.FrontMatter;
import press.reader.manuscript.TextFiles;
import press.reader.robust.RobustAccess;

/**
 * Fuzzing the Markdown-with-front-matter reader: whatever a file holds, reading it either succeeds or stops with a
 * {@link UserError} whose messages name the file and a line inside it; nothing else is thrown and nothing hangs.
 * Fixed seed and bounded tries here; see {@link FuzzBudget} for a longer campaign.
 */
@AddLifecycleHook(FuzzBudget.class)
class ReaderFuzzProperties {
    private static Path manuscript;

    @BeforeContainer
    static void copyMini() throws IOException {
        manuscript = RobustAccess.copyMini(Files.createTempDirectory("robust-fuzz-reader"));
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        RobustAccess.deleteTree(manuscript.getParent());
    }

    @Provide
    Arbitrary<String> markdownFiles() {
        return Arbitraries.oneOf(Fragments.markdownFile(), Fragments.pieceFile(), Fragments.validPieceFile(),
                Fragments.validPieceFile());
    }

    @Property(tries = 1000, seed = "1917")
    void frontMatterSplitsOrRefusesWithAPlace(@ForAll("markdownFiles") String text) {
        int lines = text.split("\n", -1).length;
        try {
            FrontMatter fm = FrontMatter.split(text, "f.md");
            assertTrue(fm.bodyFirstLine() >= 2 && fm.bodyFirstLine() <= lines + 1, "body line " + fm.bodyFirstLine());
        } catch (UserError e) {
            assertLocated(e.diagnostics(), "f.md", lines);
        }
    }

    @Property(tries = 1000, seed = "1917")
    void utf8DecodingNamesTheOffendingByte(@ForAll byte[] bytes) {
        try {
            TextFiles.decodeUtf8(bytes, "f.md");
        } catch (UserError e) {
            Diagnostic d = e.diagnostics().get(0);
            assertTrue(d.message().startsWith("invalid UTF-8 at byte offset "), d.format());
            int offset = Integer.parseInt(d.message().replaceAll("^invalid UTF-8 at byte offset (\\d+).*", "$1"));
            assertTrue(offset >= 0 && offset < bytes.length, d.format());
        }
    }

    /** The whole `check` (reading, footnotes, citations, cross-references, apparatus) on a generated essay. */
    @Property(tries = 60, seed = "1917")
    void checkingAGeneratedEssayGivesOnlyDiagnostics(@ForAll("markdownFiles") String essay) throws IOException {
        Files.write(manuscript.resolve("essays/beta.md"), essay.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int lines = essay.split("\n", -1).length + 1;
        List<Diagnostic> d = HangGuard.run(() -> {
            Diagnostics all = new Diagnostics();
            try {
                RobustAccess.builder().check(manuscript, all);
            } catch (UserError e) {
                all.addAll(e.diagnostics());
            }
            return all.all();
        });
        net.jqwik.api.statistics.Statistics.label("outcome").collect(d.stream().anyMatch(Diagnostic::isError)
                ? "error " + d.stream().filter(Diagnostic::isError).findFirst().orElseThrow().code() : "clean");
        for (Diagnostic x : d) {
            assertTrue(!x.file().isEmpty() && !x.message().isBlank(), "a message without a file: " + x.format());
            if (x.file().equals("essays/beta.md")) assertTrue(x.line() <= lines, "line past the end: " + x.format());
        }
    }

    static void assertLocated(List<Diagnostic> ds, String file, int lines) {
        assertTrue(!ds.isEmpty(), "an error without a message");
        for (Diagnostic d : ds) {
            assertTrue(d.file().equals(file), "wrong file: " + d.format());
            assertTrue(d.line() >= 1 && d.line() <= lines + 1, "line outside the file (" + lines + " lines): " + d.format());
            assertTrue(!d.message().isBlank(), "empty message");
        }
    }
}
