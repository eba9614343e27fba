package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The pieces of the layout by page sequence: the stylesheet's XSL-FO cut into sequences (ids, targets, the outline
 * read apart), a sequence made fit to stand alone, and the page number it starts on as FOP numbers it in the book.
 */
class ChapterPiecesTest {
    private static final String FO = "xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"";

    private static final String BOOK = "<fo:root " + FO + "><fo:layout-master-set><fo:simple-page-master master-name=\"p\"/>"
            + "</fo:layout-master-set><fo:bookmark-tree><fo:bookmark internal-destination=\"one\"><fo:bookmark-title>One</fo:bookmark-title>"
            + "<fo:bookmark internal-destination=\"s1\"><fo:bookmark-title>Section</fo:bookmark-title></fo:bookmark></fo:bookmark>"
            + "</fo:bookmark-tree>"
            + "<fo:page-sequence master-reference=\"p\" force-page-count=\"end-on-even\"><fo:flow><fo:block id=\"contents\">"
            + "<fo:basic-link internal-destination=\"one\">One</fo:basic-link> <fo:page-number-citation ref-id=\"one\"/></fo:block></fo:flow></fo:page-sequence>"
            + "<fo:page-sequence master-reference=\"p\" force-page-count=\"end-on-even\" initial-page-number=\"auto-odd\"><fo:flow>"
            + "<fo:block id=\"one\">See <fo:basic-link internal-destination=\"s1\">below</fo:basic-link> and "
            + "<fo:basic-link internal-destination=\"contents\">the contents</fo:basic-link>, page <fo:page-number-citation ref-id=\"contents\"/>.</fo:block>"
            + "<fo:block id=\"s1\"/></fo:flow></fo:page-sequence>"
            + "<fo:page-sequence xmlns:bp=\"urn:bookpress\" master-reference=\"p\" bp:padding=\"fit\"><fo:flow><fo:block/></fo:flow>"
            + "</fo:page-sequence></fo:root>";

    /** Counts the prefix mappings begun and not ended. */
    private static final class PrefixCount extends DefaultHandler {
        int open;

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            open++;
        }

