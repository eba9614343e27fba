package press.reader.cover;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;

/** Breaks a text into lines that fit a width, at spaces only (a cover is no place for hyphens). */
final class LineBreaker {
    private LineBreaker() {}

    static List<String> wrap(String text, BaseFont font, float size, float maxWidth) {
        return wrap(text, font, size, 0f, maxWidth);
    }

    /** @param tracking extra space after each character, in points, as set with character spacing */
    static List<String> wrap(String text, BaseFont font, float size, float tracking, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) continue;
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(candidate, font, size, tracking) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    static float width(String text, BaseFont font, float size, float tracking) {
        return font.getWidthPointKerned(text, size) + tracking * text.length();
    }

    /** The widest line, to test whether a single word overflows. */
    static float widest(List<String> lines, BaseFont font, float size, float tracking) {
        float max = 0;
        for (String l : lines) max = Math.max(max, width(l, font, size, tracking));
        return max;
    }
}
