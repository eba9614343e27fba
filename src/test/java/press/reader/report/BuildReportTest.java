package press.reader.report;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.cover.CoverMaker;
import press.reader.cover.CoverSpec;
import press.reader.proof.TestPdfs;

class BuildReportTest {
    @TempDir
    Path out;

    private ReportData data(Path pdf, Path cover, List<Integer> openings) {
        Map<String, Long> times = new LinkedHashMap<>();
        times.put("read", 120L);
        times.put("layout", 4380L);
        times.put("epub", 900L);
        return new ReportData("Revolution and Degeneration", 6,
                List.of("essays/weissman.md:12: warning: a <note> & more [BP999]"), times, openings, pdf, cover);
    }

    @Test
    void showsThumbnailsOfTheOpeningsAndTheCover() throws IOException {
        Path pdf = TestPdfs.book(out.resolve("book.pdf"), 6);
        Path cover = cover(out.resolve("book-cover.pdf"));
        Path html = BuildReport.write(out, data(pdf, cover, List.of(0, 3)));

        assertEquals(out.resolve("build-report.html"), html);
        String text = Files.readString(html);
        assertTrue(text.contains("<img src=\"report/page-0001.png\""), text);
        assertTrue(text.contains("<img src=\"report/page-0004.png\""), text);
        assertTrue(text.contains("src=\"report/cover.png\""), text);
        assertTrue(text.contains("<a href=\"book.pdf#page=4\">"), text);
        assertTrue(text.contains("<a href=\"book-cover.pdf\">"), text);

        BufferedImage page = ImageIO.read(out.resolve("report/page-0004.png").toFile());
        assertEquals(BuildReport.PAGE_THUMB_PX, page.getWidth());
        assertEquals(480, page.getHeight(), 1);
        BufferedImage sheet = ImageIO.read(out.resolve("report/cover.png").toFile());
        assertEquals(BuildReport.COVER_THUMB_PX, sheet.getWidth(), 1);
    }

    @Test
    void showsPageCountWarningsAndTimings() throws IOException {
        Path pdf = TestPdfs.book(out.resolve("book.pdf"), 6);
        String text = Files.readString(BuildReport.write(out, data(pdf, null, List.of())));
        assertTrue(text.contains("<span class=\"value\">6</span> pages"), text);
        assertTrue(text.contains("<span class=\"value\">1</span> warning<"), text);
        assertTrue(text.contains("a &lt;note&gt; &amp; more [BP999]"), "warnings are escaped: " + text);
        assertTrue(text.contains("<tr><td>read</td><td>120 ms</td></tr>"), text);
        assertTrue(text.contains("<tr><td>layout</td><td>4.4 s</td></tr>"), text);
        assertTrue(text.contains("<th>total</th><th>5.4 s</th>"), text);
        assertTrue(text.indexOf(">read<") < text.indexOf(">layout<") && text.indexOf(">layout<") < text.indexOf(">epub<"),
                "stages in the order they ran");
        assertFalse(text.contains("id=\"cover\""), "no cover section without a cover");
    }

    @Test
    void aPageOutsideThePdfIsNotedNotFatal() throws IOException {
        Path pdf = TestPdfs.book(out.resolve("book.pdf"), 6);
        String text = Files.readString(BuildReport.write(out, data(pdf, out.resolve("gone-cover.pdf"), List.of(2, 6))));
        assertTrue(text.contains("report/page-0003.png"), text);
        assertTrue(text.contains("page index 6 is outside the PDF (6 pages)"), text);
        assertTrue(text.contains("gone-cover.pdf is missing"), text);
    }

