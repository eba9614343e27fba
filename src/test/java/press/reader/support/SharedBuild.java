package press.reader.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Function;
import press.reader.publish.BuildResult;

/**
 * A book built once for the test JVMs of one run of the suite: the first JVM to ask builds it while it holds a file
 * lock, and writes a note of the run it belongs to with FOP's warnings; a JVM that asks later (or waited on the lock)
 * finds the note of its own run and reads the outputs the first one left. A note of another run, or none (the first
 * JVM failed), and the JVM builds the book itself.
 */
final class SharedBuild {
    private SharedBuild() {}

    static TestBooks.Built of(Path out, String run, Function<Path, BuildResult> build) {
        Path note = out.resolveSibling(out.getFileName() + ".built");
        try {
            Files.createDirectories(out.getParent());
            try (FileChannel channel = FileChannel.open(out.resolveSibling(out.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = lock(channel, out)) {
                if (Files.isRegularFile(note)) {
                    List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
                    if (!lines.isEmpty() && lines.get(0).equals(run)) {
                        return new TestBooks.Built(out, List.copyOf(lines.subList(1, lines.size())), null);
                    }
                }
                Files.deleteIfExists(note);
                BuildResult result = build.apply(out);
                // one warning a line: FOP's warnings are one line each
                String text = run + "\n" + String.join("\n", result.fopWarnings().stream().map(w -> w.replace('\n', ' ')).toList());
                Files.writeString(note, text, StandardCharsets.UTF_8);
                return new TestBooks.Built(out, result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lock, with a line saying how long this JVM waited for it where it waited (the other one was building the
     * book): a core idle meanwhile, the measure of how well the two JVMs' classes are ordered.
     */
    private static FileLock lock(FileChannel channel, Path out) throws IOException {
        long start = System.nanoTime();
        FileLock lock = channel.lock();
        long waited = (System.nanoTime() - start) / 1_000_000;
        if (waited >= 100) System.out.printf("shared build %s: waited %.1f s for the other test JVM%n", out.getFileName(), waited / 1000.0);
        return lock;
    }
}
