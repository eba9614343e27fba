package press.reader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import press.reader.apparatus.EssayIdsInProse;
import press.reader.assemble.ApparatusFeatures;
import press.reader.publish.BookBuilder.ManuscriptCheck;
import press.reader.publish.Fidelity;
import press.reader.publish.MissingGlyphs;

/**
 * The manuscript checks every build and `check` run, in order, registered here: the general ones, and each apparatus
 * feature's, which its maker registers with it (in {@code features/Features}).
 */
public final class Checks {
    private Checks() {}

    /**
     * Every check, with {@code fidelity} (whose results the cleanup report shares) first: the editor's prose against the
     * essays' ids, the checks of {@code features}, and the characters the fonts of {@code styles} cannot draw, in every
     * file the book prints from (the features' files among them).
     */
    public static List<ManuscriptCheck> all(Path styles, Fidelity fidelity, ApparatusFeatures features) {
        List<ManuscriptCheck> all = new ArrayList<>();
        all.add(fidelity);
        all.add(EssayIdsInProse::check);
        for (ApparatusFeatures.Check c : features.checks()) all.add(c::check);
        all.add(MissingGlyphs.of(styles, features.files(), features::printedWords));
        return List.copyOf(all);
    }
}
