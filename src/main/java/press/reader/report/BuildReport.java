package press.reader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import press.reader.proof.PageImages;

/**
 * The build report, {@code build-report.html} in the output folder: thumbnails of the chapter openings and the
 * cover (PNG files under {@code report/}), the page count, the warnings and the time each stage took, so that an
 * editor can look at the book without opening a PDF viewer.
 */
public final class BuildReport {
    public static final String FILE_NAME = "build-report.html";
    public static final String IMAGE_DIR = "report";
    /** Thumbnails are rendered at twice the width they are shown at, for sharp display on dense screens. */
    static final int PAGE_THUMB_PX = 320;
    static final int COVER_THUMB_PX = 1400;

    private BuildReport() {}

    /** Writes the report and its images; returns the HTML file. */
    public static Path write(Path outDir, ReportData data) {
        return write(outDir, data, new Thumbnails());
    }

    /** As {@link #write(Path, ReportData)}, drawing only the thumbnails {@code thumbnails} does not keep. */
    public static Path write(Path outDir, ReportData data, Thumbnails thumbnails) {
        try {
            Path imageDir = outDir.resolve(IMAGE_DIR);
            Files.createDirectories(imageDir);
            removeOldImages(imageDir);
            List<Thumb> openings = renderOpenings(data, imageDir, thumbnails);
            Thumb cover = data.coverPdf() == null ? null : renderCover(data.coverPdf(), imageDir, thumbnails);
            thumbnails.written();
            Path html = outDir.resolve(FILE_NAME);
            Files.writeString(html, html(outDir, data, openings, cover), StandardCharsets.UTF_8);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build report", e);
        }
    }

    /** A rendered image, its path relative to the report, and the 0-based page it shows (-1 for the cover). */
    record Thumb(String src, int pageIndex, String note) {}

    private static List<Thumb> renderOpenings(ReportData data, Path imageDir, Thumbnails thumbnails)
            throws IOException {
        List<Thumb> thumbs = new ArrayList<>();
        try (BookPages book = new BookPages(data.pdf())) {
            for (int index : data.chapterOpeningPages()) {
                LaidPage laid = index < 0 || index >= data.pages() ? null : data.laidPages().apply(index);
                int count = laid != null ? data.pages() : book.doc().getNumberOfPages();
                if (index < 0 || index >= count) {
                    thumbs.add(new Thumb(null, index, "page index " + index + " is outside the PDF (" + count + " pages)"));
                    continue;
                }
                String name = String.format(Locale.ROOT, "page-%04d.png", index + 1);
                byte[] png;
                if (laid != null) {
                    png = thumbnails.png(laid, PAGE_THUMB_PX);
                } else {
                    float dpi = PAGE_THUMB_PX / (book.doc().getPage(index).getCropBox().getWidth() / 72f);
                    png = thumbnails.png(book.renderer(), book.doc().getPage(index), index, dpi);
                }
                Files.write(imageDir.resolve(name), png);
                thumbs.add(new Thumb(IMAGE_DIR + "/" + name, index, null));
            }
        }
        return thumbs;
    }

    /**
     * The print PDF, read when a page is first asked for: a warm build whose layout says how it made every opening
     * ({@link LaidPage}) reads none of it (at three times the book, its parse and its openings' fingerprints were
     * most of the report's time).
     */
    private static final class BookPages implements AutoCloseable {
        private final Path pdf;
        private PDDocument doc;
        private PDFRenderer renderer;

        BookPages(Path pdf) {
            this.pdf = pdf;
        }

        PDDocument doc() {
            if (doc == null) {
                doc = PageImages.open(pdf);
                renderer = new PDFRenderer(doc);
            }
            return doc;
        }

        PDFRenderer renderer() {
            doc();
            return renderer;
        }

        @Override
        public void close() throws IOException {
            if (doc != null) doc.close();
        }
    }

    private static Thumb renderCover(Path coverPdf, Path imageDir, Thumbnails thumbnails) throws IOException {
        if (!Files.isRegularFile(coverPdf)) return new Thumb(null, -1, "the cover PDF " + coverPdf + " is missing");
        try (PDDocument doc = PageImages.open(coverPdf)) {
            PDRectangle box = doc.getPage(0).getCropBox();
            Files.write(imageDir.resolve("cover.png"),
                    thumbnails.png(new PDFRenderer(doc), doc.getPage(0), 0, COVER_THUMB_PX / (box.getWidth() / 72f)));
            return new Thumb(IMAGE_DIR + "/cover.png", -1, null);
        }
    }

