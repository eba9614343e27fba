package press.reader.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each debris rule on a small input: the line goes, with its rule named and its fate recorded. */
class DebrisRulesTest {

    private static String ruleOf(CleanResult r, String text) {
        return r.removals().stream().filter(x -> x.text().equals(text)).map(Removal::rule).findFirst().orElse("kept");
    }

    @Test
    void downloadPromptAndIssueNumberGoToThePublication() {
        CleanResult r = CleanFixtures.clean("Downloading PDF. Please wait... Issue 2578\n\nA title\n\nIssue 2578\n\n"
                + "Text of the essay.\n\nMake a donation to Socialist Worker\n");
        assertEquals("download-prompt", ruleOf(r, "Downloading PDF. Please wait... Issue 2578"));
        assertEquals("issue-number", ruleOf(r, "Issue 2578"));
        assertEquals("Socialist Worker, issue 2578", r.metadata().publication());
        assertEquals("Text of the essay.", CleanFixtures.body(r));
    }

    @Test
    void articleAgeNoticeIsSiteChrome() {
        CleanResult r = CleanFixtures.clean("A title\n\nThis article is over 6 years, 5 months old\n\nText.\n");
        assertEquals("article-age-notice", ruleOf(r, "This article is over 6 years, 5 months old"));
        assertEquals(List.of("site chrome"), r.metadata().omitted());
    }

    @Test
    void appealsAndLatestNewsArePublisherAdvertising() {
        CleanResult r = CleanFixtures.clean("A title\n\nText.\n\nSign up for our daily email update ‘Breakfast in Red’\n\n"
                + "Latest News\n\nHelp fund the resistance\n");
        assertEquals("newsletter-appeal", ruleOf(r, "Sign up for our daily email update ‘Breakfast in Red’"));
        assertEquals("latest-news", ruleOf(r, "Latest News"));
        assertEquals("donation-appeal", ruleOf(r, "Help fund the resistance"));
        assertEquals(List.of("publisher advertising"), r.metadata().omitted());
        assertEquals("Text.", CleanFixtures.body(r));
    }

    @Test
    void duplicatedCaptionIsKeptOnceInItalicsWhenTheRulesKeepCaptions() {
        Rules keep = RulesLoader.parse(CleanFixtures.rulesText().replace("captions: remove", "captions: keep"), "rules.yaml");
        CleanResult r = new Importer(keep).clean(CaptureReader.decode(("A title\n\nArmies parading through Vladiwostok in 1918\n"
                + "Armies parading through Vladiwostok in 1918\n\nText.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "test.txt"), "sources/test.txt");
        assertEquals("duplicated-caption", ruleOf(r, "Armies parading through Vladiwostok in 1918"));
        assertEquals("*Armies parading through Vladiwostok in 1918*\n\nText.", CleanFixtures.body(r));
    }

    /** The book's rules: a caption whose picture the capture lacks is web furniture, removed and reported. */
    @Test
    void aCaptionWithoutItsPictureIsRemovedAndReported() {
        CleanResult r = CleanFixtures.clean("A title\n\nArmies parading through Vladiwostok in 1918\n"
                + "Armies parading through Vladiwostok in 1918\n\nText.\n");
        assertEquals(List.of("caption-without-picture", "duplicated-caption"), r.removals().stream()
                .filter(x -> x.text().contains("Vladiwostok")).map(x -> x.rule()).toList());
        assertEquals("Text.", CleanFixtures.body(r));
    }

    @Test
    void strayBlankRunsAreRemoved() {
        CleanResult r = CleanFixtures.clean("\n\nA title\n\n\n\nOne.\n\n\nTwo.\n\n\n");
        assertEquals("One.\n\nTwo.", CleanFixtures.body(r));
        assertTrue(r.removals().stream().allMatch(x -> x.rule().equals("blank-run")));
        assertEquals(7, r.removals().size());
    }

    @Test
    void readerCommentsAfterTheDatelineAreCutAndTheDateKept() {
        CleanResult r = CleanFixtures.clean("A title\n\nThe essay.\n\nFriday, October 6, 2017\n\n\n"
                + "Great article! \"Quote\" from it.\n\nI disagree.\n\nAurora (en)\n\n"
                + "Aurora is the broadsheet of the ICT for the interventions amongst the working class.\n");
        assertEquals("dateline", ruleOf(r, "Friday, October 6, 2017"));
        assertEquals("reader-comments", ruleOf(r, "I disagree."));
        assertEquals("publisher-blurb", ruleOf(r, "Aurora (en)"));
        assertEquals("6 October 2017", r.metadata().date());
        assertEquals(List.of("reader comments", "publisher advertising"), r.metadata().omitted());
        assertEquals("The essay.", CleanFixtures.body(r));
    }

    @Test
    void siteRulesApplyOnlyToTheirSite() {
        CleanResult r = CleanFixtures.clean("A title\n\nText.\n\nMay-June 2017, ATC 188\n");
        assertEquals("issue-dateline", ruleOf(r, "May-June 2017, ATC 188"));
        assertEquals("Against the Current 188", r.metadata().publication());
        assertEquals("May–June 2017", r.metadata().date());
        CleanResult other = CleanFixtures.clean("A title\n\nText.\n\nDownloading PDF. Please wait...\n");
        assertFalse(other.removals().stream().anyMatch(x -> x.rule().equals("download-prompt")),
                "the Socialist Worker rule must not fire on a capture from another site");
    }
}
