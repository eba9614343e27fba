package press.reader.features.chronology;

import java.util.List;

/**
 * A dated event of the unified chronology.
 *
 * @param date ISO date of the stated precision: YYYY, YYYY-MM or YYYY-MM-DD (Old Style for Russian dates before 1918-02-14)
 * @param newStyle the Gregorian date where {@code date} is Old Style, or null
 * @param label the editor's short label for the time-line figure, or null (the figure then derives one)
 */
public record TimelineEvent(String date, String newStyle, String event, String label, List<String> essays,
                            List<String> match, String disagreement, boolean context, String file, int line) {

    /** The longest label the figure is designed for; a longer one is reported (it would crowd the figure). */
    public static final int LABEL_MAX_CHARS = 40;

    /** Sort key that orders year-only before month-only before exact dates within the same period. */
    public String sortKey() {
        String d = newStyle != null ? newStyle : date;
        return (d + "-00-00").substring(0, 10);
    }
}
