package press.reader.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledStylesTest {
    private static final FileTime PACKED = FileTime.fromMillis(1_700_000_000_000L);

    @TempDir Path dir;

    private Path jar(String name, Map<String, String> files) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var f : new TreeMap<>(files).entrySet()) {
                ZipEntry e = new ZipEntry(f.getKey());
                e.setLastModifiedTime(PACKED);
                zip.putNextEntry(e);
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private Path bookpressJar() throws IOException {
        return jar("bookpress.jar", Map.of("styles/fo.xsl", "<xsl/>", "styles/fonts/A.otf", "font bytes",
                "press/Main.class", "not styles"));
    }

    @Test
    void theStylesAreUnpackedBesideTheJarOnceAndKeptForTheNextRun() throws Exception {
        Path jar = bookpressJar();
        Path first = BundledStyles.unpacked(jar);
        assertEquals(dir.resolve("bookpress-styles"), first.getParent());
        assertEquals("<xsl/>", Files.readString(first.resolve("fo.xsl")));
        assertEquals("font bytes", Files.readString(first.resolve("fonts/A.otf")));
        assertFalse(Files.exists(first.resolve("press")), "only the styles are unpacked");
        // the jar's time, so that the launcher's kept digests take the fonts at once
        assertEquals(PACKED.toMillis(), Files.getLastModifiedTime(first.resolve("fonts/A.otf")).toMillis());

        Object inode = Files.readAttributes(first.resolve("fonts/A.otf"), BasicFileAttributes.class).fileKey();
        Path second = BundledStyles.unpacked(jar);
        assertEquals(first, second);
        assertEquals(inode, Files.readAttributes(second.resolve("fonts/A.otf"), BasicFileAttributes.class).fileKey(),
                "the kept file, not a new copy");
    }

    @Test
    void aFolderMissingAFileOrWithAFileCutShortIsUnpackedAgain() throws Exception {
        Path jar = bookpressJar();
        Path folder = BundledStyles.unpacked(jar);
        Files.delete(folder.resolve("fo.xsl"));
        assertEquals(folder, BundledStyles.unpacked(jar));
        assertEquals("<xsl/>", Files.readString(folder.resolve("fo.xsl")));

        Files.writeString(folder.resolve("fonts/A.otf"), "font");
        BundledStyles.unpacked(jar);
        assertEquals("font bytes", Files.readString(folder.resolve("fonts/A.otf")));
    }

    @Test
    void aHalfUnpackedFolderWithoutItsMarkIsNotUsed() throws Exception {
        Path jar = bookpressJar();
        var entries = BundledStyles.entries(jar);
        Path folder = dir.resolve("bookpress-styles").resolve(BundledStyles.key(entries));
        Files.createDirectories(folder.resolve("fonts"));
        Files.writeString(folder.resolve("fo.xsl"), "<xsl/>");
        Files.writeString(folder.resolve("fonts/A.otf"), "font bytes");
        assertFalse(BundledStyles.whole(folder, entries), "no mark: an unpacking that stopped half-way");
        assertEquals(folder, BundledStyles.unpacked(jar));
        assertTrue(BundledStyles.whole(folder, entries));
    }

    @Test
    void anotherBuildOfTheJarGetsAFolderOfItsOwnAndTheOldOneIsLeftToTheProcessesUsingIt() throws Exception {
        Path old = BundledStyles.unpacked(bookpressJar());
        Path jar = jar("bookpress.jar",
                Map.of("styles/fo.xsl", "<xsl version='2'/>", "styles/fonts/A.otf", "font bytes"));
        Path now = BundledStyles.unpacked(jar);
        assertNotEquals(old, now);
        assertEquals("<xsl version='2'/>", Files.readString(now.resolve("fo.xsl")));
        assertEquals("<xsl/>", Files.readString(old.resolve("fo.xsl")), "a watch of the earlier jar may be reading it");
    }

    @Test
    void aPlaceThatCannotBeWrittenIsPassedOver() throws Exception {
        Path jar = bookpressJar();
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        assertTrue(BundledStyles.keptOrUnpacked(jar, BundledStyles.entries(jar), notAFolder.resolve("k")).isEmpty());
    }

    @Test
    void theFolderIsNamedAfterTheBundledFilesNamesSizesAndChecksums() throws Exception {
        var a = BundledStyles.entries(jar("a.jar", Map.of("styles/fo.xsl", "one")));
        var b = BundledStyles.entries(jar("b.jar", Map.of("styles/fo.xsl", "two")));
        var c = BundledStyles.entries(jar("c.jar", Map.of("styles/fo.xsl", "one", "other/x", "y")));
        assertNotEquals(BundledStyles.key(a), BundledStyles.key(b));
        assertEquals(BundledStyles.key(a), BundledStyles.key(c), "only the styles name the folder");
        assertArrayEquals(new String[] {"fo.xsl"}, c.stream().map(BundledStyles.Entry::name).toArray());
    }

    @Test
    void anEntryThatWouldLeaveTheFolderIsNotUnpacked() throws Exception {
        Path jar = jar("bad.jar", Map.of("styles/fo.xsl", "<xsl/>", "styles/../../evil", "x"));
        Path folder = BundledStyles.unpacked(jar);
        assertTrue(Files.exists(folder.resolve("fo.xsl")));
        assertFalse(Files.exists(dir.resolve("evil")));
        assertEquals(1, BundledStyles.entries(jar).size());
    }
}
