package press.reader.manuscript;

import java.util.List;

/**
 * A dated event of the unified chronology.
 *
 * @param date ISO date of the stated precision: YYYY, YYYY-MM or YYYY-MM-DD (Old Style for Russian dates before 1918-02-14)
 * @param newStyle the Gregorian date where {@code date} is Old Style, or null
 */
public record TimelineEvent(String date, String newStyle, String event, List<String> essays, List<String> match,
                            String disagreement, boolean context, String file, int line) {

    /** Sort key that orders year-only before month-only before exact dates within the same period. */
    public String sortKey() {
        String d = newStyle != null ? newStyle : date;
        return (d + "-00-00").substring(0, 10);
    }
}
