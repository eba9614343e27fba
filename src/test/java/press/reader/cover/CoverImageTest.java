package press.reader.cover;

import static org.junit.jupiter.api.Assertions.*;
import static press.reader.cover.CoverFixtures.spec;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CoverImageTest {

    @Test
    void frontPanelHasTheTrimProportions() throws IOException {
        CoverSpec spec = spec(320, "");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                CoverImage.renderFront(CoverMakerTest.write(spec), spec, 1000)));
        assertEquals(1000, png.getWidth());
        assertEquals(1500, png.getHeight(), 1, "6 x 9 in is 2:3");
    }

    @Test
    void showsTheFrontNotTheSpineOrBack() throws IOException {
        CoverSpec spec = spec(320, "978-0-00-000000-2");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                CoverImage.renderFront(CoverMakerTest.write(spec), spec, 400)));
        // The edges are the red field (no white bleed, no white barcode box from the back cover)...
        int corner = png.getRGB(2, png.getHeight() - 3);
        assertTrue(red(corner) > 2 * green(corner), "expected the red field, got " + Integer.toHexString(corner));
        // ...and the title's light type is in the upper third of the panel.
        boolean light = false;
        for (int y = 0; y < png.getHeight() / 3 && !light; y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                if (green(png.getRGB(x, y)) > 200) { light = true; break; }
            }
        }
        assertTrue(light, "the title should be on the front panel");
    }

    @Test
    void widthForAGivenHeight() {
        assertEquals(1067, CoverImage.widthForHeight(spec(320, ""), 1600));
    }

    @Test
    void renderingIsRepeatable() throws IOException {
        CoverSpec spec = spec(320, "");
        byte[] pdf = CoverMakerTest.write(spec);
        assertArrayEquals(CoverImage.renderFront(pdf, spec, 300), CoverImage.renderFront(pdf, spec, 300));
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int green(int rgb) {
        return (rgb >> 8) & 0xff;
    }
}
