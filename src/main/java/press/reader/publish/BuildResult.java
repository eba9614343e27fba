package press.reader.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import press.reader.diagnostics.Diagnostic;

/** What a build produced: files, the page count of the print PDF, warnings, and how long each stage took. */
public record BuildResult(List<Path> outputs, int pages, int layoutPasses, List<Diagnostic> diagnostics,
                          List<String> fopWarnings, Map<String, Long> stageMillis) {}
