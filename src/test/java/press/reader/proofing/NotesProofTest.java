package press.reader.proofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real book's notes and note calls, read in the book document, the print PDF and the EPUB. */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class NotesProofTest {

    /** The note as a reader sees it: editor's additions in brackets, index terms and markup gone. */
    private static String noteText(String xml, String id) {
        Matcher m = Pattern.compile("<footnote role=\"\\w+\" xml:id=\"" + Pattern.quote(id) + "\">(.*?)</footnote>",
                Pattern.DOTALL).matcher(xml);
        assertTrue(m.find(), "no note " + id);
        return NotesWithCitationsTest.visible(m.group(1));
    }

    @Test
    void aCitationInAnEditorsNoteIsSetOnceInsideItWithItsPunctuation() throws IOException {
        String pdf = RealBook.flat(RealBook.get().printText());
        assertTrue(pdf.contains("Neil Faulkner, A Radical History of the World, 312. Lenin’s words are from"), "Faulkner note");
        assertFalse(pdf.contains("History of the World Faulkner"), "the citation repeated");
        assertTrue(pdf.contains("Seventh Congress of the party, 7 March 1918 (V. I. Lenin, "), "Lenin's report in parentheses");
        assertFalse(pdf.contains("7 March 1918 V. I. Lenin"), "prose run into the citation");
        assertTrue(pdf.contains("by Peter Sedgwick (Victor Serge, Year One of the Russian Revolution, trans. Peter Sedgwick"),
                "Serge in parentheses");
        // No editor's note anywhere runs its words into a citation: a citation's author follows "(" or begins the note.
        StringBuilder editors = new StringBuilder();
        Matcher notes = Pattern.compile("(?s)<footnote role=\"editor\"[^>]*>(.*?)</footnote>").matcher(RealBook.get().xml);
        while (notes.find()) editors.append(NotesWithCitationsTest.visible(notes.group(1))).append('\n');
        for (String name : List.of("V. I. Lenin", "Leon Trotsky", "Frederick Engels", "Victor Serge", "John Reed")) {
            Matcher m = Pattern.compile("(\\p{L}|\\d) " + Pattern.quote(name) + ", [‘“]?\\p{Lu}").matcher(editors);
            List<String> runOn = new ArrayList<>();
            while (m.find()) runOn.add(editors.substring(Math.max(0, m.start() - 40), m.end() + 20));
            assertEquals(List.of(), runOn, name + " run on");
        }
    }

    /** Every author's note prints the author's words exactly: the Markdown note without its citation keys. */
    @Test
    void everyAuthorsNotePrintsTheAuthorsWordsExactly() throws IOException {
        String xml = RealBook.get().xml;
        Pattern def = Pattern.compile("(?m)^\\[\\^([^\\]]+)\\]: (.+)$");
        int checked = 0;
        try (var essays = Files.list(Path.of("manuscript/essays"))) {
            for (Path essay : essays.sorted().toList()) {
                String id = essay.getFileName().toString().replace(".md", "");
                Matcher m = def.matcher(Files.readString(essay));
                while (m.find()) {
                    String words = m.group(2).replaceAll("\\s*\\[-?@[^\\]]*\\]", "").replace("*", "").strip();
                    String printed = noteText(xml, id + "-n" + m.group(1)).replaceAll(" ?\\[[^\\[]*\\]$", "");
                    assertEquals(words, printed, id + " note " + m.group(1));
                    checked++;
                }
            }
        }
        assertTrue(checked >= 3, "Weissman's three notes at least");
    }

    @Test
    void theEditorsReferencesInAnAuthorsNoteFollowHerWordsInBracketsMarkedAsTheEditors() throws IOException {
        String pdf = RealBook.flat(RealBook.get().printText());
        assertTrue(pdf.contains("by Paul Avrich. See also Victor Serge, “Once More: Kronstadt,” April 1938, [Paul Avrich, "
                + "Kronstadt 1921 (Princeton, NJ: Princeton University Press, 1970); Victor Serge,"), "Weissman's note 3 in print");
        assertFalse(pdf.contains("Paul Avrich Paul Avrich"));
        String epub = RealBook.get().epubText();
        assertTrue(Pattern.compile("1938, \\[<span class=\"editor-addition\">Paul Avrich, <em>Kronstadt 1921</em>.*?"
                + "&#xA0;<span class=\"ed-mark\">—(\u00A0|&#xA0;)Ed\\.</span></span>\\]|1938, \\[<span class=\"editor-addition\">Paul "
                + "Avrich, <em>Kronstadt 1921</em>.*?\u00A0<span class=\"ed-mark\">—(\u00A0|&#xA0;)Ed\\.</span></span>\\]", Pattern.DOTALL)
                .matcher(epub).find(), "Weissman's note 3 in the EPUB");
    }

    /** No note call inside a word, after a space, or inside a quotation its paragraph opened. */
    @Test
    void noNoteCallSitsInsideAWordAQuotationOrAfterASpace() throws IOException {
        // the book document is written indented: white space with a line break between two tags is the indenter's
        String t = RealBook.get().xml.replaceAll(">\\s*\\R\\s*<", "><")
                .replaceAll("(?s)<indexterm[^>]*>.*?</indexterm>", "")
                .replaceAll("<anchor[^>]*/>", "")
                .replaceAll("(?s)<footnote role=\"\\w+\".*?</footnote>", "¤")
                .replaceAll("</?(glossterm|emphasis|link)[^>]*>", "");
        List<String> bad = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\d’]¤[\\p{L}\\d]|\\s[,;:.]?¤").matcher(t);
        while (m.find()) bad.add(t.substring(Math.max(0, m.start() - 30), Math.min(t.length(), m.end() + 10)));
        Matcher paras = Pattern.compile("(?s)<para[^>]*>(.*?)</para>").matcher(t);
        while (paras.find()) {
            String p = paras.group(1);
            for (int at = p.indexOf('¤'); at >= 0; at = p.indexOf('¤', at + 1)) {
                String before = p.substring(0, at);
                if (before.chars().filter(c -> c == '“').count() > before.chars().filter(c -> c == '”').count()) {
                    bad.add("in a quotation: " + before.substring(Math.max(0, before.length() - 40)));
                }
            }
        }
        assertEquals(List.of(), bad);
        assertTrue(t.contains("He abandoned the party’s international perspective"), "the call left the word whole");
    }

    /** "— Ed." never stands alone on a note's last line. */
    @Test
    void theEditorsMarkNeverStandsAloneOnALine() throws IOException {
        List<String> alone = RealBook.get().printText().lines().map(String::strip)
                .filter(l -> l.equals("— Ed.") || l.startsWith("Ed.") || l.endsWith(" —")).toList();
        assertEquals(List.of(), alone);
        assertTrue(RealBook.get().printText().contains("\u00A0— Ed.") || RealBook.get().printText().contains(" — Ed."));
    }

    /**
     * A note called from a block quotation or a list is not indented like its caller: the numbers of the notes,
     * set flush right in their column, end at the same place on every left-hand page and on every right-hand page.
     */
    @Test
    void everyNoteNumberEndsAtTheSamePlaceWhateverCallsIt() throws IOException {
        java.util.Map<Integer, java.util.TreeMap<Float, String>> edges = new java.util.TreeMap<>();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(RealBook.get().print.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                boolean lineStart = true;

                @Override
                protected void writeLineSeparator() throws IOException {
                    lineStart = true;
                    super.writeLineSeparator();
                }

                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> ps) throws IOException {
                    if (lineStart && text.matches("\\d{1,2}\\.") && Math.abs(ps.get(0).getFontSize() - 8.5f) < 0.3f) {
                        var dot = ps.get(ps.size() - 1);
                        float edge = Math.round((dot.getXDirAdj() + dot.getWidthDirAdj()) * 2) / 2f;
                        edges.computeIfAbsent(getCurrentPageNo() % 2, k -> new java.util.TreeMap<>())
                                .merge(edge, "p. " + getCurrentPageNo() + " n. " + text, (a, b) -> a);
                    }
                    lineStart = false;
                    super.writeString(text, ps);
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        }
        assertEquals(2, edges.size(), "notes on both sides of the spread: " + edges);
        for (var side : edges.values()) {
            assertTrue(side.lastKey() - side.firstKey() <= 1f, "note numbers end at different places: " + side);
        }
    }
}
