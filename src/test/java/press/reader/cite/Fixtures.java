package press.reader.cite;

import java.net.URISyntaxException;
import java.nio.file.Path;
import press.reader.diagnostics.Diagnostics;

/** Test fixtures under src/test/resources/cite. */
final class Fixtures {
    private Fixtures() {}

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/cite/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The four-entry bibliography, which must load without any diagnostic. */
    static Bibliography bibliography() {
        Diagnostics d = new Diagnostics();
        Bibliography b = Bibliography.load(path("bibliography.json"), "bibliography.json", d);
        if (!d.all().isEmpty()) throw new IllegalStateException("fixture has problems: " + d.all());
        return b;
    }
}
