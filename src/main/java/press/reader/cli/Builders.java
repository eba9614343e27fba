package press.reader.cli;

import java.nio.file.Path;
import press.reader.assemble.CslCitationWriter;
import press.reader.publish.BookBuilder;

/** Wires the stages together for the commands: which citation engine and which manuscript checks. */
final class Builders {
    private Builders() {}

    static BookBuilder create(Path styles) {
        return new BookBuilder(styles, CslCitationWriter.factory(), Checks.all(styles));
    }
}
