package press.reader.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-paragraph edit for the benchmark: italicises one word of one paragraph of an essay. Emphasis is an edit the
 * fidelity check allows (an essay's words may not change, but markup may be added), so the book still builds, yet
 * the paragraph's output changes. Each edit starts again from the original text.
 */
final class ParagraphEdit {
    private static final Pattern PLAIN_WORD = Pattern.compile("(?<= )[A-Za-z]{6,}(?= )");

    private final Path essay;
    private final String original;
    private final int paragraphStart;
    private final List<int[]> words = new ArrayList<>();

    ParagraphEdit(Path essay) throws IOException {
        this.essay = essay;
        this.original = Files.readString(essay, StandardCharsets.UTF_8);
        int bodyStart = original.indexOf("\n---", 4) + 4;   // after the front matter
        int best = -1;
        int bestLength = 0;
        int pos = bodyStart;
        for (String line : original.substring(bodyStart).split("\n", -1)) {
            boolean plain = !line.isBlank() && Character.isLetter(line.charAt(0)) && !line.contains("[^")
                    && !line.contains("[@");
            if (plain && line.length() > bestLength) {
                best = pos;
                bestLength = line.length();
            }
            pos += line.length() + 1;
        }
        if (best < 0) throw new IllegalArgumentException(essay + ": no plain paragraph to edit");
        this.paragraphStart = best;
        Matcher m = PLAIN_WORD.matcher(original.substring(best, best + bestLength));
        while (m.find()) words.add(new int[] {best + m.start(), best + m.end()});
        if (words.isEmpty()) throw new IllegalArgumentException(essay + ": no plain word to italicise");
    }

    /** Writes the essay with word {@code n} (modulo the paragraph's plain words) in italics. */
    void emphasise(int n) throws IOException {
        int[] w = words.get(n % words.size());
        String edited = original.substring(0, w[0]) + "*" + original.substring(w[0], w[1]) + "*" + original.substring(w[1]);
        Files.writeString(essay, edited, StandardCharsets.UTF_8);
    }

    int paragraphStart() {
        return paragraphStart;
    }
}
