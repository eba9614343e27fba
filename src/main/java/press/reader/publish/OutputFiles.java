package press.reader.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import press.reader.diagnostics.UserError;

/**
 * Writes a build's outputs so that readers of the output folder see the whole previous set or the whole new one.
 *
 * <ul>
 * <li>One build at a time: the folder's {@link OutputLock} is held from {@link #open} to {@link #close}.</li>
 * <li>Every output is written to a staging folder of this build only ({@code .bookpress-staging-*}, uniquely
 * named), so nothing that is not ours is ever deleted (a user's {@code .tmp/} stays as it was).</li>
 * <li>The commit is one rename. A complete set lives in a generation folder ({@code .bookpress-gen-*}); the link
 * {@code .bookpress-current} names the generation in use, and each output's fixed name ({@code book.pdf},
 * {@code report/}) is a link through it ({@code book.pdf -> .bookpress-current/book.pdf}), made once. A build
 * fills a new generation (its outputs, and hard links to the previous outputs it does not make), then replaces
 * {@code .bookpress-current} by a link to it in one rename: every name switches at once, so a reader (a person,
 * a viewer, bookpress) sees the whole old set before that rename and the whole new one after it, whatever the
 * moment a build is killed.</li>
 * <li>Where the file system has no symbolic links, the commit is a journal instead: once the complete set is
 * staged, {@code .bookpress-commit} (naming the staging folder and every output) is written in one atomic rename,
 * the commit point; the moves follow, a failure during them puts the previous outputs back, and a process killed
 * during them leaves the journal, which the next command that opens the folder (build, watch, proof) plays to the
 * end before anything else. Between such a kill and the next command a person can see a mix there.</li>
 * </ul>
 */
public final class OutputFiles implements AutoCloseable {
    /** Writes bytes to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static final String STAGING_PREFIX = ".bookpress-staging-";
    static final String JOURNAL = ".bookpress-commit";
    static final String CURRENT = ".bookpress-current";
    static final String GENERATION_PREFIX = ".bookpress-gen-";
    private static final String OLD = ".old";

    private final Path outDir;
    private final Path tmpDir;
    private final OutputLock lock;
    private final List<String> files = new ArrayList<>();
    private final List<String> folders = new ArrayList<>();
    private boolean committed;

    private OutputFiles(Path outDir, Path tmpDir, OutputLock lock) {
        this.outDir = outDir;
        this.tmpDir = tmpDir;
        this.lock = lock;
    }

    /**
     * Opens the output folder for one build: creates it, takes its lock, finishes a commit that an earlier build
     * was killed in, removes the staging folders that killed builds left, and makes this build's staging folder.
     */
    public static OutputFiles open(Path outDir) {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw UserError.at(outDir.toString(), 0, "BP301", "cannot write to the output folder: " + outDir
                    + " is a file, not a folder");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw UserError.at(outDir.toString(), 0, "BP301", "cannot write to the output folder: " + describe(e));
        }
        OutputLock lock = OutputLock.take(outDir);
        try {
            recover(outDir);
            removeLeftovers(outDir);
            Path tmp = Files.createTempDirectory(outDir, STAGING_PREFIX);
            return new OutputFiles(outDir, tmp, lock);
        } catch (IOException e) {
            lock.close();
            throw UserError.at(outDir.toString(), 0, "BP301", "cannot write to the output folder: " + describe(e));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Finishes the commit a killed build was in (if any), with the lock held, so the folder holds one whole set.
     * For readers of an output folder that may be being built (proof): they take the lock for the moment of it.
     */
    public static void settle(Path outDir) {
        if (!Files.exists(outDir.resolve(JOURNAL))) return;
        try (OutputLock lock = OutputLock.take(outDir)) {
            recover(outDir);
        } catch (IOException e) {
            throw UserError.at(outDir.toString(), 0, "BP303", "cannot finish the last build's commit: " + describe(e));
        }
    }

    /** A private working folder for intermediate files of this build. */
    public Path workDir() {
        return tmpDir;
    }

    /** Writes {@code name} in the staging folder; it appears in the output folder on {@link #commit()}. */
    public Path stage(String name, Content content) {
        Path tmp = tmpDir.resolve(name);
        try (OutputStream out = Files.newOutputStream(tmp)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw UserError.at(outDir.resolve(name).toString(), 0, "BP302", "cannot write output: " + describe(e));
        }
        files.add(name);
        return tmp;
    }

    /** Writes an intermediate file of this build in the working folder; it is not an output. */
    public Path work(String name, byte[] content) {
        try {
            return Files.write(tmpDir.resolve(name), content);
        } catch (IOException e) {
            throw UserError.at(tmpDir.resolve(name).toString(), 0, "BP302", "cannot write: " + describe(e));
        }
    }

    /** Takes a file that a stage wrote itself into the working folder as an output. */
    public void adopt(String name) {
        files.add(name);
    }

    /**
     * Declares a folder of outputs: a stage writes it under the working folder; on commit it replaces the
     * previous folder of that name as a whole.
     */
    public Path stageFolder(String name) {
        Path dir = tmpDir.resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw UserError.at(outDir.resolve(name).toString(), 0, "BP302", "cannot write output: " + describe(e));
        }
        folders.add(name);
        return dir;
    }

