package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.diagnostics.UserError;
import press.reader.publish.OutputFiles;
import press.reader.support.ChildJvm;

/**
 * The output set is committed all or nothing: a real process stopped at each rename or link of its commit (the folder
 * copied there, as a kill at that step leaves it; and killed at one of them) leaves
 * every output of the folder old, or every one new, with nothing for the next command to repair (the outputs'
 * names are links through one current-generation link, switched in one rename); on a file system without links,
 * the journal's commit leaves each output old or new and the next command completes the set. A commit that cannot
 * be done changes nothing; files that are not the tool's are never deleted.
 */
@Tag("slow")   // starts and kills build processes (see README, Tests)
class OutputAtomicityTest {
    /** Renames of a journal commit over a previous set: the journal, one per file, two for the report folder. */
    private static final int JOURNAL_RENAMES = 1 + CommitProbe.FILES.size() + 2;
    /** A hang guard for the steps of a commit: it takes a few dozen. */
    private static final int MAX_STEPS = 200;

    @TempDir
    Path tmp;

    @Test
    void aProcessKilledAtAnyStepOfTheCommitLeavesTheWholeOldSetOrTheWholeNewOneAtOnce() throws Exception {
        Path out = tmp.resolve("out");
        CommitProbe.commit(out, "old");
        List<Path> steps = new ArrayList<>(stoppedAtEachStep(out, "new", false));
        int renames = steps.size();
        steps.add(out);   // and the commit that ran to its end (a kill after its last rename)
        Set<String> seenAfterKills = new TreeSet<>();
        Map<Integer, Map<String, String>> seenAt = new TreeMap<>();
        for (int k = 1; k <= steps.size(); k++) {
            Path left = steps.get(k - 1);
            Map<String, String> seen = outputs(left);
            // no repair: what a reader of the folder sees right after the kill is one whole set
            assertEquals(CommitProbe.FILES.size() + 1, seen.size(), "step " + k + ": an output is missing: " + seen);
            assertEquals(1, new TreeSet<>(seen.values()).size(), "step " + k + ": a mixed set: " + seen);
            assertFalse(Files.exists(left.resolve(".bookpress-commit")), "step " + k);
            seenAfterKills.addAll(seen.values());
            seenAt.put(k, seen);

            CommitProbe.commit(left, "next");   // and the folder is usable again: the killed build's leftovers go
            assertEquals(Set.of("next"), new TreeSet<>(outputs(left).values()));
            assertEquals(List.of(), staging(left), "step " + k);
            assertEquals(1, generations(left).size(), "step " + k + ": generations left " + generations(left));
        }
        assertTrue(renames > 3, "the commit had only " + renames + " steps: the stops are not reached");
        assertEquals(Set.of("old", "new"), seenAfterKills, "kills before and after the switch were both tested");

        // And a real kill, at the middle step, leaves what the copy of that step holds.
        int k = renames / 2 + 1;
        Path killed = tmp.resolve("killed");
        CommitProbe.commit(killed, "old");
        assertEquals(137, child(k, killed, "new", false), "halt at step " + k);
        assertEquals(seenAt.get(k), outputs(killed), "a process killed at step " + k);
        System.out.println("commit stopped at each of its " + renames + " renames and links, and killed at the "
                + k + "th: every time one whole set");
    }

    @Test
    void theFirstCommitOverOutputsOfTheOlderLayoutKeepsEveryFileOldOrNew() throws Exception {
        Path out = tmp.resolve("out");
        CommitProbe.commitAsFiles(out, "old");
        List<Path> steps = new ArrayList<>(stoppedAtEachStep(out, "new", false));
        steps.add(out);   // and the commit that ran to its end
        assertTrue(steps.size() > 3, "the commit had only " + (steps.size() - 1) + " steps: the stops are not reached");
        for (int k = 1; k <= steps.size(); k++) {
            Path left = steps.get(k - 1);
            Map<String, String> seen = outputs(left);
            for (String f : CommitProbe.FILES) {
                assertTrue(Set.of("old", "new").contains(seen.get(f)), "step " + k + ": " + f + " is " + seen.get(f));
            }
            CommitProbe.commit(left, "next");
            assertEquals(Set.of("next"), new TreeSet<>(outputs(left).values()), "step " + k);
            assertEquals(CommitProbe.FILES.size() + 1, outputs(left).size(), "step " + k);
        }
    }

