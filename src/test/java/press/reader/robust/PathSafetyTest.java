package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.reader.robust.Hostile.piece;
import static press.reader.robust.Hostile.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manuscript may come from a stranger: no name it gives (contents entries, headnotes, apparatus files, a
 * capture's {@code source:}) may make the build read a file outside the manuscript folder, and nothing of such
 * a file may appear in a message. The "secret" file sits next to the manuscript, where a {@code ..} or a
 * symbolic link reaches it.
 */
class PathSafetyTest {
    private static final String SECRET = "zanzibar-secret-words";

    @TempDir
    Path tmp;
    Path ms;
    Path secretPiece;
    Path secretText;

    @BeforeEach
    void setUp() throws IOException {
        ms = Hostile.copyMini(tmp);
        secretPiece = tmp.resolve("secret.md");
        Files.writeString(secretPiece, piece("Secret", SECRET + "\n"));
        secretText = tmp.resolve("secret.txt");
        Files.writeString(secretText, SECRET + " " + SECRET + "\n");
    }

    private void contentsNames(String name) {
        write(ms, "book.yaml", Hostile.read(ms.resolve("book.yaml")).replace("essays/beta.md", name));
    }

    private void assertRefused(Hostile.Run r, String file, int line) {
        Hostile.assertClearError(r, file, line, "outside the manuscript folder");
        assertFalse(r.all().contains(SECRET), () -> "the outside file was read:\n" + r.all());
    }

    @Test
    void dotDotInContentsIsRefused() {
        contentsNames("../secret.md");
        assertRefused(Hostile.check(ms), "book.yaml", 13);
    }

    @Test
    void etcPasswdIsRefused() {
        contentsNames("../../../../../../etc/passwd");
        assertRefused(Hostile.check(ms), "book.yaml", 13);
    }

    @Test
    void anAbsolutePathIsRefused() {
        contentsNames(secretPiece.toAbsolutePath().toString());
        assertRefused(Hostile.check(ms), "book.yaml", 13);
    }

    @Test
    void aDotDotThatComesBackInsideIsAllowed() {
        contentsNames("essays/../essays/beta.md");
        Hostile.Run r = Hostile.check(ms);
        assertTrue(r.exit() == 0, r.all());
    }

    @Test
    void aSymlinkedEssayLeadingOutIsRefused() throws IOException {
        Files.delete(ms.resolve("essays/beta.md"));
        Files.createSymbolicLink(ms.resolve("essays/beta.md"), secretPiece);
        assertRefused(Hostile.check(ms), "book.yaml", 13);
    }

    @Test
    void aSymlinkedFolderLeadingOutIsRefused() throws IOException {
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.copy(secretPiece, tmp.resolve("elsewhere/beta.md"));
        Files.createSymbolicLink(ms.resolve("linked"), tmp.resolve("elsewhere"));
        contentsNames("linked/beta.md");
        assertRefused(Hostile.check(ms), "book.yaml", 13);
    }

    @Test
    void aSymlinkedHeadnoteLeadingOutIsRefusedAndNamed() throws IOException {
        Files.delete(ms.resolve("headnotes/alpha.md"));
        Files.createSymbolicLink(ms.resolve("headnotes/alpha.md"), secretPiece);
        Hostile.Run r = Hostile.check(ms);
        assertEquals1(r);
        assertTrue(r.all().startsWith("headnotes/alpha.md: error: ") && r.all().contains("symbolic link"), r.all());
        assertFalse(r.all().contains(SECRET), r.all());
    }

    @Test
    void aSymlinkedApparatusFileLeadingOutIsRefused() throws IOException {
        Path outside = tmp.resolve("glossary.yaml");
        Files.writeString(outside, "- term: " + SECRET + "\n  definition: x\n");
        Files.delete(ms.resolve("glossary.yaml"));
        Files.createSymbolicLink(ms.resolve("glossary.yaml"), outside);
        Hostile.Run r = Hostile.check(ms);
        assertEquals1(r);
        assertTrue(r.all().contains("glossary.yaml: error: ") && r.all().contains("symbolic link"), r.all());
        assertFalse(r.all().contains(SECRET), r.all());
    }

    /** Found by this suite: bibliography.json was read through a symbolic link without a check. */
    @Test
    void aSymlinkedBibliographyLeadingOutIsRefused() throws IOException {
        Path outside = tmp.resolve("bib.json");
        Files.writeString(outside, "{\"" + SECRET + "\": 1}");
        Files.deleteIfExists(ms.resolve("bibliography.json"));
        Files.createSymbolicLink(ms.resolve("bibliography.json"), outside);
        Hostile.Run r = Hostile.check(ms);
        assertEquals1(r);
        assertTrue(r.all().contains("bibliography.json: error: ") && r.all().contains("symbolic link"), r.all());
        assertFalse(r.all().contains(SECRET), r.all());
    }

    /**
     * Found by this suite: an essay's {@code source:} was resolved without a check, so the fidelity check read
     * /etc/passwd (or any file) and quoted its words in its messages.
     */
    @Test
    void aSourceCaptureOutsideTheManuscriptIsRefused() throws IOException {
        Files.copy(Path.of("manuscript/rules.yaml"), ms.resolve("rules.yaml"));
        write(ms, "essays/beta.md", "---\ntitle: B\nsource: ../secret.txt\n---\nText.\n");
        assertRefused(Hostile.check(ms), "essays/beta.md", 3);
    }

    @Test
    void aSourceCaptureGivenAsAnAbsolutePathIsRefused() throws IOException {
        Files.copy(Path.of("manuscript/rules.yaml"), ms.resolve("rules.yaml"));
        write(ms, "essays/beta.md", "---\ntitle: B\nsource: " + secretText.toAbsolutePath() + "\n---\nText.\n");
        assertRefused(Hostile.check(ms), "essays/beta.md", 3);
    }

    @Test
    void aSymlinkedSourceCaptureLeadingOutIsRefused() throws IOException {
        Files.copy(Path.of("manuscript/rules.yaml"), ms.resolve("rules.yaml"));
        Files.createDirectories(ms.resolve("sources"));
        Files.createSymbolicLink(ms.resolve("sources/x.txt"), secretText);
        write(ms, "essays/beta.md", "---\ntitle: B\nsource: sources/x.txt\n---\nText.\n");
        Hostile.Run r = Hostile.check(ms);
        assertEquals1(r);
        assertTrue(r.all().contains("essays/beta.md:3: error: ") && r.all().contains("symbolic link"), r.all());
        assertFalse(r.all().contains(SECRET), r.all());
    }

    @Test
    void aSymlinkedRulesFileLeadingOutIsRefused() throws IOException {
        Path outside = tmp.resolve("rules.yaml");
        Files.writeString(outside, "format: 1\nstructure: {" + SECRET + ": 1}\n");
        Files.createSymbolicLink(ms.resolve("rules.yaml"), outside);
        Files.createDirectories(ms.resolve("sources"));
        Files.writeString(ms.resolve("sources/x.txt"), "Text.\n");
        write(ms, "essays/beta.md", "---\ntitle: B\nsource: sources/x.txt\n---\nText.\n");
        Hostile.Run r = Hostile.check(ms);
        assertEquals1(r);
        assertTrue(r.all().contains("rules.yaml: error: ") && r.all().contains("symbolic link"), r.all());
        assertFalse(r.all().contains(SECRET), r.all());
    }

    @Test
    void aCitationStyleCannotNameAFile() {
        write(ms, "bibliography.json", "[{\"id\": \"a\", \"type\": \"book\", \"title\": \"T\"}]");
        write(ms, "book.yaml", Hostile.read(ms.resolve("book.yaml")) + "citation-style: ../../../../etc/passwd\n");
        Hostile.Run r = Hostile.check(ms);
        Hostile.assertClearError(r, "book.yaml", 15, "unknown citation style");
        assertFalse(r.all().contains("root:"), r.all());
    }

    private static void assertEquals1(Hostile.Run r) {
        org.junit.jupiter.api.Assertions.assertEquals(1, r.exit(), r.all());
        Hostile.assertNoTrace(r);
    }
}
