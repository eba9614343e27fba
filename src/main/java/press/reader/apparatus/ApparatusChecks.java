package press.reader.apparatus;

import java.util.List;
import press.reader.publish.BookBuilder;

/** The checks of the editor's apparatus, in the order their messages read best. */
public final class ApparatusChecks {
    private ApparatusChecks() {}

    public static List<BookBuilder.ManuscriptCheck> all() {
        return List.of(EssayIdsInProse::check, StaleMatchWords::check, UnusedForms::check, UncitedWorks::check);
    }
}
