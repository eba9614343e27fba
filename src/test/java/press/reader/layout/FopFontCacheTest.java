package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * FOP keeps no font cache: by default it reads and writes ~/.fop/fop-fonts.cache, a file outside the book and the tool
 * that every build on the machine shares, and may leave out a font it once noted there as failed. The stock fop.xconf
 * does not say so; the engine turns the cache off whatever a designer's configuration says.
 */
class FopFontCacheTest {
    @Test
    void theEngineKeepsNoFontCache() {
        assertFalse(new FopEngine(Path.of("styles")).usesFontCache(), "FOP would read and write ~/.fop/fop-fonts.cache");
    }
}
