package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real file-system faults, on file systems mounted for the test (so it needs a machine where this user may mount:
 * root, as on the build machine; elsewhere it is skipped and says so): a full disk (a small tmpfs) and a read-only
 * output folder (a read-only bind mount; as root, file permissions alone would not stop a write). Either way the
 * build exits 1 naming the cause, the previous outputs stay byte for byte, and no temporary file is left behind.
 */
@Tag("slow")
class FullDiskAndReadOnlyTest {
    @TempDir
    Path tmp;
    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (int i = mounts.size() - 1; i >= 0; i--) run("umount", mounts.get(i).toString());
    }

    @Test
    void aFullDiskFailsNamingTheCauseKeepsThePreviousOutputsAndLeavesNoTemporaryFile() throws Exception {
        Path ms = Hostile.copyMini(tmp);
        Path reference = tmp.resolve("reference");
        assertEquals(0, build(ms, reference).exit());
        long needed = size(reference);
        // room for the previous outputs and their cache, and about half of a new set: the new build cannot fit
        Path disk = mount(tmp.resolve("disk"), "tmpfs", "-t", "tmpfs", "-o", "size=" + (needed + needed / 2) / 1024 + "k");
        Path out = disk.resolve("out");
        copyTree(reference, out);
        Map<String, String> before = files(out);
        Hostile.write(ms, "essays/beta.md", Hostile.read(ms.resolve("essays/beta.md")) + "\nA new sentence.\n");

        Hostile.Run full = build(ms, out);
        assertEquals(1, full.exit(), full.all());
        assertTrue(full.err().contains("No space left on device"), full.all());
        Hostile.assertNoTrace(full);
        assertEquals(before, files(out), "the previous outputs changed");
        assertNoTemporaryFiles(out);

        run("mount", "-o", "remount,size=" + 4 * needed / 1024 + "k", disk.toString());
        Hostile.Run roomy = build(ms, out);
        assertEquals(0, roomy.exit(), roomy.all());
        assertNoTemporaryFiles(out);
    }

    @Test
    void aReadOnlyOutputFolderFailsNamingTheCauseAndKeepsThePreviousOutputs() throws Exception {
        Path ms = Hostile.copyMini(tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, build(ms, out).exit());
        Map<String, String> before = files(out);
        mount(out, "bind", "--bind", out.toString());
        run("mount", "-o", "remount,ro,bind", out.toString());
        Hostile.write(ms, "essays/beta.md", Hostile.read(ms.resolve("essays/beta.md")) + "\nA new sentence.\n");

        for (Path target : List.of(out, out.resolve("missing-subfolder"))) {
            Hostile.Run r = build(ms, target);
            assertEquals(1, r.exit(), r.all());
            assertTrue(r.err().contains("Read-only file system"), r.all());
            Hostile.assertNoTrace(r);
        }
        assertEquals(before, files(out), "the previous outputs changed");
    }

    private static Hostile.Run build(Path ms, Path out) {
        return Hostile.cli("build", "--manuscript", ms.toString(), "--out", out.toString(), "--format", "epub");
    }

    /** Mounts at {@code where} (made if missing), or skips the test where this user may not mount. */
    private Path mount(Path where, String source, String... options) throws Exception {
        Files.createDirectories(where);
        List<String> cmd = new ArrayList<>(List.of("mount"));
        cmd.addAll(List.of(options));
        if (!"bind".equals(source)) cmd.add(source);
        cmd.add(where.toString());
        int exit = exec(cmd);
        assumeTrue(exit == 0, "cannot mount here (" + String.join(" ", cmd) + " exit " + exit + "): not tested");
        mounts.add(where);
        return where;
    }

    private static void run(String... cmd) throws Exception {
        assertEquals(0, exec(List.of(cmd)), String.join(" ", cmd));
    }

    private static int exec(List<String> cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "hung: " + cmd);
            return p.exitValue();
        } catch (IOException e) {
            return -1;                                  // no mount command
        }
    }

    /** Every visible output file with its bytes' hash (the build's own hidden files aside). */
    private static Map<String, String> files(Path out) throws Exception {
        java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
        Map<String, String> files = new TreeMap<>();
        // through the outputs' links (book.pdf -> .bookpress-current/book.pdf, report/), as a reader sees them
        try (Stream<Path> walk = Files.walk(out, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString();
                if (rel.startsWith(".") || rel.equals("build-report.html")) continue;
                files.put(rel, java.util.HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }

    /** Neither a staging folder, nor a commit journal, nor a cache entry's temporary file. */
    private static void assertNoTemporaryFiles(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            List<String> left = walk.map(p -> out.relativize(p).toString())
                    .filter(n -> n.contains("staging") || n.endsWith(".tmp") || n.contains("bookpress-commit")).toList();
            assertTrue(left.isEmpty(), "temporary files left: " + left);
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            long sum = 0;
            // each file once: not again through the outputs' links
            for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) sum += Files.size(p);
            return sum;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) Files.createDirectories(dest);
                else Files.copy(p, dest, LinkOption.NOFOLLOW_LINKS);     // a link as a link
            }
        }
    }
}