    @Test
    void withoutLinksAProcessKilledAtAnyRenameLeavesEachOutputOldOrNewAndTheNextCommandCompletesTheSet()
            throws Exception {
        Path out = tmp.resolve("out");
        CommitProbe.commitAsFiles(out, "old");
        List<Path> steps = new ArrayList<>(stoppedAtEachStep(out, "new", true));
        assertEquals(JOURNAL_RENAMES, steps.size(), "renames of the journal's commit");
        steps.add(out);   // and the commit that ran to its end
        for (int k = 1; k <= steps.size(); k++) {
            Path left = steps.get(k - 1);
            Map<String, String> seen = outputs(left);
            boolean journal = Files.exists(left.resolve(".bookpress-commit"));
            for (String f : CommitProbe.FILES) {
                assertTrue(Set.of("old", "new").contains(seen.get(f)), "rename " + k + ": " + f + " is " + seen.get(f));
            }
            if (new TreeSet<>(seen.values()).size() > 1 || !seen.containsKey(CommitProbe.FOLDER)) {
                assertTrue(journal, "rename " + k + ": a mixed set without a journal to complete it: " + seen);
            }
            OutputFiles.settle(left);      // what the next build, watch or proof does first
            Map<String, String> settled = outputs(left);
            String expected = k == 1 ? "old" : "new";   // the journal's rename is the commit point
            for (String f : CommitProbe.FILES) assertEquals(expected, settled.get(f), "rename " + k + ": " + f);
            assertEquals(expected, settled.get(CommitProbe.FOLDER), "rename " + k + ": the report folder");
            assertFalse(Files.exists(left.resolve(".bookpress-commit")));
        }
    }

    @Test
    void aCommitThatCannotBeDoneChangesNoOutput() throws IOException {
        Path out = tmp.resolve("out");
        CommitProbe.commit(out, "old");
        Files.delete(out.resolve("book.epub"));
        Files.createDirectories(out.resolve("book.epub/in-the-way"));
        UserError e = assertThrows(UserError.class, () -> CommitProbe.commit(out, "new"));
        assertTrue(e.getMessage().contains("book.epub") || e.diagnostics().get(0).format().contains("book.epub"));
        Map<String, String> seen = outputs(out);
        seen.remove("book.epub");
        assertEquals(Set.of("old"), new TreeSet<>(seen.values()), seen.toString());
        assertEquals(List.of(), staging(out));
    }

    @Test
    void aSecondBuildIntoTheSameFolderIsRefusedWithTheHoldersPid() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        // A real second process holds the folder: a child JVM that takes the lock and waits. Its word on its own
        // output: what a JVM says on its error stream (Picked up JAVA_TOOL_OPTIONS: … where that is set, as on some CI
        // machines) would come first and hide it.
        Process holder = new ProcessBuilder(ChildJvm.command(List.of(), LockHolder.class.getName(), out.toString()))
                .redirectError(tmp.resolve("holder.log").toFile()).start();
        try {
            assertEquals("locked", new String(holder.getInputStream().readNBytes(6)),
                    "the holder never took the lock: " + Files.readString(tmp.resolve("holder.log")));
            UserError e = assertThrows(UserError.class, () -> CommitProbe.commit(out, "mine"));
            String message = e.diagnostics().get(0).format();
            assertTrue(message.contains("--out is being written by pid " + holder.pid()), message);
            assertTrue(message.contains("[BP304]"), message);
            assertFalse(Files.exists(out.resolve("book.pdf")), "the refused build wrote an output");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        // The holder was killed: its lock died with it, and the folder is free without anyone removing a file.
        CommitProbe.commit(out, "mine");
        assertEquals("mine", Files.readString(out.resolve("book.pdf")));
    }

