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

    /**
     * The apparatus features of a build, registered in {@code features/Features}, their citation processor made anew:
     * for a verb that needs what they declare without building ({@code import} reads the works they list).
     */
    public static ApparatusFeatures features() {
        return Features.standard(CitationsFeature.factory());
    }

    /** The warm parts for the styles in {@code styles}; share it between builders that use those styles. */
    public static Workshop workshop(Path styles) {
        ApparatusFeatures features = features();
        Fidelity fidelity = new Fidelity(features);
        return new Workshop(styles, features, Checks.all(styles, fidelity, features), fidelity);
    }

    /** A builder with a workshop of its own. */
    public static BookBuilder create(Path styles) {
        return new BookBuilder(workshop(styles));
    }
}
