package press.reader.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Which characters the book's fonts (styles/fonts) can draw. FOP draws a '#' for a character no font has, with
 * only a warning of its own that names no place in the manuscript; the check that uses this names the place.
 */
public final class FontCoverage {
    private final List<CmapLookup> cmaps = new ArrayList<>();

    public FontCoverage(Path fontsDir) {
        try (Stream<Path> files = Files.list(fontsDir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".otf") && !name.endsWith(".ttf")) continue;
                try (OpenTypeFont font = new OTFParser().parse(new RandomAccessReadBufferedFile(f.toFile()))) {
                    CmapLookup cmap = font.getUnicodeCmapLookup(false);
                    if (cmap != null) cmaps.add(cmap);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the fonts in " + fontsDir + ": " + e.getMessage(), e);
        }
    }

    /** True if some font of the book has a glyph for the code point (controls and spaces always count as drawn). */
    public boolean covers(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.CONTROL
                || Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        for (CmapLookup c : cmaps) if (c.getGlyphId(codePoint) > 0) return true;
        return false;
    }
}
