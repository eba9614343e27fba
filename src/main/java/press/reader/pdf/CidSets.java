package press.reader.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import press.reader.layout.PdfSaving;

/**
 * Makes the CIDSet of each embedded TrueType CID font name every glyph of its subset. FOP writes one for the
 * fallback faces (styles/fonts/fallback: Noto, TrueType, embedded as CID subsets) that names only some of them, and
 * PDF/UA-1 (7.21.4.2) asks that a CIDSet name all CIDs the font program has. FOP's subsets number their glyphs from
 * 0 with CIDs equal to glyph ids, so the set is 0 to the subset's glyph count less one. The book's own faces
 * (Libertine, CFF) are not CID fonts: a book that sets no word in a fallback face is not changed.
 */
public final class CidSets {
    private CidSets() {}

    /**
     * The print PDF with a complete CIDSet for each TrueType CID font, which PDF/A-1b asks (veraPDF 6.3.5-3) and FOP
     * does not write; a PDF without such a font (a book that sets no word in a fallback face) is returned as it is,
     * after one scan of its bytes. The file is saved again without object streams (PDF 1.4, as FOP wrote it).
     */
    public static byte[] completePrint(byte[] pdf) {
        if (!contains(pdf, "/CIDFontType2".getBytes(StandardCharsets.US_ASCII))) return pdf;
        try (PDDocument doc = PdfLoading.load(pdf)) {
            if (complete(doc, true) == 0) return pdf;
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            PdfSaving.save(doc, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the print PDF's fonts", e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0, n = haystack.length - needle.length; i <= n; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }

    /** The number of CID fonts whose CIDSet was made complete (those with none too, if {@code addMissing}). */
    static int complete(PDDocument doc) throws IOException {
        return complete(doc, false);
    }

    static int complete(PDDocument doc, boolean addMissing) throws IOException {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int fixed = 0;
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) continue;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (!(font instanceof PDType0Font t0) || !seen.add(font.getCOSObject())) continue;
                if (!(t0.getDescendantFont() instanceof PDCIDFontType2 cid)) continue;
                PDFontDescriptor d = cid.getFontDescriptor();
                if (d == null || (d.getCIDSet() == null && !addMissing) || d.getFontFile2() == null) continue;
                int glyphs = glyphCount(d.getFontFile2());
                if (glyphs <= 0) continue;
                byte[] bits = new byte[(glyphs + 7) / 8];
                for (int g = 0; g < glyphs; g++) bits[g / 8] |= (byte) (0x80 >>> (g % 8));
                d.setCIDSet(new PDStream(doc, new ByteArrayInputStream(bits), COSName.FLATE_DECODE));
                fixed++;
            }
        }
        return fixed;
    }

    private static int glyphCount(PDStream fontFile) throws IOException {
        try (InputStream in = fontFile.createInputStream();
             TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBuffer(in))) {
            return ttf.getNumberOfGlyphs();
        }
    }
}
