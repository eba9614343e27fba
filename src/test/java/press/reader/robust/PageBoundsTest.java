package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.reader.publish.BuildRequest;
import press.reader.support.TestBooks;

/**
 * A very long unbreakable word or URL, and nested lists and quotations, never push text off the page: every
 * glyph the PDF draws lies inside its page's media box, and no letter of the long word is lost.
 */
@Tag("slow")   // reads the hostile book, laid out once per test JVM (see README, Tests)
class PageBoundsTest {

    /** Whether a glyph lies wholly on its page (half a point of tolerance for rounding). */
    static boolean onPage(TextPosition t, PDRectangle box) {
        float x = t.getXDirAdj();
        float y = t.getYDirAdj();
        float tolerance = 0.5f;
        return x >= -tolerance && x + t.getWidthDirAdj() <= box.getWidth() + tolerance
                && y >= -tolerance && y <= box.getHeight() + tolerance;
    }

    /** Glyphs drawn (partly) outside their page, as "page N: 'c' at x..x+w of width W". */
    static List<String> glyphsOffPage(Path pdf) throws IOException {
        List<String> off = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                private PDRectangle box;

                @Override
                protected void startPage(PDPage page) throws IOException {
                    box = page.getMediaBox();
                    super.startPage(page);
                }

                @Override
                protected void processTextPosition(TextPosition t) {
                    if (!onPage(t, box)) {
                        float x = t.getXDirAdj();
                        float y = t.getYDirAdj();
                        off.add("page " + getCurrentPageNo() + ": '" + t.getUnicode() + "' at x=" + x + ".."
                                + (x + t.getWidthDirAdj()) + " y=" + y + " of " + box.getWidth() + "x" + box.getHeight());
                    }
                    super.processTextPosition(t);
                }
            };
            stripper.getText(doc);
        }
        return off;
    }

    @Test
    void noGlyphOfTheHostileBookLiesOffThePage() throws IOException {
        List<String> off = glyphsOffPage(HostileBook.get().file(".pdf"));
        assertTrue(off.isEmpty(), () -> off.size() + " glyph(s) off the page, first: " + off.subList(0, Math.min(5, off.size())));
    }

    @Test
    void theLongWordAndUrlKeepEveryLetter() {
        String pdf = HostileBook.squeeze(HostileBook.get().pdfText());
        assertTrue(pdf.contains(HostileBook.squeeze(HostileBook.LONG_WORD)), "the long word lost letters");
        assertTrue(pdf.contains(HostileBook.squeeze(HostileBook.LONG_URL)), "the long URL lost characters");
    }

    @Test
    void deeplyNestedListsStayOnThePage() throws IOException {
        Path dir = Files.createTempDirectory("robust-nesting");
        Path ms = Hostile.copyMini(dir);
        StringBuilder body = new StringBuilder("Text.\n\n");
        for (int i = 0; i < 30; i++) body.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        body.append('\n');
        for (int i = 1; i <= 30; i++) body.append(">".repeat(i)).append(" quote level ").append(i).append('\n');
        Hostile.write(ms, "essays/beta.md", Hostile.piece("B", body.toString()));
        Path out = dir.resolve("out");
        Hostile.builder().build(new BuildRequest(ms, out, Set.of("pdf"), TestBooks.EPOCH));
        try (var files = Files.list(out)) {
            Path pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
            List<String> off = glyphsOffPage(pdf);
            assertTrue(off.isEmpty(), () -> off.size() + " glyph(s) off the page, first: " + off.subList(0, Math.min(5, off.size())));
        }
    }
}
