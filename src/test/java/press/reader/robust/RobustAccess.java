package press.reader.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import press.reader.publish.BookBuilder;

/** The robust fixtures, for the fuzz properties in the sub-package. */
public final class RobustAccess {
    private RobustAccess() {}

    public static Path copyMini(Path dir) {
        return Hostile.copyMini(dir);
    }

    public static BookBuilder builder() {
        return Hostile.builder();
    }

    /** Runs the command line in-process; returns the exit code, and the output in {@code output[0]}. */
    public static int cli(String[] output, String... args) {
        Hostile.Run r = Hostile.cli(args);
        output[0] = r.all();
        return r.exit();
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
