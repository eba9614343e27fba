package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.support.TestBooks;

/**
 * Faults: a build that fails half-way, is killed, or cannot write leaves the previous outputs exactly as they
 * were and no partial file in the output folder (only the hidden lock file and staging folders may remain). The
 * killed build is {@code ConcurrentBuildsTest}'s, killed in its cache's writing (a real process, halted as by
 * SIGKILL): the previous outputs byte for byte, its staging folder removed by the next build.
 */
@Tag("slow")   // copies the styles folder and builds into folders it breaks (see README, Tests)
class OutputFaultsTest {
    private static final String SLUG = "a-small-test-book";

    @TempDir
    Path tmp;
    Path ms;
    Path out;

    @BeforeEach
    void previousOutputs() throws IOException {
        ms = Hostile.copyMini(tmp);
        out = tmp.resolve("output");
        Files.createDirectories(out);
        for (String ext : List.of(".pdf", ".epub", ".book.xml", ".pagemap.xml")) {
            Files.writeString(out.resolve(SLUG + ext), "previous " + ext);
        }
    }

    /** The visible files of the output folder and their contents. */
    private Map<String, String> visibleOutputs() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".bookpress")) continue;    // the lock file, staging folders of this tool
                files.put(name, Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
            }
        }
        return files;
    }

    private void assertPreviousOutputsIntact() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (String ext : List.of(".pdf", ".epub", ".book.xml", ".pagemap.xml")) expected.put(SLUG + ext, "previous " + ext);
        assertEquals(expected, visibleOutputs());
    }

    private Path brokenStyles() throws IOException {
        Path styles = tmp.resolve("styles");
        try (Stream<Path> files = Files.walk(TestBooks.STYLES)) {
            for (Path p : files.toList()) {
                Path dest = styles.resolve(TestBooks.STYLES.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
        // The EPUB stage fails after the book XML has been staged: a failure half-way through the build.
        Files.writeString(styles.resolve("epub/epub.xsl"), """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:param name="out-base"/>
                  <xsl:template match="/">
                    <xsl:sequence select="error(QName('urn:test', 'boom'), 'the EPUB stage broke half-way')"/>
                  </xsl:template>
                </xsl:stylesheet>
                """);
        return styles;
    }

    @Test
    void aBuildFailingHalfWayLeavesThePreviousOutputs() throws IOException {
        Hostile.Run r = Hostile.cli("build", "--manuscript", ms.toString(), "--out", out.toString(), "--format", "epub",
                "--styles", brokenStyles().toString());
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.err().contains("the EPUB stage broke half-way"), r.all());
        Hostile.assertNoTrace(r);
        assertPreviousOutputsIntact();
        assertFalse(hasStaging(out), "the staging folder was not cleared");
    }

    @Test
    void aBrokenManuscriptDoesNotTouchTheOutputFolder() throws IOException {
        Hostile.write(ms, "essays/beta.md", "---\ntitle: B\n---\nText.[^1]\n");
        Hostile.Run r = Hostile.cli("build", "--manuscript", ms.toString(), "--out", out.toString());
        Hostile.assertClearError(r, "essays/beta.md", 4, "[^1]");
        assertPreviousOutputsIntact();
    }

    @Test
    void anOutputPathThatIsAFileGivesAClearError() throws IOException {
        Path file = tmp.resolve("not-a-folder");
        Files.writeString(file, "keep me");
        Hostile.Run r = Hostile.cli("build", "--manuscript", ms.toString(), "--out", file.toString(), "--format", "epub");
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.err().contains(file + ": error: cannot write to the output folder"), r.all());
        assertFalse(r.all().contains("\tat ") || r.all().contains("internal error"), r.all());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void anOutputPathThatIsAFileIsNamedInPlainWords() throws IOException {
        Path file = tmp.resolve("not-a-folder");
        Files.writeString(file, "keep me");
        Hostile.Run r = Hostile.cli("build", "--manuscript", ms.toString(), "--out", file.toString(), "--format", "epub");
        assertEquals(1, r.exit(), r.all());
        Hostile.assertNoTrace(r);
        assertTrue(r.err().contains("is a file, not a folder"), r.all());
    }

    @Test
    void aReadOnlyOutputFolderGivesAClearError() throws IOException {
        assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root ignores permissions: there is nothing to test then
            assumeFalse(Files.isWritable(out), "running as root: permissions are not enforced");
            Hostile.Run r = Hostile.cli("build", "--manuscript", ms.toString(), "--out", out.toString(), "--format", "epub");
            assertEquals(1, r.exit(), r.all());
            assertTrue(r.err().contains(out + ": error: cannot write to the output folder"), r.all());
            Hostile.assertNoTrace(r);
            assertPreviousOutputsIntact();
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** True if a staging folder of a build with something in it is in {@code out}. */
    private static boolean hasStaging(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                if (p.getFileName().toString().startsWith(".bookpress-staging-") && hasFiles(p)) return true;
            }
        }
        return false;
    }

    private static boolean hasFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }
}