        @Override
        public void endPrefixMapping(String prefix) {
            open--;
        }
    }

    @Test
    void theXslFoIsCutIntoItsPageSequencesAndItsOutline() throws Exception {
        FoChapters fo = new FoChapters();
        SaxEvents.parse(BOOK, fo);
        assertEquals(3, fo.sequences.size());
        assertEquals(Set.of("contents"), fo.sequences.get(0).ids);
        assertEquals(Set.of("one"), fo.sequences.get(0).targets);
        assertEquals(Set.of("one", "s1"), fo.sequences.get(1).ids);
        assertEquals(Set.of("s1", "contents"), fo.sequences.get(1).targets);
        assertEquals("auto-odd", fo.sequences.get(1).initialPageNumber);
        assertEquals("end-on-even", fo.sequences.get(1).forcePageCount);
        assertTrue(fo.sequences.get(2).padding);
        assertFalse(fo.sequences.get(1).padding);
        assertEquals(List.of(new FoChapters.Bookmark("One", "one", List.of(new FoChapters.Bookmark("Section", "s1", List.of())))),
                fo.bookmarks);
        assertEquals(Set.of("one", "s1"), fo.bookmarkTargets());
        SaxEvents.Recorder shared = new SaxEvents.Recorder();
        fo.shared.replay(shared);
        assertEquals("<layout-master-set><simple-page-master master-name=\"p\"></simple-page-master></layout-master-set>",
                shared.text.toString(), "the page masters are shared; the outline is not");
        PrefixCount prefixes = new PrefixCount();
        fo.sequences.get(2).events.replay(prefixes);
        assertEquals(0, prefixes.open, "a prefix declared on a page sequence ends with it");
        PrefixCount sharedPrefixes = new PrefixCount();
        fo.shared.replay(sharedPrefixes);
        assertEquals(0, sharedPrefixes.open);
    }

    @Test
    void aSequenceStandsAloneWithItsStartPageAndTheMapsFolios() throws Exception {
        FoChapters fo = new FoChapters();
        SaxEvents.parse(BOOK, fo);
        FoChapters.Sequence chapter = fo.sequences.get(1);
        SaxEvents.Recorder out = new SaxEvents.Recorder();
        PageMap map = new PageMap(Map.of("contents", new PageMap.Page(5, "v"), "one", new PageMap.Page(13, "1")));
        ChapterRewrite rewrite = new ChapterRewrite(out, 7, chapter.ids, Set.of("contents")::contains, map);
        chapter.events.replay(rewrite);
        assertFalse(rewrite.unresolved());
        String text = out.text.toString();
        assertTrue(text.contains("initial-page-number=\"7\""), text);
        assertTrue(text.contains("<basic-link internal-destination=\"s1\">below"), "a link inside the sequence stays: " + text);
        assertTrue(text.contains("<basic-link external-destination=\"" + ChapterPdf.GOTO + "contents\">the contents"),
                "a link to another sequence is made a go-to when the PDF is put together: " + text);
        assertTrue(text.contains(", page v.</block>"), "a citation of another sequence is the map's folio: " + text);

        ChapterRewrite noMap = new ChapterRewrite(new SaxEvents.Recorder(), 7, chapter.ids, Set.of("contents")::contains, PageMap.empty());
        chapter.events.replay(noMap);
        assertTrue(noMap.unresolved(), "without the folio the sequence cannot stand alone");
    }

    @Test
    void theXslFosFingerprintIsTheSameRecordedOrStreamedAndChangesWithWhatTheLayoutReads() throws Exception {
        byte[] recorded = recordedFingerprint(BOOK);
        FoChapters.Fingerprinting streamed = new FoChapters.Fingerprinting();
        SaxEvents.parse(BOOK, streamed);
        assertArrayEquals(recorded, streamed.fingerprint(), "the settle rule compares a recorded run with a streamed one");
        assertTrue(streamed.sequences.stream().allMatch(s -> s.events.events().isEmpty()), "nothing of it kept");
        assertArrayEquals(recorded, recordedFingerprint(BOOK));
        for (String[] change : new String[][] {{"the contents</fo:basic-link>", "the contents </fo:basic-link>"},
                {"<fo:bookmark-title>Section", "<fo:bookmark-title>A section"},
                {"internal-destination=\"s1\"><fo:bookmark-title>", "internal-destination=\"one\"><fo:bookmark-title>"},
                {"master-name=\"p\"/>", "master-name=\"p\" page-width=\"5in\"/>"},
                {"initial-page-number=\"auto-odd\"", "initial-page-number=\"auto-even\""}}) {
            assertTrue(BOOK.contains(change[0]), change[0]);
            assertFalse(Arrays.equals(recorded, recordedFingerprint(BOOK.replace(change[0], change[1]))), change[1]);
        }
    }

    private static byte[] recordedFingerprint(String xml) throws Exception {
        FoChapters fo = new FoChapters();
        SaxEvents.parse(xml, fo);
        return fo.fingerprint();
    }

    @Test
    void aSequencesFingerprintIsTakenAgainOnlyWhenTheRewriteWouldReadOtherwise() throws Exception {
        FoChapters fo = new FoChapters();
        SaxEvents.parse(BOOK, fo);
        FoChapters.Sequence chapter = fo.sequences.get(1);
        PageMap map = new PageMap(Map.of("contents", new PageMap.Page(5, "v"), "one", new PageMap.Page(13, "1")));
        ChapterLayout.Rewritten first = ChapterLayout.Rewritten.of(chapter, 7, Set.of("contents")::contains, map, null);
        assertEquals(Map.of("contents", true), first.asked(), "the rewrite asked only of the ids outside the sequence");
        assertNotNull(first.digest());

        // the layout after the early layout, which read the same: the early one's fingerprint, no second replay
        assertSame(first, ChapterLayout.Rewritten.of(chapter, 7, Set.of("contents", "elsewhere")::contains, map, null));

        // anything the rewrite reads otherwise replays it: its start, the map, the folder, an id's sequence
        ChapterLayout.Rewritten later = ChapterLayout.Rewritten.of(chapter, 9, Set.of("contents")::contains, map, null);
        assertNotSame(first, later);
        assertFalse(Arrays.equals(first.digest(), later.digest()));
        PageMap moved = new PageMap(Map.of("contents", new PageMap.Page(6, "vi"), "one", new PageMap.Page(13, "1")));
        ChapterLayout.Rewritten remapped = ChapterLayout.Rewritten.of(chapter, 9, Set.of("contents")::contains, moved, null);
        assertNotSame(later, remapped);
        assertFalse(Arrays.equals(later.digest(), remapped.digest()));
        // a later build: its page map another object and its images in a folder of its own; the pages the sequence
        // cites the same and no folder in it: the same fingerprint, not replayed (the page of its own id moved)
        PageMap later2 = new PageMap(Map.of("contents", new PageMap.Page(6, "vi"), "one", new PageMap.Page(14, "2")));
        assertSame(remapped, ChapterLayout.Rewritten.of(chapter, 9, Set.of("contents")::contains, later2, "file:/w/"));
        ChapterLayout.Rewritten inside = ChapterLayout.Rewritten.of(chapter, 9, Set.<String>of()::contains, moved, "file:/w/");
        assertEquals(Map.of("contents", false), inside.asked());
        ChapterLayout.Rewritten unresolved = ChapterLayout.Rewritten.of(chapter, 9, Set.of("contents")::contains,
                PageMap.empty(), "file:/w/");
        assertNull(unresolved.digest(), "a citation the map cannot resolve: no fingerprint");
    }

    @Test
    void aSequenceThatNamesTheBuildsFolderIsReplayedInAnotherBuildsFolder() throws Exception {
        FoChapters fo = new FoChapters();
        SaxEvents.parse(BOOK.replace("<fo:block id=\"s1\"/>",
                "<fo:block id=\"s1\"><fo:external-graphic src=\"file:/out/gen-1/images/map.png\"/></fo:block>"), fo);
        FoChapters.Sequence chapter = fo.sequences.get(1);
        PageMap map = new PageMap(Map.of("contents", new PageMap.Page(5, "v")));
        ChapterLayout.Rewritten first = ChapterLayout.Rewritten.of(chapter, 7, Set.of("contents")::contains, map,
                "file:/out/gen-1/");
        ChapterLayout.Rewritten other = ChapterLayout.Rewritten.of(chapter, 7, Set.of("contents")::contains, map,
                "file:/out/gen-2/");
        assertNotSame(first, other);
        assertFalse(Arrays.equals(first.digest(), other.digest()), "the folder named as a folder in one, not the other");
        ChapterLayout.Rewritten again = ChapterLayout.Rewritten.of(chapter, 7, Set.of("contents")::contains, map,
                "file:/out/gen-1/");
        assertNotSame(other, again);
        assertArrayEquals(first.digest(), again.digest());
    }

    @Test
    void aSequenceStartsOnTheNumberFopGivesItAfterThePreviousOne() {
        assertEquals(1, ChapterLayout.startNumber(null, 0));
        assertEquals(1, ChapterLayout.startNumber("1", 12));
        assertEquals(13, ChapterLayout.startNumber("auto-odd", 12));
        assertEquals(15, ChapterLayout.startNumber("auto-odd", 13));
        assertEquals(14, ChapterLayout.startNumber("auto-even", 12));
        assertEquals(14, ChapterLayout.startNumber("auto-even", 13));
        assertEquals(13, ChapterLayout.startNumber("auto", 12));
    }
}
