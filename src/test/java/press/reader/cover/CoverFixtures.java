package press.reader.cover;

import java.nio.file.Path;
import java.util.List;

/** Specs for tests: the book's own values at 6 x 9 in, with the page count and ISBN varied. */
final class CoverFixtures {
    private CoverFixtures() {}

    static final Path FONTS = Path.of("styles/fonts");
    static final float SIX_IN = 6 * 72f;
    static final float NINE_IN = 9 * 72f;
    static final String BLURB = "Five essays written for and after the centenary of 1917 ask how a revolution made in the "
            + "name of workers' councils ended, within a decade, in Stalin's dictatorship. Gathered from the web, cleaned "
            + "and annotated, they are presented here with an editorial introduction, headnotes, notes on the text, a "
            + "unified chronology, a glossary and an index.";

    static CoverSpec spec(int pages, String isbn) {
        return new CoverSpec("Revolution and Degeneration",
                "Five Essays on the Russian Revolution and Its Fate, an Annotated Reader", List.of("The Editors"),
                BLURB, isbn, SIX_IN, NINE_IN, pages, 0.0025f, 0.125f, FONTS, 1_767_225_600L);
    }
}
