package press.reader.proofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.support.TestBooks;

/** The essays' openings: nothing unknown printed, no stray caption, a visible start, brackets only where given. */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class OpeningsProofTest {
    private static int count(String s, String what) {
        return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    @Test
    void unknownMetadataIsNeverPrinted() throws IOException {
        RealBook b = RealBook.get();
        for (String text : List.of(b.printText(), b.screenText(), b.epubText(), b.xml)) {
            for (String placeholder : List.of("Author unknown", "Publication unknown", "Date unknown")) {
                assertEquals(0, count(text, placeholder), placeholder);
            }
        }
    }

    @Test
    void theCaptionWithoutItsPictureIsRemovedByTheImportAndReported() throws IOException {
        RealBook b = RealBook.get();
        assertFalse(RealBook.flat(b.printText()).contains("Invading imperial armies parading through Vladiwostok"));
        assertFalse(b.epubText().contains("Invading imperial armies"));
        String essay = Files.readString(TestBooks.REAL_MANUSCRIPT.resolve("essays/defeated.md"));
        assertTrue(essay.contains("  - \"a picture caption\"\n"), "the front matter lists it as omitted");
        String report = Files.readString(TestBooks.real().file("cleanup-report.md"));
        assertTrue(report.contains("| `sources/000_99b93fec261698d4.txt:7` | `caption-without-picture` | "
                + "`Invading imperial armies parading through Vladiwostok in 1918` |"), "cleanup report");
    }

    /**
     * The essay's own text begins visibly after the opening's apparatus: a lead-in in small capitals, the font's own
     * (styles/fonts/derive.py, "Linux Libertine O SC"), so that the text copies as the author wrote it: "Within a
     * decade", not "WITHIN A DECADE" as when capitals were made of it (a source's own capitals stay capitals).
     */
    @Test
    void everyEssayStartsWithALeadIn() throws IOException {
        String print = RealBook.flat(RealBook.get().printText());
        for (String start : List.of("Within a decade of the revolution a regime", "THE RUSSIAN REVOLUTION of February and October",
                "Our rulers want us to think", "Before we can talk of the degeneration",
                // a one-word lead-in takes the glossary term its sentence goes on in
                "The October Revolution of 1917 was barely mentioned")) {
            assertTrue(print.contains(start), start);
        }
        assertFalse(print.contains("WITHIN A DECADE"), "the lead-in copies as written");
        String epub = RealBook.get().epubText();
        assertTrue(epub.contains("<span class=\"lead-in\">Within a decade</span> of the revolution"), "EPUB lead-in");
        for (var e : RealBook.get().epub.entrySet()) {
            if (List.of("defeated", "nielsen", "weissman", "significance", "degeneration").stream()
                    .anyMatch(id -> e.getKey().endsWith("/" + id + ".xhtml"))) {
                assertTrue(e.getValue().contains("<span class=\"lead-in\">"), "a lead-in in " + e.getKey());
            }
        }
        assertTrue(java.util.regex.Pattern.compile("<span class=\"lead-in\">The</span>\\s*(<span id=\"[^\"]*\"></span>\\s*)*"
                + "<span class=\"lead-in\"><a class=\"glossref\"[^>]*>October Revolution</a></span>").matcher(epub).find(),
                "Nielsen's lead-in goes on into the glossary term");
    }

    /** A title the editors put in brackets keeps them in the contents and at the opening, not in running heads. */
    @Test
    void bracketsOfASuppliedTitleStayOutOfTheRunningHeads() throws IOException {
        List<String> lines = RealBook.get().printText().lines().map(String::strip).toList();
        long bracketedHeads = lines.stream().filter(l -> l.equals("[The Degeneration of the Russian Revolution]")).count();
        long heads = lines.stream().filter(l -> l.equals("The Degeneration of the Russian Revolution")).count();
        assertTrue(bracketedHeads <= 1, "only the contents line is a whole bracketed title: " + bracketedHeads);
        assertTrue(heads >= 5, "running heads without brackets: " + heads);
        String flat = RealBook.flat(RealBook.get().printText());
        assertEquals(2, count(flat, "[The Degeneration of the Russian Revolution]"), "contents and opening");
    }
}
