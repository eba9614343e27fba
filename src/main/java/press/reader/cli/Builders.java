package press.reader.cli;

import java.nio.file.Path;
import java.util.Locale;
import press.reader.assemble.CitationsFeature;
import press.reader.publish.BookBuilder;
import press.reader.publish.Fidelity;
import press.reader.publish.Workshop;

/**
 * The composition root: the one place the tool is put together (which citation engine, which manuscript checks,
 * which styles). The commands, {@code watch}, the editor's desk, the tests and the benchmark all make their builders
 * here.
 */
public final class Builders {
    private Builders() {}

    /**
     * The warm parts for the styles in {@code styles}; share it between builders that use those styles.
     * <p>
     * The process is put in the root locale first: the libraries a build runs case their words in the JVM's own
     * language, and a book's bytes must not depend on the machine's. In a Turkish one, Saxon's roman numerals
     * (format-integer with the picture 'I') printed Part İİ, and FOP labelled each front-matter page of the print PDF
     * apart (its roman labels no longer read as a run), so a build there differed from a build anywhere else.
     */
    public static Workshop workshop(Path styles) {
        Locale.setDefault(Locale.ROOT);
        Fidelity fidelity = new Fidelity();
        return new Workshop(styles, CitationsFeature.factory(), Checks.all(styles, fidelity), fidelity);
    }

    /** A builder with a workshop of its own. */
    public static BookBuilder create(Path styles) {
        return new BookBuilder(workshop(styles));
    }
}
