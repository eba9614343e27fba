package press.reader.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import press.reader.xml.SecureXml;

/**
 * Which characters the book's fonts can draw: every font FOP is given (styles/fop.xconf), the book's faces and the
 * fallback faces the print styles name after them. FOP draws a '#' for a character no font has, with only a warning
 * of its own that names no place in the manuscript; the check that uses this names the place.
 *
 * <p>The fonts are read in the order fop.xconf lists them, each only when a character is missing from all before
 * it: a book in the faces' own scripts never opens the fallback faces (one of them is 15 MB).
 */
public final class FontCoverage {
    private final List<Path> files;
    private final List<CmapLookup> cmaps = new ArrayList<>();
    private int opened;

    private FontCoverage(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** The fonts of {@code stylesDir}'s fop.xconf, in its order. */
    public static FontCoverage of(Path stylesDir) {
        return new FontCoverage(registeredFonts(stylesDir.resolve("fop.xconf")));
    }

    /** Exactly these font files, in this order (the cover's faces). */
    public static FontCoverage ofFiles(List<Path> files) {
        return new FontCoverage(files);
    }

    /** The font files fop.xconf registers (embed-url, against its font-base), each once, in order. */
    static List<Path> registeredFonts(Path xconf) {
        try {
            Document conf = SecureXml.documentBuilderFactory().newDocumentBuilder().parse(xconf.toFile());
            NodeList bases = conf.getElementsByTagName("font-base");
            Path base = xconf.toAbsolutePath().getParent();
            if (bases.getLength() > 0) base = base.resolve(bases.item(0).getTextContent().strip());
            Set<Path> fonts = new LinkedHashSet<>();
            NodeList list = conf.getElementsByTagName("font");
            for (int i = 0, n = list.getLength(); i < n; i++) {
                String url = ((Element) list.item(i)).getAttribute("embed-url");
                if (!url.isBlank()) fonts.add(base.resolve(url).normalize());
            }
            return List.copyOf(fonts);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot read the fonts of " + xconf + ": " + e.getMessage(), e);
        }
    }

    /** True if some font of the book has a glyph for the code point (controls and spaces always count as drawn). */
    public synchronized boolean covers(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.CONTROL
                || Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        for (CmapLookup c : cmaps) if (c.getGlyphId(codePoint) > 0) return true;
        while (opened < files.size()) {
            CmapLookup next = open(files.get(opened++));
            if (next == null) continue;
            cmaps.add(next);
            if (next.getGlyphId(codePoint) > 0) return true;
        }
        return false;
    }

    /**
     * This coverage as a test that remembers each answer, for one thread's scan of many characters: a lock and a
     * cmap look-up for every character of the manuscript were a fifth of the checks' time on each rebuild, for a
     * hundred or so distinct characters.
     */
    public IntPredicate remembering() {
        BitSet asked = new BitSet();
        BitSet drawn = new BitSet();
        return codePoint -> {
            if (asked.get(codePoint)) return drawn.get(codePoint);
            boolean covered = covers(codePoint);
            asked.set(codePoint);
            if (covered) drawn.set(codePoint);
            return covered;
        };
    }

    /** How many font files have been read so far (the work a book in the faces' own scripts saves). */
    public synchronized int fontsRead() {
        return opened;
    }

    private static CmapLookup open(Path file) {
        if (!Files.isRegularFile(file)) return null;   // FOP itself reports a font it cannot find
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (TrueTypeFont font = name.endsWith(".otf")
                ? new OTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))
                : new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            return font.getUnicodeCmapLookup(false);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the font " + file + ": " + e.getMessage(), e);
        }
    }
}
