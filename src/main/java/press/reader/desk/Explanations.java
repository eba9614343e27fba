package press.reader.desk;

import java.util.Optional;
import press.reader.diagnostics.Catalogue;

/**
 * Where the desk finds what a diagnostic code means (its title and help). A small seam of the desk's own, so that
 * the desk does not depend on how the catalogue of diagnostics is kept: {@link #catalogue()} for the command,
 * {@link #none()} or a made-up one for tests.
 */
@FunctionalInterface
public interface Explanations {
    /** What the page shows beside a problem: a one-line title and the help text (how to fix it). */
    record Explanation(String title, String help) {}

    Optional<Explanation> explain(String code);

    static Explanations none() {
        return code -> Optional.empty();
    }

    /** The catalogue of diagnostics: each code's one-line title and its help (what it means, an example, the fix). */
    static Explanations catalogue() {
        return code -> Catalogue.lookup(code).map(e -> new Explanation(e.title(), e.help()));
    }
}
