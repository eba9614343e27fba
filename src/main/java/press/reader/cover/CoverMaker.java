package press.reader.cover;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import press.reader.cover.CoverGeometry.Box;

/**
 * Draws the print cover with OpenPDF: one sheet with back cover, spine and front cover, plus bleed.
 * The output depends only on the {@link CoverSpec} (dates, document ID and font subset names are derived from
 * it), so that a rebuild gives a byte-identical file.
 */
public final class CoverMaker {
    private CoverMaker() {}

    /** The spine width in inches: pages times the paper's thickness per page. */
    public static float spineWidthIn(int pages, float paperThicknessIn) {
        return pages * paperThicknessIn;
    }

    /**
     * Whether the book is thick enough to carry a title on its spine: printers print spine text from about 80 pages
     * (KDP: 79), whatever the paper; a thinner book's spine stays blank.
     */
    /**
     * The font files the cover is drawn in (the book's faces, no fallback face): the glyph check warns of a
     * character of book.yaml the print PDF draws from a fallback face but the cover cannot.
     */
    public static List<Path> fontFiles(Path fontsDir) {
        return CoverFonts.FILES.stream().map(fontsDir::resolve).toList();
    }

    public static boolean spineHasText(CoverSpec spec) {
        return spec.interiorPages() >= CoverStyle.of(spec.fontsDir()).spineTextMinPages;
    }

    /** The cover sheet as PDF bytes. */
    public static byte[] bytes(CoverSpec spec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(spec, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(CoverSpec spec, OutputStream out) throws IOException {
        CoverGeometry geo = CoverGeometry.of(spec);
        CoverFonts fonts = CoverFonts.load(spec.fontsDir());
        Document document = new Document(rect(geo.mediaBox()), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // PDF 1.4: the oldest version that holds everything here (CFF fonts as CIDFontType0C need 1.3)
            writer.setPdfVersion(PdfWriter.VERSION_1_4);
            writer.setBoxSize("trim", rect(geo.trimBox()));
            writer.setBoxSize("bleed", rect(geo.bleedBox()));
            document.addTitle(spec.title() + " — cover");
            if (!spec.editors().isEmpty()) document.addAuthor(CoverPanels.joinNames(spec.editors(), CoverStyle.of(spec.fontsDir()).wordAnd));
            document.addCreator("bookpress");
            document.open();
            fixDatesAndId(writer, spec);
            new CoverPanels(spec, geo, fonts, new Ink(writer.getDirectContent())).drawAll();
            document.close();
        } catch (DocumentException e) {
            throw new IOException("cannot draw the cover: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces "now" and OpenPDF's file ID (made from the clock) by values that follow from the spec. OpenPDF
     * takes a given ID from the Info entry /FileId (which then also stays in the Info dictionary).
     */
    private static void fixDatesAndId(PdfWriter writer, CoverSpec spec) {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(spec.epochSeconds() * 1000L);
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(when));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(when));
        byte[] id = fingerprint(spec);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static byte[] fingerprint(CoverSpec spec) {
        String key = String.join("\u0000", spec.title(), spec.subtitle(), String.join("\u0001", spec.editors()), spec.credit(),
                spec.blurb(), spec.isbn(), String.join("\u0001", spec.contributors()), spec.imprint(),
                Float.toString(spec.trimWidthPt()), Float.toString(spec.trimHeightPt()),
                Integer.toString(spec.interiorPages()), Float.toString(spec.paperThicknessIn()),
                Float.toString(spec.bleedIn()), Long.toString(spec.epochSeconds()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Rectangle rect(Box b) {
        return new Rectangle(b.llx(), b.lly(), b.urx(), b.ury());
    }
}
