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
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
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
}
