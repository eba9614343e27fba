package press.reader.robust;

import java.util.Random;

/** Large, deterministic prose for size tests: plain words that are not glossary or index forms. */
final class BigText {
    private static final String[] WORDS = {"the", "many", "workers", "spoke", "about", "of", "and", "bread", "land",
            "peace", "a", "long", "winter", "in", "their", "town", "hall"};

    private BigText() {}

    /** One paragraph of about {@code chars} characters, ending with a full stop. */
    static String paragraph(int chars) {
        Random r = new Random(1917);
        StringBuilder sb = new StringBuilder(chars + 16);
        while (sb.length() < chars) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }
}
