package press.reader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Citation output in the book's quotation style. */
class QuoteStyleTest {
    private static String british(String s) {
        return QuoteStyle.forLocale("en-GB").apply(RichText.plain(s)).plainText();
    }

    @Test
    void singleOuterMarksBecomeDoubleWithLogicalPunctuation() {
        assertEquals("Frederick Engels, “On Authority”, in Collected Works",
                british("Frederick Engels, ‘On Authority,’ in Collected Works"));
        assertEquals("Victor Serge, “Once More: Kronstadt”, The New International, 1938.",
                british("Victor Serge, ‘Once More: Kronstadt,’ The New International, 1938."));
    }

    @Test
    void neverACommaAfterAQuestionMark() {
        assertEquals("Marcel Liebman, “Was Lenin a Stalinist?” in The Stalinist Legacy",
                british("Marcel Liebman, ‘Was Lenin a Stalinist?,’ in The Stalinist Legacy"));
        assertEquals("Leon Trotsky, The Revolution Betrayed: Where Is It Going? trans. Max Eastman",
                british("Leon Trotsky, The Revolution Betrayed: Where Is It Going?, trans. Max Eastman"));
        assertEquals("Liebman, “Was Lenin a Stalinist?” in", QuoteStyle.forLocale("en-US")
                .apply(RichText.plain("Liebman, “Was Lenin a Stalinist?,” in")).plainText());
    }

    @Test
    void innerMarksBecomeSingleAndApostrophesStay() {
        assertEquals("“Lenin’s ‘April Theses’”, in Scribner’s", british("‘Lenin’s “April Theses”,’ in Scribner’s"));
    }

    @Test
    void americanPunctuationStaysInsideForEnUs() {
        assertEquals("Engels, “On Authority,” in", QuoteStyle.forLocale("en-US")
                .apply(RichText.plain("Engels, “On Authority,” in")).plainText());
    }

    @Test
    void formattingIsKeptAcrossSpans() {
        RichText t = RichText.of(List.of(Span.plain("‘Critique of the "), new Span("Gotha", true, false, false, false),
                Span.plain(" Programme,’ in ")));
        assertEquals("“Critique of the *Gotha* Programme”, in ", QuoteStyle.forLocale("en-GB").apply(t).toString());
    }
}
