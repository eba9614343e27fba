package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache entry made by other code must not be served: the code's fingerprint changes when a class changes. */
class CodeFingerprintTest {
    @Test
    void aChangedClassFileChangesTheFingerprintOfItsFolder(@TempDir Path classes) throws Exception {
        Path type = Files.createDirectories(classes.resolve("press/reader")).resolve("Some.class");
        Files.write(type, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(type, FileTime.fromMillis(1_000_000));
        String before = CodeFingerprint.of(classes);
        assertEquals(before, CodeFingerprint.of(classes), "the same code, the same fingerprint");
        Files.write(type, new byte[] {1, 2, 3, 4});
        Files.setLastModifiedTime(type, FileTime.fromMillis(2_000_000));
        assertNotEquals(before, CodeFingerprint.of(classes));
    }

    @Test
    void aRebuiltJarChangesTheFingerprint(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("bookpress.jar"), new byte[] {1});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        String before = CodeFingerprint.of(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
        assertNotEquals(before, CodeFingerprint.of(jar));
    }

    @Test
    void theRunningCodeHasAFingerprintAndTheCacheKeysCarryIt() {
        assertFalse(CodeFingerprint.of(BookBuilder.class).isEmpty());
        assertFalse(BookBuilder.VERSION.endsWith("+"), BookBuilder.VERSION);
    }
}
