package press.reader.proof;

import java.util.ArrayList;
import java.util.List;

/**
 * Two facing pages as a reader sees them in the bound book, by 0-based page index; -1 is an empty side.
 * Page 1 is a recto and stands alone on the right; then 2-3, 4-5, ...; an even last page stands alone on the left.
 */
public record Spread(int left, int right) {

    public static List<Spread> of(int pageCount, PageRange range) {
        List<Spread> spreads = new ArrayList<>();
        for (int left = -1; left < pageCount; left += 2) {
            int right = left + 1 < pageCount ? left + 1 : -1;
            Spread s = new Spread(left, right);
            if (s.overlaps(range)) spreads.add(s);
        }
        return spreads;
    }

    public boolean overlaps(PageRange range) {
        return (left >= 0 && range.containsIndex(left)) || (right >= 0 && range.containsIndex(right));
    }

    /** A file name that sorts in page order: pages-001.png, pages-002-003.png. */
    public String fileName(int pageCount) {
        int digits = Math.max(3, Integer.toString(pageCount).length());
        String fmt = "%0" + digits + "d";
        StringBuilder sb = new StringBuilder("pages");
        if (left >= 0) sb.append('-').append(String.format(fmt, left + 1));
        if (right >= 0) sb.append('-').append(String.format(fmt, right + 1));
        return sb.append(".png").toString();
    }
}
