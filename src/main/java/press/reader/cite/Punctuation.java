package press.reader.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * A last guard against doubled delimiters from citeproc-java, such as ", ," when a group of names renders
 * a delimiter for an empty name variable (the cause is fixed in {@link StylePatches#splitMultiVariableNames};
 * this catches cases the patch does not reach). Only ", ," is repaired: it is never right, whereas ". ." may be
 * part of an ellipsis in a title.
 */
final class Punctuation {
    private Punctuation() {}

    static RichText repair(RichText text) {
        List<Span> out = new ArrayList<>();
        for (Span s : text.spans()) {
            String t = s.text();
            while (t.contains(", ,")) t = t.replace(", ,", ",");
            out.add(s.withText(t));
        }
        return RichText.of(out);
    }
}
