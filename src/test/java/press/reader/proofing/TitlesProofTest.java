package press.reader.proofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Titles are styled by kind, the same in every part of the book: books and periodicals in italic, essays and
 * articles in quotation marks; a title inside italic is set roman. Read from the print PDF with every change of
 * italic written as a star, so "*Socialist Worker*, issue 2578" means the periodical's name alone is italic.
 */
@Tag("slow")   // reads the real book, laid out once per run of the suite (see README, Tests)
class TitlesProofTest {
    private static String printWithItalics;

    /** The print PDF's text with a star at every change between roman and italic type. */
    static synchronized String printWithItalics() throws IOException {
        if (printWithItalics != null) return printWithItalics;
        try (PDDocument doc = Loader.loadPDF(RealBook.get().print.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                boolean italic;

                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    StringBuilder out = new StringBuilder();
                    for (TextPosition t : positions) {
                        String font = t.getFont().getName() == null ? "" : t.getFont().getName();
                        // the italic faces, also the text faces made from them ("LinLibertineOI-OsF")
                        boolean it = font.matches(".*OB?I(-[A-Za-z]+)?");
                        if (it != italic) {
                            out.append('*');
                            italic = it;
                        }
                        out.append(t.getUnicode());
                    }
                    writeString(out.toString());
                }
            };
            printWithItalics = RealBook.flat(stripper.getText(doc));
        }
        return printWithItalics;
    }

    @Test
    void periodicalsAreItalicInTheSourceLinesOfTheOpenings() throws IOException {
        String print = printWithItalics();
        for (String line : List.of("*Socialist Worker*, issue 2578 · 31 October 2017", "*Socialist Review* 431 · January 2018",
                "*Against the Current* 188 · May–June 2017", "probably in *Aurora* · 6 October 2017")) {
            assertTrue(print.contains(line), "opening source line: " + line);
        }
        String epub = RealBook.get().epubText();
        assertTrue(epub.contains("<p class=\"source\"><cite>Socialist Worker</cite>, issue 2578 · 31 October 2017</p>"),
                "EPUB source line");
    }

    /** The contents set the byline in italic, so the periodical's name in it is roman. */
    @Test
    void aTitleInsideItalicIsSetRoman() throws IOException {
        String print = printWithItalics();
        assertTrue(print.contains("Socialist Worker*, issue 2578 *From the dream"), "contents byline: roman title in italic");
    }

    @Test
    void booksAndPeriodicalsAreItalicInTheChronologyAndTheIndex() throws IOException {
        String print = printWithItalics();
        assertTrue(print.contains("Lenin writes *The State and Revolution*"), "chronology event");
        for (String heading : List.of("*Pravda*,", "*Aurora*,", "*Against the Current*,", "*Daily Express*,", "*Socialist Worker*,")) {
            assertTrue(print.contains(heading), "index heading " + heading);
        }
        long italicWorkerInChronology = print.split("\\*Socialist Worker\\* \\d", -1).length - 1;
        System.out.println("chronology places naming *Socialist Worker* in italic: " + italicWorkerInChronology);
        assertTrue(italicWorkerInChronology >= 5, "the essay named by its paper in the chronology's Discussed column");
        String epub = RealBook.get().epubText();
        assertTrue(epub.contains("<span epub:type=\"index-term\"><cite>Pravda</cite></span>"), "EPUB index heading");
        assertTrue(epub.contains("<span class=\"index-see\">See also</span> <cite>Aurora</cite>"), "EPUB cross-reference names the title as its heading");
    }

    /** Essays and articles are named in quotation marks, in roman, as in the headnotes and notes. */
    @Test
    void essayTitlesAreInQuotationMarksNotItalic() throws IOException {
        String print = printWithItalics();
        for (String title : List.of("“The revolution was defeated—but it didn’t have to be”", "“From the dream to a nightmare”",
                "“The Russian Revolution and Workers Democracy”", "“The Significance of the Russian Revolution for Today”")) {
            assertTrue(print.contains(title), "introduction names " + title);
        }
        assertFalse(print.contains("*From the dream to a nightmare*"), "no essay title in italic");
        assertEquals(-1, RealBook.get().epubText().indexOf("<em>From the dream to a nightmare</em>"));
    }
}
