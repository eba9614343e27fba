package press.reader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A class path made archivable: folders as jars, signed jars without their signatures, other jars as they are. */
class ArchivableJarsTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderBecomesAJarOfTheSameFilesAndASignedJarLosesOnlyItsSignature() throws IOException {
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes.resolve("a/b"));
        Files.writeString(classes.resolve("a/b/C.class"), "class bytes");
        Files.writeString(classes.resolve("styles.xsl"), "<xsl/>");
        Path signed = zip(tmp.resolve("signed.jar"), Map.of("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n",
                "META-INF/SAXONICA.SF", "sig", "META-INF/SAXONICA.RSA", "key", "net/S.class", "saxon"));
        Path plain = zip(tmp.resolve("plain.jar"), Map.of("p/P.class", "plain"));
        assertTrue(ArchivableJars.isSigned(signed));
        assertFalse(ArchivableJars.isSigned(plain));

        List<Path> jars = ArchivableJars.prepare(List.of(classes, signed, plain), tmp.resolve("out"));

        assertEquals(3, jars.size());
        assertEquals(Map.of("a/b/C.class", "class bytes", "styles.xsl", "<xsl/>"), entries(jars.get(0)));
        assertEquals(Map.of("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n", "net/S.class", "saxon"), entries(jars.get(1)));
        assertFalse(ArchivableJars.isSigned(jars.get(1)));
        assertEquals(plain, jars.get(2), "an unsigned jar is used where it is");
        try (var left = Files.list(tmp.resolve("out"))) {
            assertEquals(2, left.count(), "no partial files left behind");
        }
    }

    @Test
    void theFingerprintChangesWithAnyFileOfTheFolderAndWithTheJava() throws IOException {
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        Path c = Files.writeString(classes.resolve("C.class"), "one");
        Path jar = zip(tmp.resolve("dep.jar"), Map.of("D.class", "d"));
        List<Path> cp = List.of(classes, jar);
        String first = ArchivableJars.fingerprint(cp, "java 17");
        assertEquals(first, ArchivableJars.fingerprint(cp, "java 17"), "nothing changed");
        assertNotEquals(first, ArchivableJars.fingerprint(cp, "java 17.0.99"));

        Files.setLastModifiedTime(c, FileTime.fromMillis(Files.getLastModifiedTime(c).toMillis() + 2000));
        String touched = ArchivableJars.fingerprint(cp, "java 17");
        assertNotEquals(first, touched, "a recompiled class");
        Files.writeString(classes.resolve("New.class"), "new");
        assertNotEquals(touched, ArchivableJars.fingerprint(cp, "java 17"), "a new class");
    }

    private static Path zip(Path jar, Map<String, String> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : new TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes());
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static Map<String, String> entries(Path jar) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                assertEquals(ZipEntry.STORED, e.getMethod(), "stored, not compressed: " + e.getName());
                entries.put(e.getName(), new String(zip.getInputStream(e).readAllBytes()));
            }
        }
        return entries;
    }
}