    @Test
    void oldThumbnailsAreRemoved() throws IOException {
        Path pdf = TestPdfs.book(out.resolve("book.pdf"), 6);
        BuildReport.write(out, data(pdf, null, List.of(1, 2)));
        BuildReport.write(out, data(pdf, null, List.of(4)));
        try (var files = Files.list(out.resolve("report"))) {
            assertEquals(List.of("page-0005.png"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aThumbnailIsDrawnAgainOnlyWhenItsPageChanged() throws IOException {
        Path pdf = TestPdfs.book(out.resolve("book.pdf"), 6);
        Path cover = cover(out.resolve("book-cover.pdf"));
        Thumbnails thumbnails = new Thumbnails();
        BuildReport.write(out, data(pdf, cover, List.of(0, 3)), thumbnails);
        assertEquals(3, thumbnails.drawn(), "two openings and the cover");
        byte[] opening = Files.readAllBytes(out.resolve("report/page-0004.png"));

        BuildReport.write(out, data(pdf, cover, List.of(0, 3)), thumbnails);
        assertEquals(3, thumbnails.drawn(), "nothing changed, nothing drawn");
        assertArrayEquals(opening, Files.readAllBytes(out.resolve("report/page-0004.png")));

        // the fourth page gets a mark; the first page and the cover stay as they were
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(3),
                    PDPageContentStream.AppendMode.APPEND, false)) {
                cs.addRect(36, 36, 72, 72);
                cs.fill();
            }
            doc.save(out.resolve("edited.pdf").toFile());
        }
        BuildReport.write(out, data(out.resolve("edited.pdf"), cover, List.of(0, 3)), thumbnails);
        assertEquals(4, thumbnails.drawn(), "only the changed page is drawn again");
        byte[] edited = Files.readAllBytes(out.resolve("report/page-0004.png"));
        assertFalse(Arrays.equals(opening, edited));
        Path fresh = Files.createDirectories(out.resolve("fresh"));
        BuildReport.write(fresh, data(out.resolve("edited.pdf"), cover, List.of(0, 3)));
        assertArrayEquals(edited, Files.readAllBytes(fresh.resolve("report/page-0004.png")));
        assertArrayEquals(Files.readAllBytes(fresh.resolve("report/page-0001.png")),
                Files.readAllBytes(out.resolve("report/page-0001.png")));
        assertArrayEquals(Files.readAllBytes(fresh.resolve("report/cover.png")),
                Files.readAllBytes(out.resolve("report/cover.png")));
    }

    @Test
    void theOpeningsTheLayoutSaysHowItMadeAreDrawnFromTheirSequenceWithoutReadingTheBook() throws IOException {
        Path pdf = TestPdfs.book(out.resolve("book.pdf"), 6);
        Path fromBook = Files.createDirectories(out.resolve("from-book"));
        BuildReport.write(fromBook, data(pdf, null, List.of(0, 3)));
        // the book as two sequences of three pages (each its own PDF), as a layout by page sequence kept them
        byte[] first = pages(pdf, 0, 3);
        byte[] second = pages(pdf, 3, 6);
        IntFunction<LaidPage> laid = index -> index < 3 ? new LaidPage("first", first, index)
                : new LaidPage("second", second, index - 3);
        Path book = out.resolve("gone.pdf");                       // never read: every opening is a laid page
        Thumbnails thumbnails = new Thumbnails();
        BuildReport.write(out, laidData(book, laid), thumbnails);
        assertEquals(2, thumbnails.drawn());
        for (String png : List.of("report/page-0001.png", "report/page-0004.png")) {
            assertArrayEquals(Files.readAllBytes(fromBook.resolve(png)), Files.readAllBytes(out.resolve(png)),
                    png + ": the sequence's page draws as the book's");
        }
        // the second sequence laid out again under another fingerprint: only its opening is drawn again
        IntFunction<LaidPage> again = index -> index < 3 ? new LaidPage("first", first, index)
                : new LaidPage("second, edited", second, index - 3);
        BuildReport.write(out, laidData(book, again), thumbnails);
        assertEquals(3, thumbnails.drawn());
    }

    @Test
    void aProcessThatBuildsOnceKeepsNoThumbnailAndTakesNoFingerprint() throws IOException {
        Path pdf = TestPdfs.book(out.resolve("book.pdf"), 6);
        Path kept = Files.createDirectories(out.resolve("kept"));
        BuildReport.write(kept, data(pdf, null, List.of(0, 3)));
        Thumbnails once = new Thumbnails();
        once.keepNothing();
        BuildReport.write(out, data(pdf, null, List.of(0, 3)), once);
        BuildReport.write(out, data(pdf, null, List.of(0, 3)), once);
        assertEquals(4, once.drawn(), "drawn each time: nothing kept for a report that does not come");
        for (String png : List.of("report/page-0001.png", "report/page-0004.png")) {
            assertArrayEquals(Files.readAllBytes(kept.resolve(png)), Files.readAllBytes(out.resolve(png)), png);
        }
    }

    private ReportData laidData(Path pdf, IntFunction<LaidPage> laid) {
        ReportData d = data(pdf, null, List.of(0, 3));
        return new ReportData(d.title(), d.pages(), d.warnings(), d.stageMillis(), d.chapterOpeningPages(), d.pdf(),
                d.coverPdf(), laid);
    }

    /** Pages {@code from} (inclusive) to {@code to} of {@code pdf}, as a PDF of their own. */
    private static byte[] pages(Path pdf, int from, int to) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile()); PDDocument part = new PDDocument()) {
            for (int i = from; i < to; i++) part.importPage(doc.getPage(i));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            part.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static Path cover(Path file) throws IOException {
        CoverSpec spec = new CoverSpec("Revolution and Degeneration", "", List.of("The Editors"), "A blurb.", "",
                432, 648, 6, 0.0025f, 0.125f, Path.of("styles/fonts"), 0L);
        try (OutputStream o = Files.newOutputStream(file)) {
            CoverMaker.write(spec, o);
        }
        return file;
    }
}