    /** Puts the whole staged set in place (see the class comment); returns the outputs written. */
    public List<Path> commit() {
        for (String name : files) {
            Path target = outDir.resolve(name);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw UserError.at(target.toString(), 0, "BP303", "cannot put output in place: a folder has the "
                        + "output's name; move it away (no output was changed)");
            }
        }
        for (String name : folders) {
            Path target = outDir.resolve(name);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isSymbolicLink(target)) {
                throw UserError.at(target.toString(), 0, "BP303", "cannot put output in place: a file has the name of "
                        + "the output folder; move it away (no output was changed)");
            }
        }
        if (!commitByLink()) commitByJournal();
        committed = true;
        List<Path> written = new ArrayList<>();
        for (String f : files) written.add(outDir.resolve(f));
        for (String d : folders) written.add(outDir.resolve(d));
        return written;
    }

    /**
     * Commits by switching the current-generation link (see the class comment); false, having changed nothing,
     * where the file system cannot make symbolic links and the folder does not use them yet.
     */
    private boolean commitByLink() {
        if (Boolean.getBoolean("bookpress.test.noLinks")) return false;   // tests of the journal, as on such a disk
        Path switchLink = tmpDir.resolve(CURRENT);
        Path gen = null;
        List<Path> linksMade = new ArrayList<>();
        boolean switched = false;
        try {
            gen = newGeneration("");
            try {
                Renames.symlink(switchLink, gen.getFileName());
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (Files.isSymbolicLink(outDir.resolve(CURRENT)) || !noLinksHere(e)) throw e;
                deleteTree(gen);
                return false;
            }
            Path previous = generation(outDir);
            List<String> names = new ArrayList<>(files);
            names.addAll(folders);
            for (String name : names) move(tmpDir.resolve(name), gen.resolve(name));
            if (previous != null) carryOver(previous, gen, names);
            for (String name : names) linkThroughCurrent(name, linksMade);
            Path before = generation(outDir);               // made just now if the folder was an older layout
            move(switchLink, outDir.resolve(CURRENT));         // the commit point
            switched = true;
            if (before != null && !before.getFileName().equals(gen.getFileName())) deleteTree(before);
            return true;
        } catch (IOException e) {
            if (!switched) {
                for (Path link : linksMade) deleteQuietly(link);      // names this build added, still dangling
                if (gen != null) deleteTree(gen);
            }
            throw UserError.at(outDir.toString(), 0, "BP303", "cannot put outputs in place"
                    + (switched ? "" : " (no output was changed)") + ": " + describe(e));
        }
    }

    /** True if making a symbolic link failed because this file system (or this user) cannot make any. */
    private static boolean noLinksHere(Exception e) {
        if (e instanceof UnsupportedOperationException) return true;
        String reason = e instanceof FileSystemException fse ? String.valueOf(fse.getReason()) : "";
        return reason.contains("not permitted") || reason.contains("not supported") || reason.contains("privilege");
    }

    /**
     * A new generation folder, named after this build's (unique) staging folder; made with the folder rights of
     * any other output folder (a temporary folder would be for this user only, and the outputs are for readers).
     */
    private Path newGeneration(String tag) throws IOException {
        String unique = tmpDir.getFileName().toString().substring(STAGING_PREFIX.length());
        return Files.createDirectory(outDir.resolve(GENERATION_PREFIX + unique + tag));
    }

    /** The generation folder the current link names, or null if there is none. */
    private static Path generation(Path outDir) throws IOException {
        Path current = outDir.resolve(CURRENT);
        if (!Files.isSymbolicLink(current)) return null;
        Path target = Files.readSymbolicLink(current);
        // ours only: a name of this folder, never a path elsewhere
        if (target.getNameCount() != 1 || target.isAbsolute() || !target.toString().startsWith(GENERATION_PREFIX)) return null;
        Path gen = outDir.resolve(target);
        return Files.isDirectory(gen, LinkOption.NOFOLLOW_LINKS) ? gen : null;
    }

    /** The previous outputs this build does not make stay outputs: the new generation gets them as hard links. */
    private static void carryOver(Path previous, Path gen, List<String> made) throws IOException {
        try (Stream<Path> s = Files.list(previous)) {
            for (Path p : s.toList()) {
                if (!made.contains(p.getFileName().toString())) linkTree(p, gen.resolve(p.getFileName().toString()));
            }
        }
    }

    /**
     * Makes {@code name} a link through the current-generation link, once. An output written by an earlier version
     * (or by the journal commit) joins the current generation first, so its name shows the same bytes before and
     * after it becomes a link; a folder cannot be replaced by a link in one rename, so an old-style {@code report/}
     * is absent between two renames, once.
     */
    private void linkThroughCurrent(String name, List<Path> linksMade) throws IOException {
        Path target = outDir.resolve(name);
        Path via = Path.of(CURRENT, name);
        if (Files.isSymbolicLink(target) && Files.readSymbolicLink(target).equals(via)) return;
        boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (existed && !Files.isSymbolicLink(target)) {
            Path current = currentOrFirstGeneration();
            Path kept = current.resolve(name);
            deleteTree(kept);
            linkTree(target, kept);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                Path old = tmpDir.resolve(OLD).resolve(name);
                Files.createDirectories(old.getParent());
                move(target, old);
            }
        }
        Path link = tmpDir.resolve(".links").resolve(name);
        Files.createDirectories(link.getParent());
        Renames.symlink(link, via);
        move(link, target);
        if (!existed) linksMade.add(target);
    }

    /** The generation in use; in a folder of the older layout, a first one (empty) that the current link names. */
    private Path currentOrFirstGeneration() throws IOException {
        Path gen = generation(outDir);
        if (gen != null) return gen;
        gen = newGeneration("-first");
        Path link = tmpDir.resolve(".links").resolve(CURRENT);
        Files.createDirectories(link.getParent());
        Renames.symlink(link, gen.getFileName());
        move(link, outDir.resolve(CURRENT));
        return gen;
    }

    /** A second name for a file's bytes (a copy where hard links are refused); a folder's files likewise. */
    private static void linkTree(Path from, Path to) throws IOException {
        if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(to);
            try (Stream<Path> s = Files.list(from)) {
                for (Path p : s.toList()) linkTree(p, to.resolve(p.getFileName().toString()));
            }
        } else if (Files.isSymbolicLink(from)) {
            Files.createSymbolicLink(to, Files.readSymbolicLink(from));
        } else {
            try {
                Files.createLink(to, from);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a dangling link of a failed build shows nothing; the next build replaces it
        }
    }

    /** Commits by journal and moves (see the class comment): for file systems without symbolic links. */
    private void commitByJournal() {
        List<String> entries = new ArrayList<>();
        entries.add(tmpDir.getFileName().toString());
        for (String f : files) entries.add("file " + f);
        for (String d : folders) entries.add("folder " + d);
        Path journal = outDir.resolve(JOURNAL);
        try {
            Path journalTmp = tmpDir.resolve(JOURNAL);
            Files.write(journalTmp, entries, StandardCharsets.UTF_8);
            move(journalTmp, journal);                       // the commit point
        } catch (IOException e) {
            throw UserError.at(outDir.toString(), 0, "BP303", "cannot put outputs in place: " + describe(e));
        }
        List<String> done = new ArrayList<>();
        try {
            for (String entry : entries.subList(1, entries.size())) {
                apply(outDir, tmpDir, entry);
                done.add(entry);
            }
            Files.delete(journal);
        } catch (IOException e) {
            rollBack(done);
            throw UserError.at(outDir.toString(), 0, "BP303", "cannot put outputs in place (the previous outputs were "
                    + "put back): " + describe(e));
        }
    }

    /** Forgets everything staged and ends this build's hold on the folder; the previous outputs stay as they were. */
    public void discard() {
        files.clear();
        folders.clear();
        deleteTree(tmpDir);
    }

    /** Removes the staging folder and releases the folder's lock. */
    @Override
    public void close() {
        try {
            if (!committed) discard();
            else deleteTree(tmpDir);
        } finally {
            lock.close();
        }
    }

    /** Moves one journal entry's staged output into place, keeping the previous one in the staging folder. */
    private static void apply(Path outDir, Path staging, String entry) throws IOException {
        String name = entry.substring(entry.indexOf(' ') + 1);
        Path src = staging.resolve(name);
        Path target = outDir.resolve(name);
        if (!Files.exists(src, LinkOption.NOFOLLOW_LINKS)) return;          // moved already (replaying a journal)
        Path old = staging.resolve(OLD).resolve(name);
        Files.createDirectories(old.getParent());
        deleteTree(old);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            move(target, old);          // a folder cannot be replaced in one step: absent until the next rename
        } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // A file is replaced in one rename, so it is never missing; the previous one is kept (a second name
            // for the same bytes) in case the commit has to be undone.
            try {
                Files.createLink(old, target);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(target, old, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        move(src, target);
    }

    /** After a failed move: the outputs already replaced get their previous versions back. */
    private void rollBack(List<String> done) {
        for (int i = done.size() - 1; i >= 0; i--) {
            String name = done.get(i).substring(done.get(i).indexOf(' ') + 1);
            Path target = outDir.resolve(name);
            Path old = tmpDir.resolve(OLD).resolve(name);
            try {
                if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) deleteTree(target);
                    move(old, target);
                } else {
                    deleteTree(target);                        // it did not exist before this build
                }
            } catch (IOException e) {
                // best effort: the journal is still there, and the next build finishes the commit instead
                return;
            }
        }
        try {
            Files.deleteIfExists(outDir.resolve(JOURNAL));
        } catch (IOException e) {
            // the next build replays it: all outputs are back, so there is nothing left to move
        }
    }

    /** Plays a journal left by a build killed during its moves to the end. */
    private static void recover(Path outDir) throws IOException {
        Path journal = outDir.resolve(JOURNAL);
        if (!Files.exists(journal)) return;
        List<String> entries = Files.readAllLines(journal, StandardCharsets.UTF_8);
        if (!entries.isEmpty() && entries.get(0).startsWith(STAGING_PREFIX) && !entries.get(0).contains("/")) {
            Path staging = outDir.resolve(entries.get(0));
            if (Files.isDirectory(staging)) {
                for (String entry : entries.subList(1, entries.size())) {
                    if (entry.startsWith("file ") || entry.startsWith("folder ")) {
                        String name = entry.substring(entry.indexOf(' ') + 1);
                        if (!name.contains("..") && !name.startsWith("/")) apply(outDir, staging, entry);
                    }
                }
            }
        }
        Files.delete(journal);
    }

    /**
     * Staging folders of builds that were killed or failed to clean up, and generations no link names (a build
     * killed after its switch, before removing the previous one): ours by their name, and no build runs.
     */
    private static void removeLeftovers(Path outDir) throws IOException {
        Path current = generation(outDir);
        String inUse = current == null ? "" : current.getFileName().toString();
        try (Stream<Path> s = Files.list(outDir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                boolean ours = name.startsWith(STAGING_PREFIX) || name.startsWith(GENERATION_PREFIX) && !name.equals(inUse);
                if (ours && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) deleteTree(p);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        Renames.move(from, to);
    }

    /** Deletes a file or a folder with everything in it; symbolic links are removed, never followed. */
    static void deleteTree(Path p) {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(q);
                } catch (NoSuchFileException e) {
                    // gone already
                }
            }
        } catch (IOException e) {
            // a leftover staging folder is removed by the next build
        }
    }

    static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) return fse.getReason();
        if (e instanceof AccessDeniedException) return "permission denied";
        // the system's own words ("No space left on device" when a stream's write fails), not a Java class name
        if (e.getClass() == IOException.class && e.getMessage() != null) return e.getMessage();
        return e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
    }
}
