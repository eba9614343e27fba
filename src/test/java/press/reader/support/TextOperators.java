package press.reader.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The positioning numbers inside the TJ arrays of a PDF's page content, each with the characters on either side:
 * what a typesetter reads to see kerning (a number between two letters) and justification (a number after a word
 * space). A number n moves the next glyph left by n/1000 of the font size.
 */
public final class TextOperators {
    /** One number of a TJ array: {@code before} and {@code after} are the characters it sits between. */
    public record Adjustment(int page, String before, String after, float value, float size, float spaceWidth) {
        public boolean isWordSpace() {
            return before.endsWith(" ");
        }

        /** A word space as a multiple of the font's own space (1.0: as designed). */
        public float spaceRatio() {
            return (spaceWidth - value) / spaceWidth;
        }
    }

    private final List<Adjustment> adjustments = new ArrayList<>();

    public TextOperators(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int n = 0;
            for (PDPage page : doc.getPages()) read(++n, page);
        }
    }

    public List<Adjustment> adjustments() {
        return adjustments;
    }

    /** The numbers between two non-space characters: kerning (or its absence, a zero). */
    public List<Adjustment> betweenLetters() {
        return adjustments.stream().filter(a -> !a.isWordSpace() && !a.after().startsWith(" ")
                && !a.before().isEmpty() && !a.after().isEmpty()).toList();
    }

    public List<Adjustment> wordSpaces() {
        return adjustments.stream().filter(Adjustment::isWordSpace).toList();
    }

    private void read(int pageNumber, PDPage page) throws IOException {
        PDResources resources = page.getResources();
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> operands = new ArrayList<>();
        PDFont font = null;
        float size = 0;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator op)) {
                operands.add(token);
                continue;
            }
            switch (op.getName()) {
                case "Tf" -> {
                    font = resources.getFont((COSName) operands.get(0));
                    size = ((COSNumber) operands.get(1)).floatValue();
                }
                case "TJ" -> {
                    if (font != null) array(pageNumber, (COSArray) operands.get(0), font, size);
                }
                default -> { }
            }
            operands.clear();
        }
    }

    private void array(int pageNumber, COSArray array, PDFont font, float size) throws IOException {
        float space = spaceWidth(font);
        for (int i = 0; i < array.size(); i++) {
            COSBase item = array.get(i);
            if (item instanceof COSNumber number && i > 0 && i + 1 < array.size()
                    && array.get(i - 1) instanceof COSString before && array.get(i + 1) instanceof COSString after) {
                adjustments.add(new Adjustment(pageNumber, last(text(font, before)), first(text(font, after)),
                        number.floatValue(), size, space));
            }
        }
    }

    private static float spaceWidth(PDFont font) {
        try {
            return font.getSpaceWidth();
        } catch (RuntimeException e) {
            return 250;
        }
    }

    private static String text(PDFont font, COSString s) throws IOException {
        StringBuilder out = new StringBuilder();
        try (var in = new java.io.ByteArrayInputStream(s.getBytes())) {
            while (in.available() > 0) {
                int code = font.readCode(in);
                String u = font.toUnicode(code);
                out.append(u == null ? "\uFFFD" : u);
            }
        }
        return out.toString();
    }

    private static String last(String s) {
        return s.isEmpty() ? "" : s.substring(s.offsetByCodePoints(s.length(), -1));
    }

    private static String first(String s) {
        return s.isEmpty() ? "" : s.substring(0, s.offsetByCodePoints(0, 1));
    }
}
