package press.reader.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.reader.cover.CoverFixtures.spec;
import static press.reader.cover.CoverMakerTest.squash;
import static press.reader.cover.CoverMakerTest.textIn;
import static press.reader.cover.CoverMakerTest.write;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import press.reader.cover.CoverGeometry.Box;

/** The finished cover: a title on the spine of a book thick enough, a laid-out back, the ISBN's barcode. */
class FinishedCoverTest {
    static final String ISBN = "978-0-306-40615-7";

    @Test
    void aBookOfEightyPagesOrMoreHasItsTitleOnTheSpine() throws IOException {
        CoverSpec book = spec(96, "");   // 0.24 in: this book
        CoverSpec thin = spec(64, "");
        assertTrue(CoverMaker.spineHasText(book));
        assertFalse(CoverMaker.spineHasText(thin));
        String spine = squash(textIn(book, CoverGeometry.of(book).spine()));
        System.out.println("spine of 96 pages (" + CoverGeometry.of(book).spine().width() / 72 + " in): " + spine);
        assertTrue(spine.startsWith("RevolutionandDegeneration"), spine);
        assertEquals("", squash(textIn(thin, CoverGeometry.of(thin).spine())));
    }

    /** Rendered, every light (type) pixel of the spine's length lies inside the spine, 1/16 in clear of each fold. */
    @Test
    void theSpineTitleFitsBetweenTheFolds() throws IOException {
        CoverSpec book = spec(96, "");
        Box spine = CoverGeometry.of(book).spine();
        float dpi = 300, scale = dpi / 72;
        try (PDDocument doc = Loader.loadPDF(write(book))) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
            float height = doc.getPage(0).getMediaBox().getHeight();
            int top = Math.round((height - spine.ury()) * scale), bottom = Math.round((height - spine.lly()) * scale);
            int x0 = Math.round(spine.llx() * scale), x1 = Math.round(spine.urx() * scale);
            int margin = Math.round(0.5f * dpi); // the panels' own type starts 0.6 in from the folds
            int inside = 0, leftmost = Integer.MAX_VALUE, rightmost = Integer.MIN_VALUE;
            for (int y = top; y < bottom; y++) {
                for (int x = x0 - margin; x < x1 + margin; x++) {
                    if (!light(image.getRGB(x, y))) continue;
                    leftmost = Math.min(leftmost, x);
                    rightmost = Math.max(rightmost, x);
                    if (x >= x0 && x < x1) inside++;
                }
            }
            float leftClear = (leftmost - x0) / scale, rightClear = (x1 - 1 - rightmost) / scale;
            System.out.printf("spine type: %d pixels; clear of the folds by %.1f pt and %.1f pt (spine %.1f pt)%n",
                    inside, leftClear, rightClear, spine.width());
            assertTrue(inside > 2000, "no title on the spine");
            assertTrue(leftClear >= 4.5f && rightClear >= 4.5f, "the spine's type comes within 1/16 in of a fold");
        }
    }

    private static boolean light(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return r + g + b > 3 * 150; // the field is a deep red; the type is cream or gold
    }

    @Test
    void theBackNamesTheEditorsContributorsAndImprint() throws IOException {
        CoverSpec base = spec(96, "");
        CoverSpec spec = new CoverSpec(base.title(), base.subtitle(), List.of("Ann Editor"), base.blurb(), "",
                base.trimWidthPt(), base.trimHeightPt(), 96, base.paperThicknessIn(), base.bleedIn(), base.fontsDir(),
                base.epochSeconds(), List.of("Suzi Weissman", "Patrick Nielsen"), "Bookpress Editions");
        String back = squash(textIn(spec, CoverGeometry.of(spec).back()));
        assertTrue(back.contains("EditedbyAnnEditor,withessaysbySuziWeissmanandPatrickNielsen"), back);
        assertTrue(back.contains("BOOKPRESSEDITIONS"), back);
    }

    /** The bars drawn on the back, read module by module, are the EAN-13 of the ISBN. */
    @Test
    void theBarcodeIsTheEan13OfTheIsbn() throws IOException {
        CoverSpec spec = spec(96, ISBN);
        List<float[]> bars = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(write(spec))) {
            var resources = doc.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject form) bars.addAll(rectangles(form));
            }
        }
        String read = modules(bars);
        String expected = Ean13.pattern("9780306406157");
        System.out.println("barcode read: " + read + "\nexpected:     " + expected);
        assertEquals(expected, read);
        String back = squash(textIn(spec, CoverGeometry.of(spec).back()));
        assertTrue(back.contains("ISBN978-0-306-40615-7"), back);
    }

    @Test
    void theTestsPatternTellsOneIsbnFromAnother() {
        assertFalse(Ean13.pattern("9780306406157").equals(Ean13.pattern("9780306406164")));
    }

    private static List<float[]> rectangles(PDFormXObject form) throws IOException {
        List<float[]> out = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(form);
        List<Object> operands = new ArrayList<>();
        for (Object t = parser.parseNextToken(); t != null; t = parser.parseNextToken()) {
            if (t instanceof Operator op) {
                if (op.getName().equals("re")) {
                    float[] r = new float[4];
                    for (int i = 0; i < 4; i++) r[i] = ((COSNumber) operands.get(i)).floatValue();
                    out.add(r);
                }
                operands.clear();
            } else {
                operands.add(t);
            }
        }
        return out;
    }

    /** The 95 modules from the first bar: 1 black, 0 white; the module is the narrowest bar. */
    private static String modules(List<float[]> bars) {
        float module = (float) bars.stream().mapToDouble(b -> b[2]).min().orElseThrow();
        float start = (float) bars.stream().mapToDouble(b -> b[0]).min().orElseThrow();
        StringBuilder s = new StringBuilder();
        for (int m = 0; m < 95; m++) {
            float x = start + (m + 0.5f) * module;
            s.append(bars.stream().anyMatch(b -> x >= b[0] && x < b[0] + b[2]) ? '1' : '0');
        }
        return s.toString();
    }

    /** EAN-13 as the standard (ISO/IEC 15420) encodes it, written out here independently of OpenPDF. */
    static final class Ean13 {
        private static final String[] L = {"0001101", "0011001", "0010011", "0111101", "0100011", "0110001",
            "0101111", "0111011", "0110111", "0001011"};
        private static final String[] PARITY = {"LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG",
            "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"};

        static String pattern(String digits) {
            StringBuilder s = new StringBuilder("101");
            String parity = PARITY[digits.charAt(0) - '0'];
            for (int i = 1; i <= 6; i++) {
                String l = L[digits.charAt(i) - '0'];
                s.append(parity.charAt(i - 1) == 'L' ? l : new StringBuilder(invert(l)).reverse());
            }
            s.append("01010");
            for (int i = 7; i <= 12; i++) s.append(invert(L[digits.charAt(i) - '0']));
            return s.append("101").toString();
        }

        private static String invert(String bits) {
            StringBuilder s = new StringBuilder();
            for (char c : bits.toCharArray()) s.append(c == '0' ? '1' : '0');
            return s.toString();
        }
    }
}
