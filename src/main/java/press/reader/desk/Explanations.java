package press.reader.desk;

import java.util.Optional;

/**
 * Where the desk finds what a diagnostic code means (its title and help). A small seam of the desk's own, so that
 * the desk does not depend on how the catalogue of diagnostics is kept; {@link #none()} until one is plugged in.
 */
@FunctionalInterface
public interface Explanations {
    /** What the page shows beside a problem: a one-line title and the help text (how to fix it). */
    record Explanation(String title, String help) {}

    Optional<Explanation> explain(String code);

    static Explanations none() {
        return code -> Optional.empty();
    }
}
