package press.reader.cli;

import java.nio.file.Path;
import press.reader.assemble.ApparatusFeatures;
import press.reader.features.Features;
import press.reader.features.citations.CitationsFeature;
import press.reader.publish.BookBuilder;
import press.reader.publish.Fidelity;
import press.reader.publish.Workshop;

/**
 * The composition root: the one place the tool is put together (which apparatus features and citation engine, which
 * manuscript checks, which styles). The commands, {@code watch}, the editor's desk, the tests and the benchmark all make their builders
 * here.
 */
public final class Builders {
    private Builders() {}

    /** The warm parts for the styles in {@code styles}; share it between builders that use those styles. */
    public static Workshop workshop(Path styles) {
        Fidelity fidelity = new Fidelity();
        ApparatusFeatures features = Features.standard(CitationsFeature.factory());
        return new Workshop(styles, features, Checks.all(styles, fidelity, features), fidelity);
    }

    /** A builder with a workshop of its own. */
    public static BookBuilder create(Path styles) {
        return new BookBuilder(workshop(styles));
    }
}
