package press.reader.manuscript;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What book.yaml says. Lengths are kept as the editor wrote them ("6in", "152mm"): XSL-FO and CSS understand them.
 *
 * @param back generated back-matter sections in order: chronology, glossary, bibliography, index
 * @param signature pad the print PDF to a multiple of this many pages (0: no padding)
 * @param printStandard "none", "pdf-x-3", "pdf-x-4" or "pdf-a-1b"
 * @param paperThicknessIn paper thickness per page, in inches: the cover's spine is pages x this
 * @param bleedIn the cover's bleed on every side, in inches
 * @param editors the names of the contributors whose role is editor (from {@code editors} and {@code contributors})
 * @param imprint contributors, credit line, copyright, edition, rights and colophon: printed only when given
 * @param parts the parts that group the chapters ({@code essays} holds every chapter, in or out of a part, in order)
 * @param backPieces the editor's Markdown pieces of the back matter (appendices, afterword...), before {@code back}
 */
public record BookConfig(
        String file,
        String title,
        String subtitle,
        List<String> editors,
        String language,
        String publisher,
        int year,
        String identifier,
        String isbn,
        String trimWidth,
        String trimHeight,
        String blurb,
        List<Entry> front,
        List<Entry> essays,
        List<Entry> back,
        int signature,
        String printStandard,
        double paperThicknessIn,
        double bleedIn,
        List<String> subjects,
        Imprint imprint,
        Design design,
        List<Part> parts,
        List<Entry> backPieces) {

    /**
     * The book's own design (book.yaml {@code design}): stylesheets in the manuscript that import the stock ones
     * ({@code <xsl:import href="bookpress:fo.xsl"/>}) and override their parameters or templates. A null path: the
     * stock stylesheet.
     */
    public record Design(String print, String epub) {
        public static final Design STOCK = new Design(null, null);
    }

    /** A length as written in book.yaml ("6in", "152mm", "15.2cm", "432pt") in PostScript points. */
    public static float points(String length) {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)(in|mm|cm|pt)").matcher(length.strip());
        if (!m.matches()) throw new IllegalArgumentException("not a length: " + length);
        double v = Double.parseDouble(m.group(1));
        return (float) switch (m.group(2)) {
            case "in" -> v * 72;
            case "mm" -> v * 72 / 25.4;
            case "cm" -> v * 72 / 2.54;
            default -> v;
        };
    }

    /** One item of the contents with the line of book.yaml that names it. */
    public record Entry(String name, int line) {}

    /** A part of the book: its title as the editor wrote it, the line of book.yaml that gives it, its chapters. */
    public record Part(String title, int line, List<Entry> chapters) {}

    /** The part that holds the chapter named {@code name}, or null when it stands outside any part. */
    public Part partOf(String name) {
        for (Part p : parts) {
            for (Entry e : p.chapters()) if (e.name().equals(name)) return p;
        }
        return null;
    }

    /** File-name stem for outputs: lower-case words of the title joined by hyphens. */
    public String slug() {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        // Output names are the slug plus at most "-screen.pdf" or ".pagemap.xml": well within file-name limits.
        if (s.length() > 80) s = s.substring(0, 80).replaceFirst("-[^-]*$", "").replaceFirst("-+$", "");
        return s.isEmpty() ? "book" : s;
    }
}
