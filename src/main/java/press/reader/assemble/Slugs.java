package press.reader.assemble;

import java.text.Normalizer;
import java.util.Locale;

/** Turns words into id-safe slugs: lower-case ASCII letters, digits and hyphens. */
public final class Slugs {
    private Slugs() {}

    public static String slug(String words) {
        String s = Normalizer.normalize(words, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 48) s = s.substring(0, 48).replaceAll("-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
