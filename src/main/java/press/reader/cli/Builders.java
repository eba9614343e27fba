package press.reader.cli;

import java.nio.file.Path;
import java.util.List;
import press.reader.assemble.CitationWriter;
import press.reader.publish.BookBuilder;

/** Wires the stages together for the commands: which citation engine and which manuscript checks. */
final class Builders {
    private Builders() {}

    static BookBuilder create(Path styles) {
        return new BookBuilder(styles, (ms, db, d) -> CitationWriter.NONE, List.of());
    }
}
