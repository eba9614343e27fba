package press.reader.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import press.reader.diagnostics.UserError;

/**
 * Writes outputs so that a failed or interrupted build never leaves a partial file where a reader would look:
 * every output is written under output/.tmp/ first and moved into place only when the whole build succeeded.
 */
public final class OutputFiles {
    /** Writes bytes to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path outDir;
    private final Path tmpDir;
    private final List<Path[]> staged = new ArrayList<>();
    private final List<String> folders = new ArrayList<>();

    public OutputFiles(Path outDir) {
        this.outDir = outDir;
        this.tmpDir = outDir.resolve(".tmp");
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw UserError.at(outDir.toString(), 0, "BP301", "cannot write to the output folder: " + outDir
                    + " is a file, not a folder");
        }
        try {
            Files.createDirectories(outDir);
            clearTmp();
            Files.createDirectories(tmpDir);
        } catch (IOException e) {
            throw UserError.at(outDir.toString(), 0, "BP301", "cannot write to the output folder: " + describe(e));
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
        staged.add(new Path[] {tmp, outDir.resolve(name)});
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
        staged.add(new Path[] {tmpDir.resolve(name), outDir.resolve(name)});
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

    /** Moves every staged file into place (each move is atomic), then removes the staging folder. */
    public List<Path> commit() {
        List<Path> done = new ArrayList<>();
        for (Path[] s : staged) {
            try {
                try {
                    Files.move(s[0], s[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(s[0], s[1], StandardCopyOption.REPLACE_EXISTING);
                }
                done.add(s[1]);
            } catch (IOException e) {
                throw UserError.at(s[1].toString(), 0, "BP303", "cannot put output in place: " + describe(e));
            }
        }
        for (String name : folders) {
            try {
                Path target = outDir.resolve(name);
                Path old = tmpDir.resolve(".old-" + name);
                if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(tmpDir.resolve(name), target, StandardCopyOption.ATOMIC_MOVE);
                done.add(target);
            } catch (IOException e) {
                throw UserError.at(outDir.resolve(name).toString(), 0, "BP303", "cannot put output in place: " + describe(e));
            }
        }
        staged.clear();
        folders.clear();
        discard();
        return done;
    }

    /** Forgets everything staged; the previous outputs stay as they were. */
    public void discard() {
        staged.clear();
        folders.clear();
        try {
            clearTmp();
        } catch (IOException e) {
            // A leftover staging folder is harmless: the next build clears it first.
        }
    }

    private void clearTmp() throws IOException {
        if (!Files.exists(tmpDir)) return;
        try (var walk = Files.walk(tmpDir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) return fse.getReason();
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
    }
}
