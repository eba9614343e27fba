package press.reader.watch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.TestBooks;

/** The editor's loop end to end on the small test book (EPUB only, to be quick): save, break, recover. */
@Tag("slow")   // rebuilds a book on saves, with a folder watcher (see README, Tests)
class RebuildOnSaveTest {
    private static final Path MINI = Path.of("src/test/resources/manuscripts/mini");
    private static final Path STYLES = Path.of("styles");
    private static final Duration WAIT = Duration.ofSeconds(60); // returns at the first event: a hang guard, not a speed limit

    @TempDir
    Path dir;

    @Test
    void aBrokenEditIsReportedKeepsTheLastGoodOutputAndTheNextSaveRecovers() throws Exception {
        Path manuscript = dir.resolve("manuscript");
        copyTree(MINI, manuscript);
        Path out = dir.resolve("output");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        AtomicInteger builders = new AtomicInteger();
        Rebuilder rebuilder = new Rebuilder(() -> {
            builders.incrementAndGet();
            return TestBooks.newBuilder();   // a builder of its own over the test JVM's warm parts of the stock styles
        }, manuscript, out, Set.of("epub"), () -> 1767225600L, STYLES, new PrintWriter(stdout), new PrintWriter(stderr));

        assertTrue(rebuilder.buildFirst().ok(), stderr.toString());
        Path epub = epubIn(out);
        byte[] good = Files.readAllBytes(epub);

        try (FolderWatcher watcher = new FolderWatcher(List.of(manuscript), FolderWatcher.ignoring(out))) {
            WatchSession<Rebuilder.Outcome> session = new WatchSession<>(watcher, rebuilder::rebuild, WatchSession.DEBOUNCE);
            Path alpha = manuscript.resolve("essays/alpha.md");
            String text = Files.readString(alpha, StandardCharsets.UTF_8);

            // A misspelt front-matter key in the middle of an edit: an error with file and line, outputs untouched.
            Files.writeString(alpha, text.replaceFirst("title:", "titel:"), StandardCharsets.UTF_8);
            Rebuilder.Outcome broken = session.runOnce(WAIT).orElseThrow();
            assertFalse(broken.ok());
            assertTrue(stderr.toString().contains("alpha.md:"), stderr.toString());
            assertTrue(stderr.toString().contains("last good outputs are kept"), stderr.toString());
            assertArrayEquals(good, Files.readAllBytes(epub), "the last good EPUB was touched");
            assertEquals(List.of(epub), epubs(out));

            // The next save recovers, with a change that shows in the EPUB.
            Files.writeString(alpha, text.replace("Vladiwostok", "*Vladiwostok*"), StandardCharsets.UTF_8);
            Rebuilder.Outcome fixed = session.runOnce(WAIT).orElseThrow();
            assertTrue(fixed.ok(), stderr.toString());
            assertNotEquals(new String(good, StandardCharsets.ISO_8859_1),
                    new String(Files.readAllBytes(epub), StandardCharsets.ISO_8859_1), "the EPUB was not rebuilt");
            assertTrue(stdout.toString().contains("changed essays/alpha.md"), stdout.toString());
            assertTrue(stdout.toString().contains("rebuilt "), stdout.toString());
        }
        assertEquals(1, builders.get(), "the builder must stay warm: one for the whole session");
    }

    /**
     * Counts the builders the rebuilder asks for: what it decides from the changed paths alone (a manuscript file keeps
     * the builder, the styles' fop.xconf needs a fresh one). The builders are new ones over the test JVM's warm parts of
     * the stock styles, whose folder the changes are reported in: no styles folder copied, no stylesheets compiled and
     * no fonts read again for a count.
     */
    @Test
    void aChangedFopConfigurationGetsAFreshBuilder() throws Exception {
        Path manuscript = dir.resolve("manuscript");
        copyTree(MINI, manuscript);
        AtomicInteger builders = new AtomicInteger();
        StringWriter sink = new StringWriter();
        Rebuilder rebuilder = new Rebuilder(() -> {
            builders.incrementAndGet();
            return TestBooks.newBuilder();
        }, manuscript, dir.resolve("out"), Set.of("epub"), () -> 0L, STYLES, new PrintWriter(sink), new PrintWriter(sink));

        assertTrue(rebuilder.buildFirst().ok(), sink.toString());
        assertTrue(rebuilder.rebuild(Set.of(manuscript.resolve("essays/alpha.md"))).ok(), sink.toString());
        assertEquals(1, builders.get());
        assertTrue(rebuilder.rebuild(Set.of(STYLES.resolve("fop.xconf"))).ok(), sink.toString());
        assertEquals(2, builders.get());
        assertTrue(rebuilder.rebuild(Set.of(STYLES.resolve("fonts/any-font.ttf"))).ok(), sink.toString());
        assertEquals(3, builders.get(), "a font of the styles changed");
    }

    private static Path epubIn(Path out) throws IOException {
        List<Path> found = epubs(out);
        assertEquals(1, found.size(), "EPUBs in " + out + ": " + found);
        return found.get(0);
    }

    private static List<Path> epubs(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.toString().endsWith(".epub")).toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path p : tree.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }
}
