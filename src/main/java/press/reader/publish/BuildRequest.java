package press.reader.publish;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What to build.
 *
 * @param formats the {@code --format} names of the editions to make ({@link Editions#formatNames()}: pdf, screen,
 *                epub, html); the editions every build makes (the cover with the PDF, the reports) need no name
 * @param epochSeconds the build's timestamp (SOURCE_DATE_EPOCH): the same manuscript and epoch give the same bytes
 * @param progress told the name of each stage as it starts (the command line shows it on a terminal)
 */
public record BuildRequest(Path manuscript, Path out, Set<String> formats, long epochSeconds,
                           Consumer<String> progress) {

    public BuildRequest(Path manuscript, Path out, Set<String> formats, long epochSeconds) {
        this(manuscript, out, formats, epochSeconds, stage -> { });
    }
}
