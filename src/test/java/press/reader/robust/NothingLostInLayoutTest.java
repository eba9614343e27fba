package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.Diagnostic;
import press.reader.publish.BuildRequest;
import press.reader.publish.BuildResult;
import press.reader.support.TestBooks;

/**
 * Nothing is silently lost in layout: a book with unbreakable tokens in every block kind (body, glossary term and
 * definition, chronology cell, index heading, editor's note) and a glossary definition and a chronology event
 * longer than a page is printed with every word of its text on the pages (PDFBox, only glyphs inside the page),
 * no glyph off the page, and no overflow warning.
 */
@Tag("slow")   // lays out a hostile book of its own with FOP (see README, Tests)
class NothingLostInLayoutTest {
    static final String CRY = "A" + "a".repeat(150) + "rgh";
    static final String NUMBER = "1".repeat(201);
    static final String TOKEN = "Kron" + "x".repeat(120) + "stadt";
    private static Path pdf;
    private static String bookXml;
    private static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        Path dir = Files.createTempDirectory("robust-layout");
        Path ms = Hostile.copyMini(dir);
        Hostile.write(ms, "introduction.md", Hostile.read(ms.resolve("introduction.md"))
                + "\nHe shouted \"" + CRY + "!\" and wrote " + NUMBER + ".\n");
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 700; i++) words.append(" word").append(i);
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 500; i++) events.append(" event").append(i);
        Hostile.write(ms, "glossary.yaml", Hostile.read(ms.resolve("glossary.yaml"))
                .replace("A council of elected delegates.", "A council of elected delegates," + words + ".")
                .replace("A naval base near Petrograd.", "A naval base near Petrograd, " + TOKEN + ".")
                + "- term: " + "Z".repeat(60) + "\n  definition: A term longer than its column.\n");
        Hostile.write(ms, "timeline.yaml", Hostile.read(ms.resolve("timeline.yaml"))
                .replace("The Kronstadt rising.", "The Kronstadt rising," + events + ".")
                .replace("The Bolsheviks take power.", "The Bolsheviks take power, " + "B".repeat(90) + "."));
        Hostile.write(ms, "editor-notes.yaml", Hostile.read(ms.resolve("editor-notes.yaml"))
                .replace("note: Vladivostok.", "note: Vladivostok, " + "V".repeat(80) + "."));
        Hostile.write(ms, "index.yaml", Hostile.read(ms.resolve("index.yaml"))
                .replace("- headword: Kronstadt", "- headword: Kronstadt" + "y".repeat(70)));
        Path out = dir.resolve("out");
        result = Hostile.builder().build(new BuildRequest(ms, out, Set.of("pdf"), TestBooks.EPOCH));
        pdf = out.resolve("a-small-test-book.pdf");
        bookXml = Files.readString(out.resolve("a-small-test-book.book.xml"));
    }

    @Test
    void noGlyphLiesOffThePage() throws IOException {
        List<String> off = PageBoundsTest.glyphsOffPage(pdf);
        assertTrue(off.isEmpty(), () -> off.size() + " glyph(s) off the page, first: " + off.subList(0, Math.min(5, off.size())));
    }

    @Test
    void everyWordOfTheTextIsOnThePages() throws IOException {
        // without case: an essay's first words are set as small capitals ("THE SAILORS of Krondstadt")
        String printed = HostileBook.squeeze(textOnThePages(pdf)).toLowerCase(java.util.Locale.ROOT);
        // The words of the book document's text: essays, front matter, notes, glossary, chronology.
        String text = bookXml.replaceAll("(?s)<info>.*?</info>", " ").replaceAll("<[^>]+>", " ");
        Set<String> missing = new LinkedHashSet<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
        int words = 0;
        while (m.find()) {
            words++;
            if (!printed.contains(m.group().toLowerCase(java.util.Locale.ROOT))) missing.add(m.group());
        }
        assertTrue(words > 1200, "too few words to mean anything: " + words);
        assertTrue(missing.isEmpty(), () -> missing.size() + " word(s) not on any page, first: "
                + missing.stream().limit(5).map(w -> w.length() > 40 ? w.substring(0, 40) + "…(" + w.length() + ")" : w).toList());
        assertTrue(printed.contains(CRY.toLowerCase(java.util.Locale.ROOT)) && printed.contains(NUMBER)
                && printed.contains(TOKEN.toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void nothingOverflows() {
        List<Diagnostic> overflow = result.diagnostics().stream().filter(d -> d.code().equals("BP231")).toList();
        assertEquals(List.of(), overflow.stream().map(Diagnostic::format).toList());
    }

    /** The text of the glyphs that lie inside their page: what a reader of the printed page can see. */
    static String textOnThePages(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            List<String> kept = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                private PDRectangle box;

                @Override
                protected void startPage(PDPage page) throws IOException {
                    box = page.getMediaBox();
                    super.startPage(page);
                }

                @Override
                protected void processTextPosition(TextPosition t) {
                    if (PageBoundsTest.onPage(t, box)) super.processTextPosition(t);
                }
            };
            return stripper.getText(doc);
        }
    }
}
