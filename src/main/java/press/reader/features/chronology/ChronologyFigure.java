package press.reader.features.chronology;

import java.util.List;

/**
 * The chronology's time line as the editor sets it (book.yaml {@code chronology-figure}): the years drawn to scale
 * and the years drawn larger ({first, last} each, or null: from the first event's year to the last's; none), and
 * the editor's note printed under the figure's key ("" for none). The styles draw with these unless a design
 * sets its own timeline-* parameters. {@code file} and {@code focusLine}: where the focus is written (for a message
 * about it; null and 0 without one).
 */
record ChronologyFigure(List<Integer> years, List<Integer> focus, String note, String file, int focusLine) {
    static final ChronologyFigure NONE = new ChronologyFigure(null, null, "", null, 0);
}
