package press.reader.features.chronology;

import java.util.List;

/**
 * The chronology's time line as the editor sets it (book.yaml {@code chronology-figure}): the years drawn to scale
 * and the years drawn larger ({first, last} each, or null: from the first event's year to the last's; none), and
 * the editor's note printed under the figure's key ("" for none). The styles draw with these unless a design
 * sets its own timeline-* parameters.
 */
record ChronologyFigure(List<Integer> years, List<Integer> focus, String note) {
    static final ChronologyFigure NONE = new ChronologyFigure(null, null, "");
}
