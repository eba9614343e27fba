package press.reader.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** House style: each typographic rule on a small input, and each change recorded under the rule's name. */
class TypographyTest {

    private static String styled(String paragraph) {
        String body = CleanFixtures.body(CleanFixtures.clean("Title\n\nIntro.\n\n" + paragraph + "\n"));
        return body.substring("Intro.\n\n".length());
    }

    private static boolean recorded(String paragraph, String rule) {
        return CleanFixtures.clean("Title\n\n" + paragraph + "\n").changes().stream().anyMatch(c -> c.rule().equals(rule));
    }

    @Test
    void straightQuotesAndApostrophesBecomeCurly() {
        assertEquals("He said, “It’s the ‘real’ thing.”", styled("He said, \"It's the 'real' thing.\""));
        assertTrue(recorded("It's", "curly-apostrophe"));
    }

    @Test
    void dashesAreClosedEmDashes() {
        assertEquals("the revolution—and all revolutions", styled("the revolution – and all revolutions"));
        assertEquals("society—for example", styled("society —for example"));
        assertEquals("Ministers—Trotsky.", styled("Ministers - Trotsky."));
        assertEquals("wait—what", styled("wait -- what"));
        assertTrue(recorded("a – b", "closed-em-dash"));
    }

    @Test
    void rangesTakeEnDashes() {
        assertEquals("In 1918–1921, 1921–2 and on October 24–25th; May–June.", styled("In 1918-1921, 1921-2 and on October 24-25th; May-June."));
        assertEquals("mid-1920s and late-1917 and B-52", styled("mid-1920s and late-1917 and B-52"));
    }

    @Test
    void ellipsesAndSpaces() {
        assertEquals("The Leninists … against their will.", styled("The Leninists ...  against\u00A0their will."));
        assertTrue(recorded("a  b", "single-spaces"));
    }

    @Test
    void entityDebrisIsRepairedEvenWhenTruncated() {
        assertEquals("“all the capitalists.” and R&D", styled("“all the capitalists.&rdqu and R&amp;D"));
        assertTrue(recorded("x&rdqu", Typography.ENTITY_RULE));
    }
}