    @Test
    void aFolderNamedTmpInTheOutputFolderIsNeverTouched() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve(".tmp/notes"));
        Files.writeString(out.resolve(".tmp/notes/important.txt"), "keep");
        CommitProbe.commit(out, "one");
        CommitProbe.commit(out, "two");
        assertEquals("keep", Files.readString(out.resolve(".tmp/notes/important.txt")));
    }

    /**
     * Runs {@link CommitProbe} in a child JVM that halts at its {@code k}-th rename or link (committing by journal
     * if {@code noLinks}); returns its exit code.
     */
    private int child(int k, Path out, String generation, boolean noLinks) throws Exception {
        Process p = new ProcessBuilder(ChildJvm.command(List.of("-Dbookpress.test.haltAtRename=" + k,
                "-Dbookpress.test.noLinks=" + noLinks), CommitProbe.class.getName(), out.toString(), generation))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child" + k + ".log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "hang guard: the child never ended");
        return p.exitValue();
    }

    /**
     * Runs {@link CommitProbe} in one child JVM that stops before each of its renames and links (committing by
     * journal if {@code noLinks}) while this test copies the output folder: each copy is the folder as a process
     * killed at that step leaves it, since a killed process writes nothing more (one child for every step, where a
     * child halted at each step cost a JVM a step; the first test holds a real kill to its copy). Returns the copies
     * in order; the child ran the commit to its end.
     */
    private List<Path> stoppedAtEachStep(Path out, String generation, boolean noLinks) throws Exception {
        Process p = new ProcessBuilder(ChildJvm.command(List.of("-Dbookpress.test.pauseAtRenames=true",
                "-Dbookpress.test.noLinks=" + noLinks), CommitProbe.class.getName(), out.toString(), generation))
                .redirectError(tmp.resolve("stopped-" + generation + ".log").toFile()).start();
        List<Path> copies = new ArrayList<>();
        try (BufferedReader said = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             Writer go = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            for (String line = said.readLine(); line != null; line = said.readLine()) {
                assertEquals("rename " + (copies.size() + 1), line);
                assertTrue(copies.size() < MAX_STEPS, "a hang guard: the commit never ended");
                Path copy = tmp.resolve(out.getFileName() + "-step" + (copies.size() + 1));
                copyAsIs(out, copy);
                copies.add(copy);
                go.write("\n");
                go.flush();
            }
        } finally {
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "hang guard: the child never ended");
        }
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("stopped-" + generation + ".log")));
        return copies;
    }

    /** Copies a folder as it is: its links as links (they are relative), its files' bytes, its empty folders. */
    private static void copyAsIs(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {   // not into linked folders
            for (Path p : tree.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isSymbolicLink(p)) Files.createSymbolicLink(dest, Files.readSymbolicLink(p));
                else if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }

    /** Each output of the probe: a file's content, or the report folder's page, or nothing when absent. */
    private static Map<String, String> outputs(Path out) throws IOException {
        Map<String, String> seen = new TreeMap<>();
        for (String f : CommitProbe.FILES) {
            if (Files.isRegularFile(out.resolve(f))) seen.put(f, Files.readString(out.resolve(f)));
        }
        Path page = out.resolve(CommitProbe.FOLDER).resolve("page-1.png");
        if (Files.isRegularFile(page)) seen.put(CommitProbe.FOLDER, Files.readString(page));
        return seen;
    }

    private static List<Path> staging(Path out) throws IOException {
        return named(out, ".bookpress-staging-");
    }

    private static List<Path> generations(Path out) throws IOException {
        return named(out, ".bookpress-gen-");
    }

    private static List<Path> named(Path out, String prefix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.list(out)) {
            s.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(found::add);
        }
        return found;
    }
}