    private static void removeOldImages(Path imageDir) throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(imageDir, "{page-*,cover}.png")) {
            for (Path p : old) Files.delete(p);
        }
    }

    // ------------------------------------------------------------------ HTML

    static String html(Path outDir, ReportData data, List<Thumb> openings, Thumb cover) {
        String pdfHref = href(outDir, data.pdf());
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
         .append("<title>Build report: ").append(Html.esc(data.title())).append("</title>\n")
         .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(Html.esc(data.title())).append("</h1>\n");

        h.append("<ul class=\"figures\">\n")
         .append(figure("pages", Integer.toString(data.pages()), "pages"))
         .append(figure("warnings", Integer.toString(data.warnings().size()), data.warnings().size() == 1 ? "warning" : "warnings"))
         .append(figure("time", seconds(data.totalMillis()), "build time"))
         .append("</ul>\n");
        h.append("<p class=\"pdf\">Print PDF: <a href=\"").append(Html.esc(pdfHref)).append("\">")
         .append(Html.esc(data.pdf().getFileName().toString())).append("</a></p>\n");

        if (cover != null) {
            h.append("<section id=\"cover\">\n<h2>Cover</h2>\n");
            if (cover.src() != null) {
                h.append("<figure><a href=\"").append(Html.esc(href(outDir, data.coverPdf()))).append("\"><img class=\"cover\" src=\"")
                 .append(cover.src()).append("\" alt=\"The cover sheet: back, spine and front\"></a></figure>\n");
            } else {
                h.append("<p class=\"missing\">").append(Html.esc(cover.note())).append("</p>\n");
            }
            h.append("</section>\n");
        }

        h.append("<section id=\"openings\">\n<h2>Chapter openings</h2>\n");
        if (openings.isEmpty()) h.append("<p>No chapter openings given.</p>\n");
        else h.append("<div class=\"thumbs\">\n");
        for (Thumb t : openings) {
            if (t.src() == null) {
                h.append("<p class=\"missing\">").append(Html.esc(t.note())).append("</p>\n");
                continue;
            }
            int page = t.pageIndex() + 1;
            h.append("<figure><a href=\"").append(Html.esc(pdfHref)).append("#page=").append(page).append("\"><img src=\"")
             .append(t.src()).append("\" alt=\"Page ").append(page).append("\" width=\"").append(PAGE_THUMB_PX / 2)
             .append("\"></a><figcaption>page ").append(page).append("</figcaption></figure>\n");
        }
        if (!openings.isEmpty()) h.append("</div>\n");
        h.append("</section>\n");

        h.append("<section id=\"warnings\">\n<h2>Warnings</h2>\n");
        if (data.warnings().isEmpty()) h.append("<p>No warnings.</p>\n");
        else {
            h.append("<ol class=\"warnings\">\n");
            for (String w : data.warnings()) h.append("<li><code>").append(Html.esc(w)).append("</code></li>\n");
            h.append("</ol>\n");
        }
        h.append("</section>\n");

        h.append("<section id=\"timings\">\n<h2>Timings</h2>\n<table>\n<thead><tr><th>stage</th><th>time</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Long> e : data.stageMillis().entrySet()) {
            h.append("<tr><td>").append(Html.esc(e.getKey())).append("</td><td>").append(seconds(e.getValue())).append("</td></tr>\n");
        }
        h.append("</tbody>\n<tfoot><tr><th>total</th><th>").append(seconds(data.totalMillis())).append("</th></tr></tfoot>\n</table>\n</section>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static String figure(String cls, String value, String label) {
        return "<li class=\"" + cls + "\"><span class=\"value\">" + Html.esc(value) + "</span> " + Html.esc(label) + "</li>\n";
    }

    /** Milliseconds as seconds with one decimal ("2.4 s"); under a second as milliseconds. */
    static String seconds(long millis) {
        if (millis < 1000) return millis + " ms";
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** A link from the report to a file: relative when it lies under the output folder's root, else a file URI. */
    private static String href(Path outDir, Path target) {
        try {
            return outDir.toAbsolutePath().normalize().relativize(target.toAbsolutePath().normalize()).toString()
                    .replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return target.toAbsolutePath().toUri().toString();
        }
    }

    private static final String CSS = """
            body { font: 16px/1.45 Georgia, "Linux Libertine", serif; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; color: #222; background: #fbfaf7; }
            h1 { font-weight: normal; font-size: 2rem; margin-bottom: .5rem; }
            h2 { font-weight: normal; font-size: 1.3rem; border-bottom: 1px solid #d8d2c4; padding-bottom: .2rem; margin-top: 2rem; }
            .figures { list-style: none; padding: 0; display: flex; gap: 2.5rem; margin: 1rem 0; }
            .figures .value { font-size: 1.8rem; display: block; }
            .figures .warnings .value { color: #9a3b10; }
            img { box-shadow: 0 1px 4px rgba(0,0,0,.35); background: #fff; }
            img.cover { max-width: 100%; height: auto; }
            .thumbs { display: flex; flex-wrap: wrap; gap: 1.25rem; }
            figure { margin: 0; }
            figcaption { text-align: center; font-size: .85rem; color: #555; margin-top: .3rem; }
            .warnings code { font-size: .85rem; white-space: pre-wrap; }
            .missing { color: #9a3b10; }
            table { border-collapse: collapse; }
            td, th { padding: .2rem 1.2rem .2rem 0; text-align: left; }
            td + td, th + th { text-align: right; font-variant-numeric: tabular-nums; }
            tfoot th { border-top: 1px solid #999; }
            """;
}
