package press.reader.features.chronology;

import java.util.IntSummaryStatistics;
import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;

/**
 * book.yaml's {@code chronology-figure.focus} given without {@code years}: the figure's years then run from the first
 * event's year to the last's (timeline-figure.xsl), and a focus that lies wholly outside them leaves no year to draw
 * larger. The editor's mistake is reported at the focus's line before assembly, not by the styles at their own file
 * when the figure is drawn. A focus only partly outside is drawn within the years, as the styles do.
 */
final class FocusWithinEvents {
    private FocusWithinEvents() {}

    static final String CODE = "BP015";

    static void check(Manuscript ms, Diagnostics d) {
        ChronologyFigure figure = ms.setting(ChronologySettings.FIGURE);
        if (figure.focus() == null || figure.years() != null) return;
        // the years the figure reads, each event's (its date is YYYY, YYYY-MM or YYYY-MM-DD: TimelineFile refuses others)
        IntSummaryStatistics years = ms.apparatus(TimelineFile.FILE).stream()
                .mapToInt(e -> Integer.parseInt(e.date().substring(0, 4)))
                .summaryStatistics();
        if (years.getCount() == 0) return;
        int first = figure.focus().get(0), last = figure.focus().get(1);
        if (last < years.getMin() || first > years.getMax()) {
            d.error(figure.file(), figure.focusLine(), CODE, "chronology-figure.focus " + figure.focus()
                    + " lies outside the years of the chronology's events, " + years.getMin() + "–" + years.getMax()
                    + ", which the figure draws when chronology-figure gives no years: set a focus within them, "
                    + "or give the years to draw (chronology-figure.years)");
        }
    }
}
