package press.reader.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import press.reader.diagnostics.Diagnostic;

/**
 * What a build produced: files, the page count of the print PDF, warnings, and how long each stage took.
 *
 * @param timings     the stages in the order they ran: "read+assemble", then each edition made
 * @param totalMillis the whole build, from reading the manuscript to the outputs in place
 */
public record BuildResult(List<Path> outputs, int pages, int layoutPasses, List<Diagnostic> diagnostics,
                          List<String> fopWarnings, List<Timing> timings, long totalMillis) {

    public BuildResult {
        timings = List.copyOf(timings);
    }

    /** The timing of the stage named {@code stage} ("epub", "pdf" …), if it ran. */
    public Optional<Timing> timing(String stage) {
        return timings.stream().filter(t -> t.stage().equals(stage)).findFirst();
    }
}
