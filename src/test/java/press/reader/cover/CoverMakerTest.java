package press.reader.cover;

import static org.junit.jupiter.api.Assertions.*;
import static press.reader.cover.CoverFixtures.spec;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import press.reader.cover.CoverGeometry.Box;

class CoverMakerTest {
    private static final float EPS = 0.01f;

    static byte[] write(CoverSpec spec) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CoverMaker.write(spec, out);
        return out.toByteArray();
    }

    @Test
    void spineWidthIsPagesTimesThickness() {
        assertEquals(0.8f, CoverMaker.spineWidthIn(320, 0.0025f), 1e-5f);
        assertEquals(0f, CoverMaker.spineWidthIn(0, 0.0025f), 0f);
        assertEquals(1.0f, CoverMaker.spineWidthIn(400, 0.0025f), 1e-5f);
    }

    @Test
    void sheetIsTwoPanelsSpineAndBleed() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(spec(320, "")))) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle media = doc.getPage(0).getMediaBox();
            // 2 x 6 in + 320 x 0.0025 in + 2 x 0.125 in = 13.05 in wide; 9 in + 2 x 0.125 in = 9.25 in tall
            assertEquals(13.05f * 72, media.getWidth(), EPS);
            assertEquals(9.25f * 72, media.getHeight(), EPS);
        }
    }

    @Test
    void trimBoxIsTheFlatCoverAndBleedBoxTheSheet() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(spec(320, "")))) {
            PDPage page = doc.getPage(0);
            assertNotNull(page.getCOSObject().getDictionaryObject(COSName.TRIM_BOX), "TrimBox must be set");
            assertNotNull(page.getCOSObject().getDictionaryObject(COSName.BLEED_BOX), "BleedBox must be set");
            assertBox(page.getTrimBox(), 9, 9, 9 + 12.8f * 72, 9 + 9 * 72);
            assertBox(page.getBleedBox(), 0, 0, 13.05f * 72, 9.25f * 72);
        }
    }

    @Test
    void spineWidthFollowsThePageCount() throws IOException {
        for (int pages : new int[] {120, 480}) {
            try (PDDocument doc = Loader.loadPDF(write(spec(pages, "")))) {
                float expected = 2 * 6 * 72 + pages * 0.0025f * 72 + 2 * 9;
                assertEquals(expected, doc.getPage(0).getMediaBox().getWidth(), EPS, pages + " pages");
            }
        }
    }

    @Test
    void titleOnTheSpineOnlyWhenItIsWideEnough() throws IOException {
        CoverSpec wide = spec(320, "");      // 0.8 in
        CoverSpec narrow = spec(64, "");     // 0.16 in: under 80 pages, no spine text
        assertTrue(CoverMaker.spineHasText(wide));
        assertFalse(CoverMaker.spineHasText(narrow));
        assertEquals("RevolutionandDegenerationTHEEDITORS", squash(textIn(wide, CoverGeometry.of(wide).spine())));
        assertEquals("", squash(textIn(narrow, CoverGeometry.of(narrow).spine())));
    }

    @Test
    void aTitleTooLongForTheSpineIsLeftOff() throws IOException {
        CoverSpec base = spec(120, "");
        CoverSpec longTitle = new CoverSpec("A Title ".repeat(80).strip(), "", List.of("The Editors"), "", "",
                base.trimWidthPt(), base.trimHeightPt(), 120, base.paperThicknessIn(), base.bleedIn(),
                base.fontsDir(), base.epochSeconds());
        assertEquals("", squash(textIn(longTitle, CoverGeometry.of(longTitle).spine())));
    }

    @Test
    void frontCarriesTitleSubtitleAndEditors() throws IOException {
        CoverSpec spec = spec(320, "");
        String front = squash(textIn(spec, CoverGeometry.of(spec).front()));
        assertTrue(front.contains("RevolutionandDegeneration"), front);
        assertTrue(front.contains("FiveEssaysontheRussianRevolution"), front);
        assertTrue(front.contains("EditedbyTHEEDITORS"), front);
    }

    @Test
    void backCarriesTheBlurbWithCurledApostrophes() throws IOException {
        CoverSpec spec = spec(320, "");
        String back = textIn(spec, CoverGeometry.of(spec).back());
        assertTrue(squash(back).contains("Fiveessayswrittenforandafterthecentenaryof1917"), back);
        assertTrue(back.contains("workers\u2019"), back);
        assertFalse(back.contains("ISBN"), "no barcode box without an ISBN");
    }

    @Test
    void isbnLabelsTheBarcodeSpaceWhenGiven() throws IOException {
        CoverSpec spec = spec(320, "978-0-00-000000-2");
        Box back = CoverGeometry.of(spec).back();
        // the lower right quarter of the back cover
        Box lowerRight = new Box(back.centerX(), back.lly(), back.urx(), back.lly() + back.height() / 4);
        assertTrue(squash(textIn(spec, lowerRight)).startsWith("ISBN978-0-00-000000-2"), squash(textIn(spec, lowerRight)));
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(spec(320, "978-0-00-000000-2")))) {
            PDResources res = doc.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : res.getFontNames()) {
                PDFont font = res.getFont(name);
                fonts.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            }
            assertEquals(3, fonts.size(), "Libertine, Libertine Italic and Biolinum: " + fonts);
            assertTrue(fonts.stream().allMatch(f -> f.matches("[A-Z]{6}\\+Lin.*")), "subsets: " + fonts);
        }
    }

    @Test
    void sameSpecGivesIdenticalBytes() throws Exception {
        CoverSpec spec = spec(320, "978-0-00-000000-2");
        byte[] first = write(spec);
        Thread.sleep(20); // OpenPDF's own file ID would come from the clock
        byte[] second = write(spec);
        assertArrayEquals(first, second);
        byte[] other = write(spec(321, "978-0-00-000000-2"));
        assertFalse(java.util.Arrays.equals(first, other));
    }

    @Test
    void datesComeFromTheSpec() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(spec(320, "")))) {
            var info = doc.getDocumentInformation();
            assertEquals(1_767_225_600_000L, info.getCreationDate().getTimeInMillis());
            assertEquals(1_767_225_600_000L, info.getModificationDate().getTimeInMillis());
        }
    }

    static String textIn(CoverSpec spec, Box box) throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(spec))) {
            float sheetHeight = doc.getPage(0).getMediaBox().getHeight();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            // the stripper measures from the top of the page
            stripper.addRegion("r", new Rectangle2D.Float(box.llx(), sheetHeight - box.ury(), box.width(), box.height()));
            stripper.extractRegions(doc.getPage(0));
            return stripper.getTextForRegion("r");
        }
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static void assertBox(PDRectangle r, float llx, float lly, float urx, float ury) {
        assertEquals(llx, r.getLowerLeftX(), EPS);
        assertEquals(lly, r.getLowerLeftY(), EPS);
        assertEquals(urx, r.getUpperRightX(), EPS);
        assertEquals(ury, r.getUpperRightY(), EPS);
    }
}
